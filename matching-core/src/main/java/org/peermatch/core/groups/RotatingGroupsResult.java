package org.peermatch.core.groups;

import java.util.List;

/**
 * A plan of rotating groups and how good it is. Pair counts include the meetings of the history: a pair that met
 * before and meets once in the plan is a repeated pair.
 *
 * @param rounds numbered from 1, each with its groups
 * @param repeatedPairs pairs that meet in the plan and meet at least twice in total (history included)
 * @param repeatMeetings meetings in the plan that are not a pair's first (the Social Golfer "conflicts" when there
 *        is no history); see {@link RepeatCost#repeatMeetings(int, int)}
 * @param maxMeetings the most times a pair that meets in the plan meets in total (1 when every meeting is new)
 * @param forbiddenPairsTogether times a forbidden pair shares a group (summed over rounds); 0 unless impossible
 * @param noveltyCost the sum of {@link RepeatCost#pairCost(int, int)} over all pairs
 * @param statistics how the search went
 */
public record RotatingGroupsResult(List<GroupRound> rounds, int repeatedPairs, int repeatMeetings, int maxMeetings,
        int forbiddenPairsTogether, long noveltyCost, RotatingGroupsStatistics statistics) {

    /** Copies. */
    public RotatingGroupsResult {
        rounds = List.copyOf(rounds);
    }

    /** @return whether no pair meets twice (history included) and no forbidden pair meets */
    public boolean perfect() {
        return repeatedPairs == 0 && forbiddenPairsTogether == 0;
    }
}
