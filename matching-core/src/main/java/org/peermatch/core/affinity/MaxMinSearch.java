package org.peermatch.core.affinity;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The lexicographic max–min search (see the package documentation for the design).
 */
final class MaxMinSearch {

    /** Lagrangian re-weighting rounds per floor, and how many may pass without reducing the shortfall. */
    private static final int WEIGHT_ROUNDS = 40;
    private static final int STALE_ROUNDS = 12;
    private static final long REPAIR_MOVES = 1_000_000;
    private static final long POLISH_MOVES = 2_000_000;
    private static final long POLISH_STALL = 400_000;
    /** Share of the budget one floor's re-weighting may use, so that the bisection gets several tries. */
    private static final double FLOOR_SHARE = 0.1;
    /** Share of the budget the search for the floor may use before the total is polished. */
    private static final double SEARCH_SHARE = 0.6;
    /** Rounds of fixing participants that fall below the floor when the others are re-solved exactly. */
    private static final int FIX_ROUNDS = 20;
    /** Largest score multiplier of a participant below the floor. */
    private static final double MAX_WEIGHT = 16;

    private final IndexedProblem ip;
    private final AssignmentFlow flow;
    private final Budget budget;
    private final SplittableRandom random;
    private final Consumer<Solution> improved;
    private final long[] topSum;

    private Solution base;
    private Solution best;
    long flowSolves;
    long localMoves;
    long cycles;
    /** Branch-and-bound nodes of the proof. */
    long exactNodes;
    boolean worstProven;
    boolean totalProven;
    long worstUpperBound;
    long totalUpperBound;

    MaxMinSearch(IndexedProblem ip, Budget budget, long seed, Consumer<Solution> improved) {
        this.ip = ip;
        this.flow = new AssignmentFlow(ip);
        this.budget = budget;
        this.random = new SplittableRandom(seed);
        this.improved = improved;
        this.topSum = topSums();
    }

    Solution run() {
        runHeuristics();
        if (base.gapUnits == 0 && !(worstProven && totalProven)) {
            prove();
        }
        return best;
    }

    /**
     * Proves (or improves) the heuristic result with {@link ExactMaxMin}: raises the floor one scaled unit above
     * the best worst until no complete assignment reaches it, then finds the best total at the proven floor.
     * Leaves the proof flags false when the budget runs out first.
     */
    private void prove() {
        ExactMaxMin exact = new ExactMaxMin(ip, budget);
        try {
            while (!worstProven) {
                Solution higher = exact.feasible(best.worst + 1);
                if (!exact.complete) {
                    return;
                }
                if (higher == null) {
                    worstProven = true;
                    worstUpperBound = best.worst;
                } else {
                    offer(higher);
                }
            }
            Solution top = exact.bestTotal(best.worst, best);
            offer(top);
            if (exact.complete) {
                totalProven = true;
                totalUpperBound = best.total;
            }
        } finally {
            flowSolves += exact.flowSolves;
            exactNodes += exact.nodes;
        }
    }

    private Solution runHeuristics() {
        base = solveFlow(null, null);
        offer(base);
        totalUpperBound = base.total;
        worstUpperBound = Long.MAX_VALUE;
        for (int p = 0; p < ip.participantCount; p++) {
            if (ip.demand[p] > 0) {
                worstUpperBound = Math.min(worstUpperBound, topSum[p]);
            }
        }
        if (worstUpperBound == Long.MAX_VALUE || base.worst >= worstUpperBound) {
            worstUpperBound = base.worst;
            worstProven = true;
            totalProven = true;
            return best;
        }
        FloorOutcome top = floor(worstUpperBound, true);
        if (top.solution != null) {
            worstProven = true;
            totalProven = top.proven;
            totalUpperBound = top.totalBound;
            return best;
        }
        long low = best.worst;
        long high = worstUpperBound;
        // keep the last part of the budget for the total at the best floor found
        while (high - low > 1 && !budget.past(SEARCH_SHARE)) {
            long mid = low + (high - low) / 2;
            FloorOutcome outcome = floor(mid, false);
            if (outcome.solution != null) {
                low = Math.max(mid, outcome.solution.worst);
            } else {
                high = mid;
            }
        }
        if (!budget.exhausted()) {
            FloorOutcome last = polishBest();
            totalProven = last.proven && worstProven;
            if (last.totalBound != Long.MIN_VALUE) {
                totalUpperBound = last.totalBound;
            }
        }
        return best;
    }

    /**
     * An attempt at a floor: a solution meeting it (or null), whether that solution's total is proven best, and an
     * upper bound on the total of any assignment meeting the floor ({@code Long.MIN_VALUE}: none meets it).
     */
    private record FloorOutcome(Solution solution, boolean proven, long totalBound) {
    }

