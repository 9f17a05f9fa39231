package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code peer-match assign} with the committee's options: weighted {@code --scores}, {@code --forced},
 * {@code --groups}/{@code --group-rule}, {@code --alternates}, {@code --lang}; outputs checked against values
 * computed here from the definitions.
 */
class AssignCommitteeTest {

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    @Test
    void weightedScoresAreTheWeightedSumAndAPairMissingEverywhereIsNeverAssigned() throws IOException {
        // seeded: 6 participants x 4 resources; each file scores a random subset; the best total is brute-forced
        SplittableRandom random = new SplittableRandom(16);
        List<String> affinity = new ArrayList<>(List.of("participant,resource,score"));
        List<String> bids = new ArrayList<>(List.of("participant,resource,score"));
        Map<String, Double> combined = new HashMap<>();
        for (int p = 0; p < 6; p++) {
            for (int r = 0; r < 4; r++) {
                String key = "p" + p + ",r" + r;
                if (random.nextInt(3) > 0) {
                    double score = random.nextInt(100) / 100.0;
                    affinity.add(key + "," + score);
                    combined.merge(key, score, Double::sum);
                }
                if (random.nextInt(2) > 0) {
                    double bid = random.nextInt(4);
                    bids.add(key + "," + bid);
                    combined.merge(key, 0.5 * bid, Double::sum);
                }
            }
        }
        Path out = dir.resolve("assignment.csv");

        Cli.Result result = Cli.run("assign", "--scores", write("affinity.csv", affinity.toArray(String[]::new))
                + ":1", "--scores", write("bids.csv", bids.toArray(String[]::new)) + ":0.5", "--demand", "1",
                "--max-load", "2", "--out", out.toString());

        assertThat(result.exitCode()).as(result.all()).isIn(0, 1);
        double total = 0;
        for (String line : Files.readAllLines(out).subList(1, Files.readAllLines(out).size())) {
            String[] cells = line.split(",");
            String key = cells[0] + "," + cells[1];
            assertThat(combined).as("assigned pair %s is scored in a file", key).containsKey(key);
            assertThat(Double.parseDouble(cells[2])).isCloseTo(combined.get(key),
                    org.assertj.core.api.Assertions.within(1e-9));
            total += combined.get(key);
        }
        assertThat(total).isCloseTo(bruteForceOneEach(combined, 6, 4, 2), org.assertj.core.api.Assertions.within(1e-9));
    }

    /**
     * The best total among the assignments giving the most participants one allowed resource each, every resource
     * taking at most {@code max}: by enumeration (a participant may also get nothing).
     */
    private static double bruteForceOneEach(Map<String, Double> scores, int participants, int resources, int max) {
        double[] best = best(scores, 0, participants, resources, new int[resources], max);
        return best[1];
    }

