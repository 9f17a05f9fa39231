package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An engine-side assignment: which arcs are assigned, with its measures in scaled longs. */
final class Solution {

    final boolean[] assigned;
    final long[] participantTotals;
    final int[] assignedCount;
    final int[] load;
    final long total;
    final long worst;
    /** Demanded places not filled plus min-load places not filled. */
    final long gapUnits;

    Solution(IndexedProblem ip, boolean[] assigned) {
        this.assigned = assigned.clone();
        participantTotals = new long[ip.participantCount];
        assignedCount = new int[ip.participantCount];
        load = new int[ip.resourceCount];
        long sum = 0;
        for (int a = 0; a < ip.arcCount; a++) {
            if (assigned[a]) {
                participantTotals[ip.arcParticipant[a]] += ip.arcScore[a];
                assignedCount[ip.arcParticipant[a]]++;
                load[ip.arcResource[a]]++;
                sum += ip.arcScore[a];
            }
        }
        total = sum;
        long min = Long.MAX_VALUE;
        long gaps = 0;
        for (int p = 0; p < ip.participantCount; p++) {
            if (ip.demand[p] > 0) {
                min = Math.min(min, participantTotals[p]);
                gaps += Math.max(0, ip.demand[p] - assignedCount[p]);
            }
        }
        for (int r = 0; r < ip.resourceCount; r++) {
            gaps += Math.max(0, ip.minLoad[r] - load[r]);
        }
        worst = min == Long.MAX_VALUE ? 0 : min;
        gapUnits = gaps;
    }

    /** @return whether this is lexicographically better: fewer gaps, then (if {@code fair}) worst, then total */
    boolean betterThan(Solution other, boolean fair) {
        if (other == null) {
            return true;
        }
        if (gapUnits != other.gapUnits) {
            return gapUnits < other.gapUnits;
        }
        if (fair && worst != other.worst) {
            return worst > other.worst;
        }
        return total > other.total;
    }

    AffinityResult toResult(IndexedProblem ip, AffinityStatistics statistics) {
        AffinityProblem problem = ip.problem;
        List<ScoredPair> pairs = new ArrayList<>();
        double[] totals = new double[ip.participantCount];
        int[] counts = new int[ip.participantCount];
        int[] loads = new int[ip.resourceCount];
        double sum = 0;
        for (int a = 0; a < ip.arcCount; a++) {
            if (assigned[a]) {
                int p = ip.arcParticipant[a];
                int r = ip.arcResource[a];
                pairs.add(new ScoredPair(problem.participants().get(p).id(), problem.resources().get(r).id(),
                        ip.arcValue[a]));
                totals[p] += ip.arcValue[a];
                counts[p]++;
                loads[r]++;
                sum += ip.arcValue[a];
            }
        }
        Map<String, Double> participantTotals = new LinkedHashMap<>();
        List<DemandGap> demandGaps = new ArrayList<>();
        double worstTotal = Double.POSITIVE_INFINITY;
        for (int p = 0; p < ip.participantCount; p++) {
            AffinityParticipant participant = problem.participants().get(p);
            participantTotals.put(participant.id(), totals[p]);
            if (participant.demand() > 0) {
                worstTotal = Math.min(worstTotal, totals[p]);
            }
            if (counts[p] < participant.demand()) {
                demandGaps.add(new DemandGap(participant.id(), participant.demand(), counts[p]));
            }
        }
        List<LoadGap> loadGaps = new ArrayList<>();
        for (int r = 0; r < ip.resourceCount; r++) {
            AffinityResource resource = problem.resources().get(r);
            if (loads[r] < resource.minLoad()) {
                loadGaps.add(new LoadGap(resource.id(), resource.minLoad(), loads[r]));
            }
        }
        return new AffinityResult(pairs, sum, worstTotal == Double.POSITIVE_INFINITY ? 0 : worstTotal,
                participantTotals, demandGaps, loadGaps, statistics);
    }

    @Override
    public String toString() {
        return "Solution[gaps=" + gapUnits + ", worst=" + worst + ", total=" + total + ", loads="
                + Arrays.toString(load) + "]";
    }
}
