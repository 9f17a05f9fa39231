package org.peermatch.core.solve;

import java.util.List;

/**
 * A need no resource person covers in the proposal, with every candidate and what blocks each.
 *
 * @param participant the participant's member id
 * @param topic the need's topic
 * @param priority the need's priority (1–3)
 * @param hours hours asked
 * @param candidates every resource person offering accompaniment, with the rule that blocks each
 * @param summary one sentence for the committee, e.g. "Nobody offering accompaniment covers pitch at level 3+."
 */
public record UncoveredNeed(String participant, String topic, int priority, int hours,
        List<CandidateVerdict> candidates, String summary) {
    public UncoveredNeed {
        candidates = List.copyOf(candidates);
    }
}