    /** @return {most participants served, best total with that many} for participants p and after */
    private static double[] best(Map<String, Double> scores, int p, int participants, int resources, int[] load,
            int max) {
        if (p == participants) {
            return new double[] {0, 0};
        }
        double[] best = best(scores, p + 1, participants, resources, load, max);
        for (int r = 0; r < resources; r++) {
            Double score = scores.get("p" + p + ",r" + r);
            if (score != null && load[r] < max) {
                load[r]++;
                double[] rest = best(scores, p + 1, participants, resources, load, max);
                load[r]--;
                double[] candidate = {rest[0] + 1, rest[1] + score};
                if (candidate[0] > best[0] || candidate[0] == best[0] && candidate[1] > best[1]) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    @Test
    void aForcedPairIsKeptEvenAgainstTheBestTotal() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,r1,0.9", "p1,r2,0.1", "p2,r1,0.8",
                "p2,r2,0.7");
        Path forced = write("forced.csv", "participant,resource", "p1,r2");
        Path out = dir.resolve("assignment.csv");

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--forced", forced.toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("participant,resource,score", "p1,r2,0.1", "p2,r1,0.8");
        assertThat(result.err()).contains("Kept 1 forced pairs.");
    }

    @Test
    void aForcedPairBreakingALoadAConflictOrUnknownNamesFileLineValueAndAdviceAndWritesNothing()
            throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,r1,0.9", "p1,r2,0.1", "p2,r1,0.8",
                "p2,r2,0.7");
        Path conflicts = write("conflicts.csv", "participant,resource", "p2,r2");
        Path forced = write("forced.csv", "participant,resource", "p1,r1", "p2,r1", "p2,r2", "p9,r1", "p1,r7");
        Path out = dir.resolve("assignment.csv");

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--conflicts", conflicts.toString(), "--forced", forced.toString(), "--out", out.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(result.err())
                .contains(forced + ", line 3, column resource: The resource (r1) has 2 forced pairs up to this "
                        + "line, above its max load of 1.", "Maybe raise its max load to 2")
                .contains(forced + ", line 4, column resource: The forced pair (p2, r2) is also a conflict pair.",
                        "Maybe remove it from the conflicts file")
                .contains(forced + ", line 5, column participant: The participant (p9) is unknown",
                        forced + ", line 6, column resource: The resource (r7) is unknown", "Maybe fix the id");
    }

    @Test
    void frenchProblemsWithLang() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,r1,0.9");
        Path forced = write("forced.csv", "participant,resource", "p1,r9");

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--forced", forced.toString(), "--lang", "fr", "--out", dir.resolve("o.csv").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("La personne ressource (r9) est inconnue", "Peut-être corriger");
    }

    @Test
    void maxminWithForcedPairsOrGroupsIsAUsageError() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,r1,0.9");
        Path forced = write("forced.csv", "participant,resource", "p1,r1");
        Path out = dir.resolve("o.csv");

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--forced", forced.toString(), "--fairness", "maxmin", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--fairness none only", "Maybe use --fairness none");
        assertThat(out).doesNotExist();
    }

    @Test
    void groupRulesAndAlternatesBesideTheOutput() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,a,0.9", "p1,b,0.8", "p1,c,0.1",
                "p1,d,0.5", "p2,a,0.3", "p2,b,0.2", "p2,c,0.6", "p2,d,0.4");
        Path groups = write("groups.csv", "resource,group", "a,senior", "b,senior", "c,junior", "d,junior");
        Path out = dir.resolve("assignment.csv");

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "2", "--max-load", "1",
                "--groups", groups.toString(), "--group-rule", "senior:1:1", "--alternates", "2",
                "--out", out.toString());

        // each participant: exactly one senior (max 1, min 1) and one junior; best total 0.9+0.5 + 0.2+0.6 = 2.2
        // against 0.8+0.5 + 0.3+0.6 = 2.2 too: both give 2.2; the flow keeps the first; check the rule and the total
        assertThat(result.exitCode()).as(result.all()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(5);
        double total = 0;
        Map<String, Integer> seniors = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            total += Double.parseDouble(cells[2]);
            if (cells[1].equals("a") || cells[1].equals("b")) {
                seniors.merge(cells[0], 1, Integer::sum);
            }
        }
        assertThat(total).isCloseTo(2.2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(seniors).containsEntry("p1", 1).containsEntry("p2", 1);
        // every resource is full (4 slots, 4 loads of 1): no resource has room, so no alternate exists
        assertThat(Files.readAllLines(dir.resolve("alternates.csv")))
                .containsExactly("participant,rank,resource,score,replaces");
    }

    @Test
    void alternatesAreRankedWithTheResourceTheyReplace() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,a,0.9", "p1,b,0.8", "p1,c,0.1",
                "p1,d,0.5", "p2,a,0.3", "p2,b,0.2", "p2,c,0.6", "p2,d,0.4");
        Path out = dir.resolve("assignment.csv");

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--alternates", "2", "--out", out.toString());

        // best: p1-a 0.9, p2-c 0.6; room left on b and d
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("participant,resource,score", "p1,a,0.9", "p2,c,0.6");
        assertThat(Files.readAllLines(dir.resolve("alternates.csv"))).containsExactly(
                "participant,rank,resource,score,replaces", "p1,1,b,0.8,a", "p1,2,d,0.5,a", "p2,1,d,0.4,c",
                "p2,2,b,0.2,c");
    }

    @Test
    void aGroupRuleWithoutGroupsOrNamingNoGroupIsRefused() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,a,0.9");
        Path groups = write("groups.csv", "resource,group", "a,senior");

        Cli.Result without = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--group-rule", "senior:1:1", "--out", dir.resolve("o.csv").toString());
        Cli.Result unknown = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--groups", groups.toString(), "--group-rule", "seniors:1:1", "--out", dir.resolve("o.csv").toString());
        Cli.Result syntax = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--groups", groups.toString(), "--group-rule", "senior:2:1", "--out", dir.resolve("o.csv").toString());

        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).contains("--group-rule is given without --groups", "Maybe add --groups");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--group-rule: The group rule (seniors:1:1) names a group",
                "groups found: senior");
        assertThat(syntax.exitCode()).isEqualTo(2);
        assertThat(syntax.err()).contains("is not group:min:max", "Maybe write it like senior:1:2");
    }

    @Test
    void anOutputNamedLikeTheAlternatesIsRefused() throws IOException {
        Path scores = write("scores.csv", "participant,resource,score", "p1,a,0.9");
        Path out = dir.resolve("alternates.csv");

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "1",
                "--alternates", "1", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("is named like the alternates file", "Maybe name the assignment");
        assertThat(out).doesNotExist();
    }
}
