package org.peermatch.core.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peermatch.core.model.ForbiddenPair;

class RotatingGroupsTest {

    private static RotatingGroupsResult solve(RotatingGroupsProblem problem, long moves, long seed) {
        RotatingGroupsResult result = RotatingGroups.solve(problem, RotatingGroupsOptions.ofMoveLimit(moves)
                .withSeed(seed));
        GroupsCertificate certificate = RotatingGroupsCertifier.certify(problem, result);
        assertThat(certificate.violations()).isEmpty();
        return result;
    }

    @Test
    void socialGolfer_8_4_9_hasNoRepeatedPair() {
        RotatingGroupsProblem problem = RotatingGroupsProblem.numbered(32, 4, 9);
        RotatingGroupsResult result = solve(problem, 200_000, 0);
        assertThat(result.repeatedPairs()).isZero();
        assertThat(result.maxMeetings()).isEqualTo(1);
        assertThat(result.statistics().termination()).isEqualTo(Termination.PERFECT);
        assertThat(RotatingGroupsCertifier.certify(problem, result).perfect()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1})
    void kirkmansSchoolgirls_5_3_7_comeFromTheCyclicConstruction(long seed) {
        RotatingGroupsResult result = solve(RotatingGroupsProblem.numbered(15, 3, 7), 50_000, seed);
        assertThat(result.repeatedPairs()).isZero();
        assertThat(result.statistics().designStart()).isTrue();
        assertThat(result.statistics().moves()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"6, 2, 2", "8, 2, 3", "9, 3, 4", "16, 4, 5", "12, 3, 3", "10, 2, 9"})
    void knownSolvableSmallCasesHaveNoRepeat(int people, int size, int rounds) {
        RotatingGroupsResult result = solve(RotatingGroupsProblem.numbered(people, size, rounds), 100_000, 3);
        assertThat(result.repeatedPairs()).isZero();
        assertThat(result.perfect()).isTrue();
    }

    /** Brute force over every plan confirms the minimum novelty cost, including impossible cases. */
    @ParameterizedTest
    @CsvSource({"4, 2, 4", "4, 2, 2", "5, 2, 3", "6, 3, 4", "7, 3, 3", "9, 4, 2", "7, 2, 3", "10, 4, 2"})
    void smallCasesReachTheBruteForceMinimum(int people, int size, int rounds) {
        RotatingGroupsProblem problem = RotatingGroupsProblem.numbered(people, size, rounds);
        long minimum = bruteForceMinimum(problem);
        RotatingGroupsResult result = solve(problem, 20_000, 0);
        assertThat(result.noveltyCost()).isEqualTo(minimum);
    }

    @Test
    void fourPeopleInPairsForFourRoundsMustRepeatTwoPairs() {
        RotatingGroupsProblem problem = RotatingGroupsProblem.numbered(4, 2, 4);
        assertThat(bruteForceMinimum(problem)).isEqualTo(2);
        RotatingGroupsResult result = solve(problem, 5_000, 0);
        assertThat(result.repeatedPairs()).isEqualTo(2);
        assertThat(result.repeatMeetings()).isEqualTo(2);
        assertThat(result.maxMeetings()).isEqualTo(2);
        assertThat(result.perfect()).isFalse();
        assertThat(result.statistics().termination()).isEqualTo(Termination.MOVE_LIMIT);
    }

    @Test
    void groupsHaveSizesSAndSPlusOne() {
        RotatingGroupsResult ten = solve(RotatingGroupsProblem.numbered(10, 4, 3), 10_000, 0);
        assertThat(ten.rounds()).allSatisfy(round -> assertThat(round.groups())
                .extracting(group -> group.people().size()).containsExactlyInAnyOrder(5, 5));
        RotatingGroupsResult fourteen = solve(RotatingGroupsProblem.numbered(14, 4, 3), 10_000, 0);
        assertThat(fourteen.rounds()).allSatisfy(round -> assertThat(round.groups())
                .extracting(group -> group.people().size()).containsExactlyInAnyOrder(5, 5, 4));
    }

    @Test
    void groupsAreNumberedAndListedInPeopleOrder() {
        RotatingGroupsProblem problem = new RotatingGroupsProblem(List.of("zoe", "ana", "max", "bob", "cy", "dee"),
                3, 2, List.of(), List.of());
        RotatingGroupsResult result = solve(problem, 1_000, 0);
        for (GroupRound round : result.rounds()) {
            assertThat(round.groups()).extracting(Group::number).containsExactly(1, 2);
            assertThat(round.groups().get(0).people().get(0)).isEqualTo("zoe");
            for (Group group : round.groups()) {
                assertThat(group.people()).isSortedAccordingTo(
                        (a, b) -> Integer.compare(problem.people().indexOf(a), problem.people().indexOf(b)));
            }
        }
    }

