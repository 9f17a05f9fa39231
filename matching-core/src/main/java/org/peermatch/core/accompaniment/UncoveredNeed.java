package org.peermatch.core.accompaniment;

import java.util.List;

/**
 * A need no resource person covers in the proposal, with the competent candidates and what blocks each.
 *
 * @param participant the participant's member id
 * @param topic the need's topic
 * @param priority the need's priority (1–3)
 * @param hours hours asked
 * @param candidates the resource persons competent on the topic at the programme's minimum level, in document
 *        order, with the rules that block each (at most {@link AccompanimentExplainer#LISTED_CANDIDATES}: those
 *        breaking the fewest rules); the others are counted by reason in the summary
 * @param summary one sentence for the committee, e.g. "Nobody offering accompaniment covers pitch at level 3+."
 */
public record UncoveredNeed(String participant, String topic, int priority, int hours,
        List<CandidateVerdict> candidates, String summary) {
    public UncoveredNeed {
        candidates = List.copyOf(candidates);
    }
}
