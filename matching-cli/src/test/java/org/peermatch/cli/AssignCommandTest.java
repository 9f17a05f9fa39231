package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peer-match assign} in-process: exit codes, the output file, bad input. */
class AssignCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    @Test
    void assignsTheBestTotalWithinLoadsAndWritesOneLinePerPair() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,r1,0.9", "p1,r2,0.1", "p2,r1,0.8",
                "p2,r2,0.7");
        Path out = dir.resolve("assignment.csv");

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--move-limit", "1000", "--out", out.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("participant,resource,score", "p1,r1,0.9", "p2,r2,0.7");
    }

    @Test
    void inFrenchTheProblemsAndTheSummarySpeakFrench() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,r1,0.9", "p1,r1,0.5", "p2,r2,abc");
        Cli.Result invalid = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--lang", "fr", "--out", dir.resolve("a.csv").toString());
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains("Les entrées ne sont pas valides (2 problèmes) ; rien n’est écrit.",
                scores + ", ligne 3, colonne resource: La paire (p1, r1) est déjà notée à la ligne 2.",
                scores + ", ligne 4, colonne score: La note (abc) n’est pas un nombre.", "Peut-être l’écrire avec")
                .doesNotContain("Maybe", " line ");
        assertThat(dir.resolve("a.csv")).doesNotExist();

        Path good = write("good.csv", "participant,resource,score", "p1,r1,0.9", "p2,r1,0.8");
        Cli.Result gaps = Cli.run("assign", "--scores", good.toString(), "--demand", "1", "--max-load", "1",
                "--move-limit", "1000", "--lang", "fr", "--out", dir.resolve("b.csv").toString());
        assertThat(gaps.exitCode()).as(gaps.all()).isEqualTo(1);
        assertThat(gaps.err()).contains("2 participant·es et 1 ressources lu·es",
                "La demande totale 2 dépasse la charge maximale totale 1.", "Peut-être porter --max-load à 2.",
                "Résolution quand même", "Note totale 0,900000", "Manques : 1 participant·e(s) sous leur demande",
                "  Le ou la participant·e p2 a reçu 0 ressources sur 1.").doesNotContain("Maybe", "Total score");
    }

    @Test
    void randomizeDrawsACompleteAssignmentReproduciblyAndSaysItsScores() throws IOException {
        List<String> lines = new ArrayList<>(List.of("participant,resource,score"));
        for (int p = 0; p < 8; p++) {
            for (int r = 0; r < 8; r++) {
                lines.add("p" + p + ",r" + r + "," + ((p * 5 + r * 3) % 11) / 10.0);
            }
        }
        Path scores = write("scores.csv", lines.toArray(String[]::new));
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "2", "--max-load", "2",
                "--randomize", "--max-probability", "0.3", "--seed", "7", "--out", first.toString());
        Cli.Result again = Cli.run("assign", "--scores", scores.toString(), "--demand", "2", "--max-load", "2",
                "--randomize", "--max-probability", "0.3", "--seed", "7", "--out", second.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).contains("Randomized: expected score").contains("drawn score").contains("16 pairs");
        assertThat(Files.readAllLines(first)).hasSize(17).isEqualTo(Files.readAllLines(second));
        assertThat(again.exitCode()).isZero();
    }

    @Test
    void randomizeRefusesAnImpossibleLimitAndOptionsItCannotHonour() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,r1,0.9", "p1,r2,0.5");
        Path out = dir.resolve("assignment.csv");

        Cli.Result tooLow = Cli.run("assign", "--scores", scores.toString(), "--demand", "2", "--max-load", "1",
                "--randomize", "--max-probability", "0.5", "--out", out.toString());
        Cli.Result maxmin = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--randomize", "--fairness", "maxmin", "--out", out.toString());
        Cli.Result alone = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--max-probability", "0.5", "--out", out.toString());

        assertThat(tooLow.exitCode()).as(tooLow.all()).isEqualTo(2);
        assertThat(tooLow.err()).contains("No assignment meets every demand").contains("Maybe raise --max-probability");
        assertThat(maxmin.exitCode()).isEqualTo(2);
        assertThat(maxmin.err()).contains("--randomize works with --fairness none only");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void impossibleDemandIsExplainedAndTheBestAssignmentStillWritten() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,r1,0.9", "p2,r1,0.8");
        Path out = dir.resolve("assignment.csv");

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--move-limit", "1000", "--out", out.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).contains("Maybe");
        assertThat(Files.readAllLines(out)).hasSize(2);
    }

    @Test
    void maxminWithASeedAndAMoveLimitWritesTheSameFileEveryTime() throws IOException {
        List<String> lines = new ArrayList<>(List.of("participant,resource,score"));
        for (int p = 0; p < 12; p++) {
            for (int r = 0; r < 6; r++) {
                lines.add("p" + p + ",r" + r + "," + ((p * 7 + r * 13) % 17) / 16.0);
            }
        }
        Path scores = write("scores.csv", lines.toArray(String[]::new));
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");

        for (Path out : List.of(first, second)) {
            Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "2", "--max-load", "4",
                    "--fairness", "maxmin", "--seed", "7", "--move-limit", "5000", "--out", out.toString());
            assertThat(result.exitCode()).as(result.all()).isZero();
        }

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void badCsvExitsTwoNamingFileAndLineAndWritesNothing() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,r1,high");
        Path out = dir.resolve("assignment.csv");

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("scores.csv").contains("line 2").contains("column score").contains("Maybe");
        assertThat(result.all()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        assertThat(Cli.files(dir)).containsExactly("scores.csv");
    }

    @Test
    void midl18ReachesTheProvenOptimumTotal() throws IOException {
        Path midl = midl18();
        Path out = dir.resolve("midl.csv");

        Cli.Result result = Cli.run("assign", "--scores", midl.resolve("scores.csv").toString(),
                "--demand", midl.resolve("demand.csv").toString(), "--loads", midl.resolve("loads.csv").toString(),
                "--move-limit", "100000", "--out", out.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        double total = Files.readAllLines(out).stream().skip(1)
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(',') + 1))).sum();
        assertThat(total).isCloseTo(201.885, org.assertj.core.data.Offset.offset(0.001));
    }

    private static Path midl18() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/datasets/midl18");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Assumptions.abort("../shared/datasets/midl18 is not present");
        return null;
    }
}
