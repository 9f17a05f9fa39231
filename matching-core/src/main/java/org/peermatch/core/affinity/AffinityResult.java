package org.peermatch.core.affinity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The best assignment found, its quality and what it leaves unmet.
 *
 * @param pairs the assigned pairs, grouped by participant in the problem's order, then by resource in the
 *        problem's order
 * @param totalScore the sum of the assigned pairs' scores
 * @param worstParticipantTotal the lowest total score of a participant with a positive demand (0 when there is
 *        none)
 * @param participantTotals every participant's total score, in the problem's order
 * @param demandGaps participants that got fewer resources than their demand, in the problem's order
 * @param loadGaps resources that took fewer participants than their min load, in the problem's order
 * @param statistics how the assignment was solved
 */
public record AffinityResult(List<ScoredPair> pairs, double totalScore, double worstParticipantTotal,
        Map<String, Double> participantTotals, List<DemandGap> demandGaps, List<LoadGap> loadGaps,
        AffinityStatistics statistics) {

    /** Copies the lists and the map. */
    public AffinityResult {
        pairs = List.copyOf(pairs);
        participantTotals = Collections.unmodifiableMap(new LinkedHashMap<>(participantTotals));
        demandGaps = List.copyOf(demandGaps);
        loadGaps = List.copyOf(loadGaps);
    }

    /**
     * @return whether the result is proven optimal for its fairness: for {@link Fairness#NONE} always; for
     *         {@link Fairness#MAXMIN} when both the worst participant total and the best total at that floor were
     *         proven within the limits (see {@link AffinityStatistics#optimal()})
     */
    public boolean proven() {
        return statistics.optimal();
    }

    /** @return whether every demand and every min load is met */
    public boolean complete() {
        return demandGaps.isEmpty() && loadGaps.isEmpty();
    }
}
