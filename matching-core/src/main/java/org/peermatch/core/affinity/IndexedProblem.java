package org.peermatch.core.affinity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problem in arrays for the engine: participants and resources by index, allowed arcs (scored, not in
 * conflict) grouped by participant and sorted by resource, scores scaled to longs so that sums are exact.
 */
final class IndexedProblem {

    /** Scaled arc costs stay below this, so that flows and potentials never overflow a long. */
    private static final double MAX_SCALED = 1e8;

    final AffinityProblem problem;
    final int participantCount;
    final int resourceCount;
    final int[] demand;
    final int[] minLoad;
    final int[] maxLoad;
    final int arcCount;
    /** Arcs of participant p are {@code pStart[p] .. pStart[p+1]-1}, sorted by resource. */
    final int[] pStart;
    final int[] arcParticipant;
    final int[] arcResource;
    final long[] arcScore;
    final double[] arcValue;
    /** Arcs of resource r are {@code rArcs[rStart[r] .. rStart[r+1]-1}. */
    final int[] rStart;
    final int[] rArcs;
    /** Multiplier from scores to {@link #arcScore}. */
    final double scale;

    IndexedProblem(AffinityProblem problem) {
        this.problem = problem;
        participantCount = problem.participants().size();
        resourceCount = problem.resources().size();
        Map<String, Integer> participantIndex = new HashMap<>();
        demand = new int[participantCount];
        for (int p = 0; p < participantCount; p++) {
            participantIndex.put(problem.participants().get(p).id(), p);
            demand[p] = problem.participants().get(p).demand();
        }
        Map<String, Integer> resourceIndex = new HashMap<>();
        minLoad = new int[resourceCount];
        maxLoad = new int[resourceCount];
        for (int r = 0; r < resourceCount; r++) {
            AffinityResource resource = problem.resources().get(r);
            resourceIndex.put(resource.id(), r);
            minLoad[r] = resource.minLoad();
            maxLoad[r] = resource.maxLoad();
        }
        Set<Long> conflicts = new HashSet<>();
        for (ConflictPair conflict : problem.conflicts()) {
            conflicts.add(key(participantIndex.get(conflict.participant()), resourceIndex.get(conflict.resource())));
        }
        List<ScoredPair> pairs = problem.pairs();
        // bucket the allowed pairs by participant, then sort each bucket by resource
        int[] pairParticipant = new int[pairs.size()];
        int[] pairResource = new int[pairs.size()];
        pStart = new int[participantCount + 1];
        int count = 0;
        double maxAbs = 0;
        for (int i = 0; i < pairs.size(); i++) {
            ScoredPair pair = pairs.get(i);
            int p = participantIndex.get(pair.participant());
            int r = resourceIndex.get(pair.resource());
            if (!conflicts.isEmpty() && conflicts.contains(key(p, r))) {
                pairParticipant[i] = -1;
                continue;
            }
            pairParticipant[i] = p;
            pairResource[i] = r;
            pStart[p + 1]++;
            count++;
            maxAbs = Math.max(maxAbs, Math.abs(pair.score()));
        }
        for (int p = 0; p < participantCount; p++) {
            pStart[p + 1] += pStart[p];
        }
        long[] sorted = new long[count];
        int[] fill = Arrays.copyOf(pStart, participantCount);
        for (int i = 0; i < pairs.size(); i++) {
            if (pairParticipant[i] >= 0) {
                sorted[fill[pairParticipant[i]]++] = (long) pairResource[i] << 32 | i;
            }
        }
        for (int p = 0; p < participantCount; p++) {
            Arrays.sort(sorted, pStart[p], pStart[p + 1]);
        }
        scale = chooseScale(maxAbs);
        arcCount = count;
        arcParticipant = new int[count];
        arcResource = new int[count];
        arcScore = new long[count];
        arcValue = new double[count];
        int[] resourceDegree = new int[resourceCount + 1];
        for (int p = 0; p < participantCount; p++) {
            for (int a = pStart[p]; a < pStart[p + 1]; a++) {
                int r = (int) (sorted[a] >>> 32);
                double value = pairs.get((int) sorted[a]).score();
                arcParticipant[a] = p;
                arcResource[a] = r;
                arcValue[a] = value;
                arcScore[a] = Math.round(value * scale);
                resourceDegree[r + 1]++;
            }
        }
        rStart = new int[resourceCount + 1];
        for (int r = 0; r < resourceCount; r++) {
            rStart[r + 1] = rStart[r] + resourceDegree[r + 1];
        }
        rArcs = new int[count];
        int[] next = Arrays.copyOf(rStart, resourceCount);
        for (int a = 0; a < count; a++) {
            rArcs[next[arcResource[a]]++] = a;
        }
    }

    private static long key(int participant, int resource) {
        return (long) participant << 32 | resource;
    }

    /** The largest power of ten (at most 10^9) keeping every scaled score within {@link #MAX_SCALED}. */
    private static double chooseScale(double maxAbs) {
        if (maxAbs == 0) {
            return 1e6;
        }
        if (maxAbs > MAX_SCALED) {
            return MAX_SCALED / maxAbs;
        }
        double scale = 1e9;
        while (maxAbs * scale > MAX_SCALED) {
            scale /= 10;
        }
        return scale;
    }

    /** @return the arc of the pair (p, r), or -1 when the pair is not allowed */
    int arc(int p, int r) {
        int low = pStart[p];
        int high = pStart[p + 1] - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int resource = arcResource[mid];
            if (resource < r) {
                low = mid + 1;
            } else if (resource > r) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    long totalDemand() {
        long total = 0;
        for (int d : demand) {
            total += d;
        }
        return total;
    }
}
