package org.peermatch.core.groups;

import java.util.List;

/**
 * What the independent check of a plan of rotating groups found.
 *
 * @param violations every rule the plan breaks (wrong number of rounds, a person missing or twice in a round, an
 *        unknown person, group sizes other than the problem's, figures that differ from the recount); empty when
 *        the plan is well formed
 * @param repeatedPairs pairs that meet in the plan and at least twice in total, history included
 * @param repeatMeetings meetings in the plan that are not a pair's first
 * @param maxMeetings the most meetings of a pair that meets in the plan, history included
 * @param forbiddenPairsTogether times a forbidden pair shares a group, over all rounds
 * @param noveltyCost the sum of {@link RepeatCost#pairCost(int, int)} over all pairs
 */
public record GroupsCertificate(List<String> violations, int repeatedPairs, int repeatMeetings, int maxMeetings,
        int forbiddenPairsTogether, long noveltyCost) {

    /** Copies. */
    public GroupsCertificate {
        violations = List.copyOf(violations);
    }

    /** @return whether the plan is well formed, no pair meets twice and no forbidden pair meets */
    public boolean perfect() {
        return violations.isEmpty() && repeatedPairs == 0 && forbiddenPairsTogether == 0;
    }
}