    /**
     * Looks for an assignment where every participant's total reaches {@code floor}, with the best total.
     *
     * @param polish whether to spend a longer local search on the total once the floor is met
     */
    private FloorOutcome floor(long floor, boolean polish) {
        long[] mark = budget.mark();
        boolean[] disabled = prune(floor);
        if (disabled == null) {
            return new FloorOutcome(null, false, Long.MIN_VALUE);
        }
        // the flow on the arcs that can meet the floor is a relaxation: its total bounds every assignment meeting it
        Solution relaxed = solveFlow(null, disabled);
        if (relaxed.gapUnits > base.gapUnits) {
            return new FloorOutcome(null, false, Long.MIN_VALUE);
        }
        if (meets(relaxed, floor)) {
            offer(relaxed);
            return new FloorOutcome(relaxed, true, relaxed.total);
        }
        Solution feasible = repair(relaxed, disabled, floor);
        if (feasible == null) {
            double[] weights = new double[ip.participantCount];
            Arrays.fill(weights, 1.0);
            Solution current = relaxed;
            long bestShortfall = shortfall(relaxed, floor);
            int stale = 0;
            for (int round = 1; round < WEIGHT_ROUNDS && stale < STALE_ROUNDS && !budget.exhausted()
                    && !budget.spentSince(mark, FLOOR_SHARE); round++) {
                for (int p = 0; p < ip.participantCount; p++) {
                    if (ip.demand[p] > 0 && current.participantTotals[p] < floor) {
                        weights[p] = Math.min(MAX_WEIGHT, weights[p] * 1.5 + 0.5);
                    }
                }
                current = solveFlow(weights, disabled);
                if (current.gapUnits > base.gapUnits) {
                    break;
                }
                if (meets(current, floor)) {
                    feasible = current;
                    break;
                }
                long shortfall = shortfall(current, floor);
                if (shortfall < bestShortfall) {
                    bestShortfall = shortfall;
                    stale = 0;
                } else {
                    stale++;
                }
                feasible = repair(current, disabled, floor);
                if (feasible != null) {
                    break;
                }
            }
        }
        if (feasible == null) {
            return new FloorOutcome(null, false, relaxed.total);
        }
        if (polish) {
            feasible = improveTotal(feasible, relaxed, disabled, floor);
        }
        offer(feasible);
        return new FloorOutcome(feasible, feasible.total == relaxed.total, relaxed.total);
    }

    /**
     * Raises the total of a solution meeting the floor: exact re-solve of the unprotected participants, then
     * exchange cycles, then local search and cycles again.
     */
    private Solution improveTotal(Solution feasible, Solution relaxed, boolean[] disabled, long floor) {
        Solution improvedSolution = fixAndFlow(feasible, relaxed, disabled, floor);
        improvedSolution = cancelCycles(improvedSolution, disabled, floor);
        if (!budget.exhausted()) {
            FloorLocalSearch search = new FloorLocalSearch(ip, disabled, floor, improvedSolution, random.split());
            Solution found = search.run(budget, POLISH_MOVES, POLISH_STALL);
            localMoves += search.evaluated();
            if (found != null && meets(found, floor) && found.gapUnits <= base.gapUnits
                    && found.total > improvedSolution.total) {
                improvedSolution = cancelCycles(found, disabled, floor);
            }
        }
        return improvedSolution;
    }

    /** Raises the total of the best solution at its own worst participant total; returns the relaxation bound. */
    private FloorOutcome polishBest() {
        long floor = best.worst;
        boolean[] disabled = prune(floor);
        Solution relaxed = solveFlow(null, disabled);
        if (meets(relaxed, floor) && relaxed.gapUnits <= base.gapUnits) {
            offer(relaxed);
            return new FloorOutcome(relaxed, true, relaxed.total);
        }
        Solution polished = improveTotal(best, relaxed, disabled, floor);
        offer(polished);
        return new FloorOutcome(polished, polished.total == relaxed.total, relaxed.total);
    }

    /** Local search from a solution below the floor; the repaired solution, or null when it stays below. */
    private Solution repair(Solution start, boolean[] disabled, long floor) {
        if (budget.exhausted()) {
            return null;
        }
        FloorLocalSearch search = new FloorLocalSearch(ip, disabled, floor, start, random.split());
        // effort grows with the instance: tiny problems must leave budget for the other floors
        long moves = Math.min(REPAIR_MOVES, 20L * ip.arcCount + 10_000);
        Solution found = search.run(budget, moves, moves / 5);
        localMoves += search.evaluated();
        return found != null && meets(found, floor) && found.gapUnits <= base.gapUnits ? found : null;
    }

    private int below(Solution solution, long floor) {
        int count = 0;
        for (int p = 0; p < ip.participantCount; p++) {
            if (ip.demand[p] > 0 && solution.participantTotals[p] < floor) {
                count++;
            }
        }
        return count;
    }

    private long shortfall(Solution solution, long floor) {
        long shortfall = 0;
        for (int p = 0; p < ip.participantCount; p++) {
            if (ip.demand[p] > 0 && solution.participantTotals[p] < floor) {
                shortfall += floor - solution.participantTotals[p];
            }
        }
        return shortfall;
    }

