package org.peermatch.core.groups;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.ForbiddenPair;

/**
 * Plans rotating groups: {@link #solve(RotatingGroupsProblem, RotatingGroupsOptions)}.
 *
 * <p>Algorithm (see the package documentation): a construction (a greedy that fills each round with the people who
 * met least, keeping the most "freedom" for later rounds, or an algebraic design when the shape allows it), then an
 * iterated tabu search swapping two people of different groups in the same round. Each swap is scored in O(S); one
 * step scans the swaps of the people in conflict, O(C·N·S) for C such people. It stops as soon as no pair meets
 * twice and no forbidden pair meets.
 *
 * <p>Memory: O(N² + W·N). Deterministic for a given problem and seed when bounded by moves only.
 */
public final class RotatingGroups {

    private RotatingGroups() {
    }

    /**
     * Plans the rounds.
     *
     * @param problem people, group size, rounds, history and forbidden pairs (already validated)
     * @param options limits and seed
     * @return the best plan found, its figures and statistics
     */
    public static RotatingGroupsResult solve(RotatingGroupsProblem problem, RotatingGroupsOptions options) {
        long started = System.nanoTime();
        List<String> people = problem.people();
        int n = people.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(people.get(i), i);
        }
        int[] before = new int[n * n];
        for (PastMeeting meeting : problem.history()) {
            int a = index.get(meeting.first());
            int b = index.get(meeting.second());
            before[a * n + b] += meeting.times();
            before[b * n + a] += meeting.times();
        }
        boolean[] forbidden = new boolean[n * n];
        for (ForbiddenPair pair : problem.forbiddenPairs()) {
            int a = index.get(pair.first());
            int b = index.get(pair.second());
            forbidden[a * n + b] = true;
            forbidden[b * n + a] = true;
        }
        int[] sizes = problem.groupSizes().stream().mapToInt(Integer::intValue).toArray();
        SwapTabuSearch search = new SwapTabuSearch(n, problem.rounds(), sizes, before, forbidden, options.seed());
        long deadline = options.timeLimit() == null ? Long.MAX_VALUE
                : started + saturatedNanos(options.timeLimit());
        Termination termination = search.run(options.moveLimit(), deadline);
        int[][] plan = search.bestPlan();

        List<GroupRound> rounds = new ArrayList<>();
        int[] inPlan = new int[n * n];
        int forbiddenTogether = 0;
        for (int r = 0; r < plan.length; r++) {
            List<int[]> groups = new ArrayList<>();
            int from = 0;
            for (int size : sizes) {
                groups.add(Arrays.copyOfRange(plan[r], from, from + size));
                from += size;
            }
            for (int[] members : groups) {
                Arrays.sort(members);
                for (int i = 0; i < members.length; i++) {
                    for (int j = i + 1; j < members.length; j++) {
                        inPlan[members[i] * n + members[j]]++;
                        if (forbidden[members[i] * n + members[j]]) {
                            forbiddenTogether++;
                        }
                    }
                }
            }
            groups.sort(Comparator.comparingInt(members -> members[0]));
            List<Group> named = new ArrayList<>();
            for (int[] members : groups) {
                named.add(new Group(named.size() + 1, Arrays.stream(members).mapToObj(people::get).toList()));
            }
            rounds.add(new GroupRound(r + 1, named));
        }
        int repeatedPairs = 0;
        int repeatMeetings = 0;
        int maxMeetings = 0;
        long noveltyCost = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int planned = inPlan[a * n + b];
                if (planned > 0) {
                    int total = before[a * n + b] + planned;
                    if (total >= 2) {
                        repeatedPairs++;
                    }
                    maxMeetings = Math.max(maxMeetings, total);
                    repeatMeetings += RepeatCost.repeatMeetings(before[a * n + b], planned);
                    noveltyCost += RepeatCost.pairCost(before[a * n + b], planned);
                }
            }
        }
        RotatingGroupsStatistics statistics = new RotatingGroupsStatistics(
                Duration.ofNanos(System.nanoTime() - started), search.moves(), search.perturbations(),
                search.restarts(), search.bestFoundAtMove(), search.constructionCost(), search.designStart(),
                options.seed(), termination, options.reproducible());
        return new RotatingGroupsResult(rounds, repeatedPairs, repeatMeetings, maxMeetings, forbiddenTogether,
                noveltyCost, statistics);
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE / 4;
        }
    }
}
