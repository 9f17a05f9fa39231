package org.peermatch.benchmarks.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.peermatch.benchmarks.BenchmarkMain;

/**
 * Variants compared on a user's programme through the main class: each run in a child JVM, ranked with the
 * programme's own weights, the report files written; and the tuning file's mistakes told with their place.
 */
class TuningTest {

    @TempDir
    Path folder;

    @Test
    void twoVariantsOnTheSmallProgrammeAreRankedAndReported() throws Exception {
        Path tuning = folder.resolve("tuning.json");
        Files.writeString(tuning, """
                {"variants": [
                  {"name": "default", "moveLimit": 3000, "seeds": [1]},
                  {"name": "sector-heavy", "moveLimit": 3000, "seeds": [1, 2], "lateAcceptance": 400,
                   "moves": {"chain": 0}, "weights": {"same-sector": 600}}
                ]}
                """);
        Path out = folder.resolve("report");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BenchmarkMain.run(new String[] {"--programme", programme().toString(), "--configurations",
            tuning.toString(), "--exact-limit", "10", "--out", out.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        // greedy, the exact reference, then one run of default and two of sector-heavy
        assertThat(runs).filteredOn(row -> row.contains(",default,")).hasSize(1);
        assertThat(runs).filteredOn(row -> row.contains(",sector-heavy,")).hasSize(2);
        String summary = Files.readString(out.resolve("summary.md"));
        assertThat(summary).contains("## Ranking of the variants", "**Winner: `", "### small-programme",
                "| `same-sector` | soft |");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<h2>Ranking of the variants</h2>",
                "Winner: <code>");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Winner");
    }

    @Test
    void variantsAreJudgedWithTheProgrammesOwnWeights() throws Exception {
        Path tuning = folder.resolve("tuning.json");
        Files.writeString(tuning, """
                {"variants": [
                  {"name": "plain", "moveLimit": 2000, "seeds": [3]},
                  {"name": "inflated", "moveLimit": 2000, "seeds": [3], "weights": {"same-sector": 100000}}
                ]}
                """);
        List<Variant> variants = Variants.read(tuning);
        Tuning tuned = TuningRunner.run(List.of(programme()), tuning, variants, null, folder.resolve("runs"),
                line -> { });

        assertThat(tuned.outcomes()).hasSize(2).allSatisfy(outcome -> assertThat(outcome.run().hardViolations())
                .isZero());
        VariantOutcome inflated = tuned.outcomes().get(1);
        // Its own objective counts the sector bonus 100,000 times; the yardstick counts it with the programme's.
        assertThat(HardMediumSoftScore.parseScore(inflated.run().score()).softScore())
                .isGreaterThan(HardMediumSoftScore.parseScore(inflated.programmeScore()).softScore());
        long sameSector = inflated.constraints().stream().filter(c -> c.id().equals("same-sector")).findFirst()
                .orElseThrow().weight();
        assertThat(sameSector).isNotEqualTo(100_000L);
        Ranking ranking = Ranking.of(tuned, variants);
        assertThat(ranking.programmes().getFirst().rows()).extracting(Ranking.Row::variant)
                .containsExactlyInAnyOrder("plain", "inflated");
        assertThat(ranking.winner()).isEqualTo(ranking.programmes().getFirst().rows().getFirst().variant());
    }

    @Test
    void aTuningFilesMistakesAreToldWithTheirPlaceAndAdvice() throws Exception {
        Path tuning = folder.resolve("bad.json");
        Files.writeString(tuning, """
                {"variants": [
                  {"name": "a", "seeds": [1]},
                  {"name": "a", "timeLimit": "soon"},
                  {"name": "b", "moveLimit": 10, "moves": {"teleport": 1}, "weights": {"no-such-rule": 3}},
                  {"name": "c", "moveLimit": 10, "moves": {"slotChange": 0, "slotSwap": 0, "needChange": 0,
                   "cover": 0, "chain": 0, "ruinRecreate": 0}}
                ]}
                """);
        assertThatThrownBy(() -> Variants.read(tuning))
                .hasMessageContaining("$.variants[0]: neither timeLimit nor moveLimit is set")
                .hasMessageContaining("$.variants[1].timeLimit: `soon` is not a positive duration")
                .hasMessageContaining("$.variants[2].moves.teleport: not a move")
                .hasMessageContaining("$.variants[2].weights.no-such-rule: not an accompaniment constraint id")
                .hasMessageContaining("$.variants[3].moves: Every move weight is 0")
                .hasMessageContaining("Maybe");
    }

    private static Path programme() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("examples/small-programme.json"))) {
            dir = dir.getParent();
        }
        assertThat(dir).isNotNull();
        return dir.resolve("examples/small-programme.json");
    }
}