    /**
     * Re-solves everybody exactly except the participants that need protection, which keep their sets from the
     * feasible solution: first those below the floor in the relaxation, then whoever falls below it in a round.
     * The feasible solution is a candidate of every round, so each round's total is at least its total; after at
     * most {@link #FIX_ROUNDS} rounds (or when every participant is fixed) the feasible solution is kept.
     */
    private Solution fixAndFlow(Solution feasible, Solution relaxed, boolean[] disabled, long floor) {
        boolean[] fixed = new boolean[ip.participantCount];
        for (int p = 0; p < ip.participantCount; p++) {
            fixed[p] = ip.demand[p] > 0 && relaxed.participantTotals[p] < floor;
        }
        for (int round = 0; round < FIX_ROUNDS && !budget.exhausted(); round++) {
            boolean[] fixedDisabled = disabled.clone();
            for (int p = 0; p < ip.participantCount; p++) {
                if (fixed[p]) {
                    for (int a = ip.pStart[p]; a < ip.pStart[p + 1]; a++) {
                        fixedDisabled[a] = !feasible.assigned[a];
                    }
                }
            }
            Solution solution = solveFlow(null, fixedDisabled);
            if (solution.gapUnits > base.gapUnits) {
                return feasible;
            }
            boolean anyBelow = false;
            for (int p = 0; p < ip.participantCount; p++) {
                if (ip.demand[p] > 0 && solution.participantTotals[p] < floor) {
                    fixed[p] = true;
                    anyBelow = true;
                }
            }
            if (!anyBelow) {
                return solution.total > feasible.total ? solution : feasible;
            }
            // a few participants below the floor: local search usually lifts them at a small cost
            if (below(solution, floor) <= Math.max(3, ip.participantCount / 200) || round == FIX_ROUNDS - 1) {
                Solution repaired = repair(solution, disabled, floor);
                if (repaired != null) {
                    return repaired.total > feasible.total ? repaired : feasible;
                }
            }
        }
        return feasible;
    }

    private Solution cancelCycles(Solution solution, boolean[] disabled, long floor) {
        FloorCycleCanceler canceler = new FloorCycleCanceler(ip, disabled, floor, solution);
        cycles += canceler.run(budget);
        Solution improvedSolution = new Solution(ip, canceler.assigned);
        return improvedSolution.total > solution.total ? improvedSolution : solution;
    }

    private boolean meets(Solution solution, long floor) {
        for (int p = 0; p < ip.participantCount; p++) {
            if (ip.demand[p] > 0 && solution.participantTotals[p] < floor) {
                return false;
            }
        }
        return true;
    }

    /**
     * Disables every arc that cannot be part of any assignment meeting the floor: even with the participant's best
     * other arcs, its total would stay below. Returns null when some participant cannot reach the floor at all.
     */
    private boolean[] prune(long floor) {
        boolean[] disabled = new boolean[ip.arcCount];
        for (int p = 0; p < ip.participantCount; p++) {
            int d = ip.demand[p];
            if (d == 0) {
                continue;
            }
            if (topSum[p] < floor) {
                return null;
            }
            int from = ip.pStart[p];
            int degree = ip.pStart[p + 1] - from;
            if (degree < d) {
                continue;
            }
            long[] sorted = new long[degree];
            for (int i = 0; i < degree; i++) {
                sorted[i] = ip.arcScore[from + i];
            }
            Arrays.sort(sorted);
            // sorted ascending: the best d are the last d
            long bestOthers = topSum[p] - sorted[degree - d];
            long threshold = sorted[degree - d];
            for (int a = from; a < from + degree; a++) {
                long score = ip.arcScore[a];
                long bound = score >= threshold ? topSum[p] : score + bestOthers;
                if (bound < floor) {
                    disabled[a] = true;
                }
            }
        }
        return disabled;
    }

    /** Per participant, the sum of its {@code demand} best allowed scores (all of them when it has fewer). */
    private long[] topSums() {
        long[] sums = new long[ip.participantCount];
        for (int p = 0; p < ip.participantCount; p++) {
            int from = ip.pStart[p];
            int degree = ip.pStart[p + 1] - from;
            long[] sorted = Arrays.copyOfRange(ip.arcScore, from, from + degree);
            Arrays.sort(sorted);
            for (int i = 0; i < Math.min(ip.demand[p], degree); i++) {
                sums[p] += sorted[degree - 1 - i];
            }
        }
        return sums;
    }

    private Solution solveFlow(double[] weights, boolean[] disabled) {
        flow.solve(weights, disabled);
        flowSolves++;
        budget.charge(Budget.FLOW_SOLVE_MOVES);
        return new Solution(ip, flow.assigned);
    }

    private void offer(Solution solution) {
        if (solution.betterThan(best, true)) {
            best = solution;
            improved.accept(solution);
        }
    }
}
