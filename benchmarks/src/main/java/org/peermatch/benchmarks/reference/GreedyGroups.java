package org.peermatch.benchmarks.reference;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.groups.Group;
import org.peermatch.core.groups.GroupRound;
import org.peermatch.core.groups.RotatingGroupsProblem;

/**
 * The committee's way of making rotating groups by hand: round after round, people in list order each join the
 * group with room in which they already know the fewest people (ties: the first such group). O(W × N × S).
 */
public final class GreedyGroups {

    private GreedyGroups() {
    }

    /** @return the rounds, numbered from 1 */
    public static List<GroupRound> plan(RotatingGroupsProblem problem) {
        List<String> people = problem.people();
        int n = people.size();
        List<Integer> sizes = problem.groupSizes();
        boolean[] met = new boolean[n * n];
        List<GroupRound> rounds = new ArrayList<>();
        for (int w = 0; w < problem.rounds(); w++) {
            List<List<Integer>> groups = new ArrayList<>();
            for (int g = 0; g < sizes.size(); g++) {
                groups.add(new ArrayList<>());
            }
            for (int person = 0; person < n; person++) {
                int best = -1;
                int bestKnown = Integer.MAX_VALUE;
                for (int g = 0; g < groups.size(); g++) {
                    if (groups.get(g).size() >= sizes.get(g)) {
                        continue;
                    }
                    int known = 0;
                    for (int other : groups.get(g)) {
                        known += met[person * n + other] ? 1 : 0;
                    }
                    if (known < bestKnown) {
                        best = g;
                        bestKnown = known;
                    }
                }
                groups.get(best).add(person);
            }
            List<Group> round = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                List<String> members = new ArrayList<>();
                for (int a : groups.get(g)) {
                    members.add(people.get(a));
                    for (int b : groups.get(g)) {
                        if (a != b) {
                            met[a * n + b] = true;
                        }
                    }
                }
                round.add(new Group(g + 1, members));
            }
            rounds.add(new GroupRound(w + 1, round));
        }
        return rounds;
    }

    /** @return how many first rounds of the plan have no pair meeting twice */
    public static int repeatFreePrefix(List<GroupRound> rounds) {
        for (int w = rounds.size(); w > 0; w--) {
            if (roundsWithoutRepeats(rounds.subList(0, w)) == w) {
                return w;
            }
        }
        return 0;
    }

    /**
     * @return the most rounds of the plan that can be kept together with no pair meeting twice: the largest set of
     *         rounds no two of which share a pair (exhaustive over subsets; fine up to about 20 rounds)
     */
    public static int roundsWithoutRepeats(List<GroupRound> rounds) {
        int w = rounds.size();
        List<java.util.Set<String>> pairs = new ArrayList<>();
        for (GroupRound round : rounds) {
            java.util.Set<String> set = new java.util.HashSet<>();
            for (Group group : round.groups()) {
                for (String a : group.people()) {
                    for (String b : group.people()) {
                        if (a.compareTo(b) < 0) {
                            set.add(a + "\u0000" + b);
                        }
                    }
                }
            }
            pairs.add(set);
        }
        int[] clashes = new int[w];
        for (int i = 0; i < w; i++) {
            for (int j = 0; j < w; j++) {
                if (i != j && !java.util.Collections.disjoint(pairs.get(i), pairs.get(j))) {
                    clashes[i] |= 1 << j;
                }
            }
        }
        int best = 0;
        for (int subset = 1; subset < 1 << w; subset++) {
            int count = Integer.bitCount(subset);
            if (count <= best) {
                continue;
            }
            boolean independent = true;
            for (int i = 0; i < w && independent; i++) {
                if ((subset >> i & 1) == 1 && (clashes[i] & subset) != 0) {
                    independent = false;
                }
            }
            if (independent) {
                best = count;
            }
        }
        return best;
    }
}