    @Test
    void forbiddenPairsNeverShareAGroup() {
        Random random = new Random(7);
        List<ForbiddenPair> forbidden = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            int a = 1 + random.nextInt(24);
            int b = 1 + random.nextInt(24);
            if (a != b) {
                forbidden.add(new ForbiddenPair(Integer.toString(a), Integer.toString(b), null));
            }
        }
        RotatingGroupsProblem problem = RotatingGroupsProblem.numbered(24, 4, 6).withForbiddenPairs(forbidden);
        RotatingGroupsResult result = solve(problem, 30_000, 0);
        assertThat(result.forbiddenPairsTogether()).isZero();
    }

    @Test
    void anUnavoidableForbiddenPairIsReportedNotHidden() {
        RotatingGroupsProblem problem = RotatingGroupsProblem.numbered(4, 4, 2)
                .withForbiddenPairs(List.of(new ForbiddenPair("1", "2", "conflict of interest")));
        RotatingGroupsResult result = solve(problem, 1_000, 0);
        assertThat(result.forbiddenPairsTogether()).isEqualTo(2);
        assertThat(result.perfect()).isFalse();
        assertThat(result.statistics().termination()).isEqualTo(Termination.FORCED);
    }

    @Test
    void historyCountsAsMeetings() {
        RotatingGroupsProblem problem = RotatingGroupsProblem.numbered(4, 2, 1)
                .withHistory(List.of(new PastMeeting("1", "2", 1), new PastMeeting("3", "4", 1)));
        RotatingGroupsResult result = solve(problem, 1_000, 0);
        assertThat(result.repeatedPairs()).isZero();
        assertThat(pairs(result)).doesNotContain("1-2", "3-4");

        RotatingGroupsProblem everyoneMet = RotatingGroupsProblem.numbered(4, 2, 1).withHistory(List.of(
                new PastMeeting("1", "2", 1), new PastMeeting("1", "3", 1), new PastMeeting("1", "4", 1),
                new PastMeeting("2", "3", 1), new PastMeeting("2", "4", 1), new PastMeeting("3", "4", 1)));
        RotatingGroupsResult again = solve(everyoneMet, 1_000, 0);
        assertThat(again.repeatedPairs()).isEqualTo(2);
        assertThat(again.repeatMeetings()).isEqualTo(2);
        assertThat(again.maxMeetings()).isEqualTo(2);
    }

    @Test
    void repeatsAreSpreadRatherThanPiledUp() {
        // pairings: {12,34} costs 3 (1-2 met 3 times) but is one repeat meeting;
        // {13,24} costs 1 + 1 = 2 (two pairs met once); {14,23} costs 2 + 1 = 3
        RotatingGroupsProblem problem = RotatingGroupsProblem.numbered(4, 2, 1).withHistory(List.of(
                new PastMeeting("1", "2", 3), new PastMeeting("1", "3", 1), new PastMeeting("2", "4", 1),
                new PastMeeting("1", "4", 2), new PastMeeting("2", "3", 1)));
        RotatingGroupsResult result = solve(problem, 1_000, 0);
        assertThat(pairs(result)).containsExactlyInAnyOrder("1-3", "2-4");
        assertThat(result.noveltyCost()).isEqualTo(2);
        assertThat(result.maxMeetings()).isEqualTo(2);
    }

    @Test
    void sameInputSeedAndMoveLimitGiveTheSamePlan() {
        RotatingGroupsProblem problem = RotatingGroupsProblem.numbered(28, 4, 9);
        RotatingGroupsResult first = solve(problem, 3_000, 42);
        RotatingGroupsResult second = solve(problem, 3_000, 42);
        assertThat(second.rounds()).isEqualTo(first.rounds());
        assertThat(second.noveltyCost()).isEqualTo(first.noveltyCost());
        assertThat(second.statistics().moves()).isEqualTo(first.statistics().moves());
    }

    @Test
    void aTimeLimitStopsTheSearchAndIsNotReproducible() {
        RotatingGroupsResult result = RotatingGroups.solve(RotatingGroupsProblem.numbered(4, 2, 4),
                RotatingGroupsOptions.ofTimeLimit(Duration.ofMillis(50)));
        assertThat(result.statistics().termination()).isEqualTo(Termination.TIME_LIMIT);
        assertThat(result.statistics().reproducible()).isFalse();
        assertThat(result.repeatedPairs()).isEqualTo(2);
    }

    /** Seeded random problems, certified independently. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomProblemsAreWellFormedAndFiguresMatchTheRecount(long seed) {
        Random random = new Random(seed);
        int size = 2 + random.nextInt(5);
        int people;
        do {
            people = size + random.nextInt(40);
        } while (people % size > people / size);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            ids.add("p" + (char) ('a' + random.nextInt(26)) + i);
        }
        List<PastMeeting> history = new ArrayList<>();
        List<ForbiddenPair> forbidden = new ArrayList<>();
        for (int k = random.nextInt(3 * people); k > 0; k--) {
            int a = random.nextInt(people);
            int b = random.nextInt(people);
            if (a != b) {
                history.add(new PastMeeting(ids.get(a), ids.get(b), 1 + random.nextInt(3)));
            }
        }
        for (int k = random.nextInt(people); k > 0; k--) {
            int a = random.nextInt(people);
            int b = random.nextInt(people);
            if (a != b) {
                forbidden.add(new ForbiddenPair(ids.get(a), ids.get(b), null));
            }
        }
        RotatingGroupsProblem problem = new RotatingGroupsProblem(ids, size, 1 + random.nextInt(6), history,
                forbidden);
        RotatingGroupsResult result = solve(problem, 2_000, seed);
        assertThat(result.rounds()).hasSize(problem.rounds());
        RotatingGroupsResult again = solve(problem, 2_000, seed);
        assertThat(again.rounds()).isEqualTo(result.rounds());
    }

    @Test
    void theCertifierCatchesBrokenPlans() {
        RotatingGroupsProblem problem = RotatingGroupsProblem.numbered(6, 3, 2);
        List<GroupRound> broken = List.of(
                new GroupRound(1, List.of(new Group(1, List.of("1", "2", "3")), new Group(2, List.of("4", "5", "5")))),
                new GroupRound(3, List.of(new Group(1, List.of("1", "2", "7", "3")),
                        new Group(2, List.of("4", "5")))));
        GroupsCertificate certificate = RotatingGroupsCertifier.certify(problem, broken);
        assertThat(certificate.perfect()).isFalse();
        assertThat(String.join("\n", certificate.violations())).contains("(5) twice", "leaves out (6)",
                "is numbered 3", "unknown person (7)", "group sizes [4, 2]");
        assertThat(certificate.repeatedPairs()).isEqualTo(4);

        RotatingGroupsResult result = solve(problem, 1_000, 0);
        RotatingGroupsResult lying = new RotatingGroupsResult(result.rounds(), 1, result.repeatMeetings(),
                result.maxMeetings(), result.forbiddenPairsTogether(), result.noveltyCost(), result.statistics());
        assertThat(RotatingGroupsCertifier.certify(problem, lying).violations()).singleElement()
                .satisfies(violation -> assertThat(violation).contains("repeated pairs 1"));
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> pairs(RotatingGroupsResult result) {
        List<String> pairs = new ArrayList<>();
        for (GroupRound round : result.rounds()) {
            for (Group group : round.groups()) {
                pairs.add(String.join("-", group.people()));
            }
        }
        return pairs;
    }

    /** Minimum novelty cost over every plan (history and forbidden pairs aside), by enumeration. */
    static long bruteForceMinimum(RotatingGroupsProblem problem) {
        int n = problem.people().size();
        List<int[][]> partitions = new ArrayList<>();
        TreeMap<Integer, Integer> sizes = new TreeMap<>();
        problem.groupSizes().forEach(size -> sizes.merge(size, 1, Integer::sum));
        partitions(new int[n], new boolean[n], sizes, new ArrayList<>(), partitions);
        return search(partitions, problem.rounds(), new int[n * n], n);
    }

    private static long search(List<int[][]> partitions, int rounds, int[] meet, int n) {
        if (rounds == 0) {
            long cost = 0;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    cost += RepeatCost.pairCost(0, meet[a * n + b]);
                }
            }
            return cost;
        }
        long best = Long.MAX_VALUE;
        for (int[][] partition : partitions) {
            for (int[] group : partition) {
                for (int i = 0; i < group.length; i++) {
                    for (int j = i + 1; j < group.length; j++) {
                        meet[group[i] * n + group[j]]++;
                    }
                }
            }
            best = Math.min(best, search(partitions, rounds - 1, meet, n));
            for (int[] group : partition) {
                for (int i = 0; i < group.length; i++) {
                    for (int j = i + 1; j < group.length; j++) {
                        meet[group[i] * n + group[j]]--;
                    }
                }
            }
        }
        return best;
    }

    /** Every partition into groups of the given sizes, each once (the lowest unplaced person opens a group). */
    private static void partitions(int[] unused, boolean[] placed, TreeMap<Integer, Integer> sizes,
            List<int[]> groups, List<int[][]> out) {
        int first = -1;
        for (int p = 0; p < placed.length; p++) {
            if (!placed[p]) {
                first = p;
                break;
            }
        }
        if (first < 0) {
            out.add(groups.toArray(new int[0][]));
            return;
        }
        placed[first] = true;
        for (int size : new ArrayList<>(sizes.keySet())) {
            sizes.merge(size, -1, Integer::sum);
            if (sizes.get(size) == 0) {
                sizes.remove(size);
            }
            int[] group = new int[size];
            group[0] = first;
            choose(group, 1, first + 1, unused, placed, sizes, groups, out);
            sizes.merge(size, 1, Integer::sum);
        }
        placed[first] = false;
    }

    private static void choose(int[] group, int filled, int from, int[] unused, boolean[] placed,
            TreeMap<Integer, Integer> sizes, List<int[]> groups, List<int[][]> out) {
        if (filled == group.length) {
            groups.add(group.clone());
            partitions(unused, placed, sizes, groups, out);
            groups.remove(groups.size() - 1);
            return;
        }
        for (int p = from; p < placed.length; p++) {
            if (!placed[p]) {
                placed[p] = true;
                group[filled] = p;
                choose(group, filled + 1, p + 1, unused, placed, sizes, groups, out);
                placed[p] = false;
            }
        }
    }
}
