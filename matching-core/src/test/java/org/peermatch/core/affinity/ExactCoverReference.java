package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent exact reference for the lexicographic max–min when minimum loads bind completely, written without
 * any of the engine's code: scores in micro-units (exact longs), every participant's candidate sets enumerated
 * once, then an exact cover search (Knuth's Algorithm X with the fewest-options rule, on plain arrays) where every
 * resource must be covered exactly its min load times and every participant by exactly one set.
 *
 * <p>Precondition: the total demand equals the total min load (so every resource's load is exactly its min load)
 * and every score has at most six decimals. The worst total is found by bisection on the floor (each step a cover
 * search, monotone in the floor), then the best total at that floor by branch and bound (bound: the current total
 * plus every open participant's best open set). {@link #solveFrom(long)} starts from a claimed worst total instead
 * of bisecting from below (bisection over loose floors makes the cover search thrash on 20 × 60).
 */
final class ExactCoverReference {

    /** The lexicographic optimum in micro-units; {@code found} false when no complete assignment exists. */
    record Optimum(boolean found, long worst, long total) {
    }

    private final int participantCount;
    private final int[] need;
    /** Per participant: its sets (resource indices) and their sums, best first. */
    private final List<List<int[]>> sets = new ArrayList<>();
    private final List<long[]> sums = new ArrayList<>();
    private final boolean[] done;
    private long floor;
    private boolean wantTotal;
    private long current;
    private long bestTotal;
    private long foundWorst;
    private final long[] chosenSum;

    ExactCoverReference(AffinityProblem problem) {
        long totalMin = 0;
        for (AffinityResource resource : problem.resources()) {
            totalMin += resource.minLoad();
        }
        if (totalMin != problem.totalDemand()) {
            throw new IllegalArgumentException("the reference needs total demand = total min load");
        }
        participantCount = problem.participants().size();
        need = new int[problem.resources().size()];
        Map<String, Integer> resourceIndex = new HashMap<>();
        for (int r = 0; r < need.length; r++) {
            need[r] = problem.resources().get(r).minLoad();
            resourceIndex.put(problem.resources().get(r).id(), r);
        }
        Set<List<String>> conflicts = new HashSet<>();
        for (ConflictPair conflict : problem.conflicts()) {
            conflicts.add(List.of(conflict.participant(), conflict.resource()));
        }
        done = new boolean[participantCount];
        chosenSum = new long[participantCount];
        for (AffinityParticipant participant : problem.participants()) {
            long[] micro = new long[need.length];
            boolean[] allowed = new boolean[need.length];
            for (ScoredPair pair : problem.pairs()) {
                if (pair.participant().equals(participant.id())
                        && !conflicts.contains(List.of(pair.participant(), pair.resource()))) {
                    int r = resourceIndex.get(pair.resource());
                    allowed[r] = true;
                    micro[r] = Math.round(pair.score() * 1e6);
                }
            }
            List<int[]> mine = new ArrayList<>();
            subsets(allowed, participant.demand(), 0, new int[participant.demand()], 0, mine);
            mine.sort((x, y) -> Long.compare(sum(micro, y), sum(micro, x)));
            long[] mySums = new long[mine.size()];
            for (int i = 0; i < mine.size(); i++) {
                mySums[i] = sum(micro, mine.get(i));
            }
            sets.add(mine);
            sums.add(mySums);
        }
    }

    private static long sum(long[] micro, int[] set) {
        long total = 0;
        for (int r : set) {
            total += micro[r];
        }
        return total;
    }

    private static void subsets(boolean[] allowed, int size, int start, int[] current, int filled, List<int[]> out) {
        if (filled == size) {
            out.add(current.clone());
            return;
        }
        for (int r = start; r < allowed.length; r++) {
            if (allowed[r]) {
                current[filled] = r;
                subsets(allowed, size, r + 1, current, filled + 1, out);
            }
        }
    }

    Optimum solve() {
        if (!cover(Long.MIN_VALUE, false)) {
            return new Optimum(false, 0, 0);
        }
        long low = foundWorst;
        long high = Long.MIN_VALUE;
        for (int p = 0; p < participantCount; p++) {
            if (sums.get(p).length > 0 && sets.get(p).get(0).length > 0) {
                high = high == Long.MIN_VALUE ? sums.get(p)[0] : Math.min(high, sums.get(p)[0]);
            }
        }
        if (high == Long.MIN_VALUE) {
            high = low;
        }
        // invariant: low is reached, high + 1 is not
        while (low < high) {
            long mid = low + (high - low + 1) / 2;
            if (cover(mid, false)) {
                low = Math.max(mid, foundWorst);
            } else {
                high = mid - 1;
            }
        }
        bestTotal = Long.MIN_VALUE;
        cover(low, true);
        return new Optimum(true, low, bestTotal);
    }

    /**
     * The same optimum from a claimed worst total: raises the floor one micro-unit above the best worst known until
     * no cover reaches it (each found cover raising it further), then the best total at the last floor reached.
     * The claim only saves the climb from below: a claim too high finds no cover at its own floor, so
     * {@code found} is false; a claim too low is climbed over.
     */
    Optimum solveFrom(long claimedWorst) {
        long low = claimedWorst;
        while (cover(low + 1, false)) {
            low = foundWorst;
        }
        bestTotal = Long.MIN_VALUE;
        cover(low, true);
        return new Optimum(bestTotal != Long.MIN_VALUE, low, bestTotal);
    }

    private boolean cover(long newFloor, boolean total) {
        floor = newFloor;
        wantTotal = total;
        current = 0;
        return search();
    }

    private boolean viable(int[] set) {
        for (int r : set) {
            if (need[r] == 0) {
                return false;
            }
        }
        return true;
    }

    /** @return true when the search may stop (a cover found, in feasibility mode) */
    private boolean search() {
        int[] resourceOptions = new int[need.length];
        int bestParticipant = -1;
        int bestParticipantCount = Integer.MAX_VALUE;
        long bound = current;
        boolean open = false;
        for (int p = 0; p < participantCount; p++) {
            if (done[p]) {
                continue;
            }
            open = true;
            int count = 0;
            long best = Long.MIN_VALUE;
            long[] mySums = sums.get(p);
            for (int i = 0; i < mySums.length && (mySums[i] >= floor || sets.get(p).get(i).length == 0); i++) {
                int[] set = sets.get(p).get(i);
                if (viable(set)) {
                    count++;
                    best = Math.max(best, mySums[i]);
                    for (int r : set) {
                        resourceOptions[r]++;
                    }
                }
            }
            if (count == 0) {
                return false;
            }
            bound += best;
            if (count < bestParticipantCount) {
                bestParticipantCount = count;
                bestParticipant = p;
            }
        }
        if (!open) {
            long worst = Long.MAX_VALUE;
            for (int p = 0; p < participantCount; p++) {
                if (sets.get(p).isEmpty() || sets.get(p).get(0).length > 0) {
                    worst = Math.min(worst, chosenSum[p]);
                }
            }
            foundWorst = worst == Long.MAX_VALUE ? 0 : worst;
            bestTotal = Math.max(bestTotal, current);
            return !wantTotal;
        }
        if (wantTotal && bound <= bestTotal) {
            return false;
        }
        int bestResource = -1;
        for (int r = 0; r < need.length; r++) {
            if (need[r] > 0) {
                if (resourceOptions[r] == 0) {
                    return false;
                }
                if (resourceOptions[r] < bestParticipantCount
                        && (bestResource < 0 || resourceOptions[r] < resourceOptions[bestResource])) {
                    bestResource = r;
                }
            }
        }
        if (bestResource < 0) {
            return branchParticipant(bestParticipant, -1);
        }
        for (int p = 0; p < participantCount; p++) {
            if (!done[p] && branchParticipant(p, bestResource)) {
                return true;
            }
        }
        return false;
    }

    /** Tries p's viable sets (only those containing {@code resource} when it is not -1). */
    private boolean branchParticipant(int p, int resource) {
        long[] mySums = sums.get(p);
        for (int i = 0; i < mySums.length && (mySums[i] >= floor || sets.get(p).get(i).length == 0); i++) {
            int[] set = sets.get(p).get(i);
            if (!viable(set) || (resource >= 0 && !contains(set, resource))) {
                continue;
            }
            for (int r : set) {
                need[r]--;
            }
            done[p] = true;
            chosenSum[p] = mySums[i];
            current += mySums[i];
            boolean stop = search();
            current -= mySums[i];
            done[p] = false;
            for (int r : set) {
                need[r]++;
            }
            if (stop) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] set, int resource) {
        for (int r : set) {
            if (r == resource) {
                return true;
            }
        }
        return false;
    }
}
