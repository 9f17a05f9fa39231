package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact answers to the two questions of the lexicographic max–min, by branch and bound on participants' sets:
 * <ul>
 * <li>{@link #feasible(long)}: is there a complete assignment where every participant's total reaches a floor T?
 * (a solution, or null with {@link #complete} true as the proof that there is none);</li>
 * <li>{@link #bestTotal(long, Solution)}: the best total among complete assignments reaching T.</li>
 * </ul>
 *
 * <p>A participant's total is a sum of {@code demand} scores, so a floor is not a threshold on single pairs and a
 * flow alone cannot decide it. A node fixes the sets of some participants. Its relaxation is the min-cost flow
 * ({@link AssignmentFlow}) where a fixed participant may use only its set, resources full with fixed sets are
 * closed, and every other arc (p, r) is kept only if its score plus p's best {@code demand - 1} other open scores
 * reaches T (repeated to a fixpoint). Before the flow, every free participant's candidate sets ({@code demand}
 * open arcs whose scores sum to at least T) are listed and the node is priced by {@link ConfigurationBound}: the
 * Lagrangian bound of the set-partitioning formulation (each participant takes one candidate set, the resources'
 * loads are relaxed with a price each), evaluated in exact longs. A participant with no candidate set, or a bound
 * proving that no assignment reaches T (feasibility) or beats the incumbent's total (best total), prunes the
 * node; sets whose reduced cost proves them useless are dropped. Every complete assignment of the node reaching T
 * is a flow of the relaxation, so: no complete flow proves the node empty; a relaxed total not above the
 * incumbent's prunes it; a flow where every participant reaches T is the best of the node. Otherwise a
 * participant below T in the flow is branched on: one child per candidate set kept (the participant with the
 * fewest first, best sums first). The children partition the node's assignments reaching T and each excludes the
 * flow just found, so the search is complete and finite.
 *
 * <p>Preconditions: a complete assignment exists (the unrestricted flow routes every demand and every min load);
 * scores are the problem's scaled longs, so sums and comparisons are exact.
 *
 * <p>Complexity: each node costs one flow, O(D · (A + N log N)) for D demanded slots, A arcs and N nodes, plus
 * O(A log A) pruning, the enumeration of the free participants' candidate sets (each at most C(deg, demand);
 * above 200,000 in all the node is not priced) and up to 100 subgradient iterations over them. The number of
 * nodes is exponential in the worst case (with sums, deciding a floor is strongly NP-hard: 3-partition reduces to
 * it). Measured on the ten seeded 20 × 60 instances of {@code ExactMaxMinTest} (demand 3, loads 1–3, min loads
 * bind): the proof of the floor and of the total takes 0–50 nodes per instance and at most 4.6 million moves
 * (0.7 s); with the flow relaxation alone, seeds 2 and 8 were not proven after 56,000 nodes (60 million moves),
 * seed 10's total neither after 59,000, seed 3 needed 16,000. Every node charges the budget (a flow, and the
 * pricing's set evaluations); when the budget runs out, {@link #complete} is false and nothing is proven.
 */
final class ExactMaxMin {

    /** Candidate sets of one participant enumerated at the most per branching; more means branch elsewhere. */
    private static final int MAX_SETS = 200_000;
    /** Candidate sets of all free participants at the most for the configuration bound. */
    private static final int MAX_PRICED_SETS = 200_000;
    /** Subgradient iterations of the configuration bound per node. */
    private static final int PRICE_ITERATIONS = 100;
    /** Set evaluations of the configuration bound charged as one move. */
    private static final long EVALUATIONS_PER_MOVE = 16;
    /** Marks a node where some free participant has no candidate set. */
    @SuppressWarnings("rawtypes")
    private static final List[] EMPTY = new List[0];

    private final IndexedProblem ip;
    private final AssignmentFlow flow;
    private final ConfigurationBound bound;
    private final Budget budget;
    /** Per participant, its fixed arcs (null: free). */
    private final int[][] fixed;
    private final int[] usedByFixed;

    private long floor;
    private boolean wantTotal;
    private Solution incumbent;
    private boolean aborted;
    /** Whether the last search ran to its end, so that its answer is proven. */
    boolean complete;
    long nodes;
    long flowSolves;

    ExactMaxMin(IndexedProblem ip, Budget budget) {
        this.ip = ip;
        this.flow = new AssignmentFlow(ip);
        this.bound = new ConfigurationBound(ip);
        this.budget = budget;
        this.fixed = new int[ip.participantCount][];
        this.usedByFixed = new int[ip.resourceCount];
    }

    /** @return a complete assignment where every participant reaches {@code floor}, or null (proven when complete) */
    Solution feasible(long floor) {
        return search(floor, false, null);
    }

    /**
     * @param incumbent a complete assignment reaching the floor, or null
     * @return the complete assignment reaching {@code floor} with the best total (proven when complete); the
     *         incumbent when none is better
     */
    Solution bestTotal(long floor, Solution incumbent) {
        return search(floor, true, incumbent);
    }

    private Solution search(long newFloor, boolean total, Solution start) {
        floor = newFloor;
        wantTotal = total;
        incumbent = start;
        aborted = false;
        Arrays.fill(fixed, null);
        Arrays.fill(usedByFixed, 0);
        boolean done = node();
        complete = !aborted;
        return wantTotal || done ? incumbent : null;
    }

    /** @return true when the search may stop (a feasible assignment found in feasibility mode, or aborted) */
    private boolean node() {
        if (budget.exhausted()) {
            aborted = true;
            return true;
        }
        nodes++;
        boolean[] disabled = restrict();
        if (disabled == null) {
            return false;
        }
        List<int[]>[] sets = freeSets(disabled);
        if (sets == EMPTY) {
            return false;
        }
        if (sets != null) {
            if (!priced(sets)) {
                return false;
            }
            closeUnusedArcs(sets, disabled);
        }
        flow.solve(null, disabled);
        flowSolves++;
        budget.charge(Budget.FLOW_SOLVE_MOVES);
        Solution relaxed = new Solution(ip, flow.assigned);
        if (relaxed.gapUnits > 0 || (wantTotal && incumbent != null && relaxed.total <= incumbent.total)) {
            return false;
        }
        int branch = -1;
        List<int[]> branchSets = null;
        for (int p = 0; p < ip.participantCount; p++) {
            if (ip.demand[p] == 0 || fixed[p] != null || relaxed.participantTotals[p] >= floor) {
                continue;
            }
            int limit = branchSets == null ? MAX_SETS : branchSets.size() - 1;
            List<int[]> candidates = sets != null ? sets[p] : candidateSets(p, disabled, limit);
            if (candidates != null && (branchSets == null || candidates.size() < branchSets.size())) {
                branch = p;
                branchSets = candidates;
                if (candidates.isEmpty()) {
                    break;
                }
            }
        }
        if (branch < 0) {
            if (branchSets == null && !meets(relaxed)) {
                // every participant below the floor has too many sets to list: cannot branch
                aborted = true;
                return true;
            }
            incumbent = relaxed;
            return !wantTotal;
        }
        for (int[] set : branchSets) {
            fixed[branch] = set;
            for (int a : set) {
                usedByFixed[ip.arcResource[a]]++;
            }
            boolean stop = node();
            for (int a : set) {
                usedByFixed[ip.arcResource[a]]--;
            }
            fixed[branch] = null;
            if (stop) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every free participant's candidate sets; null when some participant has too many to list (no configuration
     * bound then), {@link #EMPTY} when some participant has none.
     */
    @SuppressWarnings("unchecked")
    private List<int[]>[] freeSets(boolean[] disabled) {
        List<int[]>[] sets = new List[ip.participantCount];
        long listed = 0;
        for (int p = 0; p < ip.participantCount; p++) {
            if (ip.demand[p] == 0 || fixed[p] != null) {
                continue;
            }
            sets[p] = candidateSets(p, disabled, (int) (MAX_PRICED_SETS - listed));
            if (sets[p] == null) {
                return null;
            }
            if (sets[p].isEmpty()) {
                return EMPTY;
            }
            listed += sets[p].size();
        }
        return sets;
    }

    /**
     * The configuration bound of the node ({@link ConfigurationBound}); drops the sets fixed by reduced cost.
     *
     * @return false when it proves that the node holds no assignment worth finding
     */
    private boolean priced(List<int[]>[] sets) {
        int[] lo = new int[ip.resourceCount];
        int[] hi = new int[ip.resourceCount];
        for (int r = 0; r < ip.resourceCount; r++) {
            lo[r] = Math.max(0, ip.minLoad[r] - usedByFixed[r]);
            hi[r] = ip.maxLoad[r] - usedByFixed[r];
        }
        boolean total = wantTotal && incumbent != null;
        long base = 0;
        if (total) {
            for (int p = 0; p < ip.participantCount; p++) {
                if (fixed[p] != null) {
                    base += sum(fixed[p]);
                }
            }
        }
        long before = bound.evaluations;
        boolean may = bound.mayReach(sets, lo, hi, total ? 1 : 0, base, total ? incumbent.total + 1 : 0,
                PRICE_ITERATIONS);
        budget.charge((bound.evaluations - before) / EVALUATIONS_PER_MOVE);
        return may;
    }

    /** Closes the arcs of free participants that no kept candidate set uses, which tightens the flow relaxation. */
    private void closeUnusedArcs(List<int[]>[] sets, boolean[] disabled) {
        for (int p = 0; p < ip.participantCount; p++) {
            if (sets[p] == null) {
                continue;
            }
            Arrays.fill(disabled, ip.pStart[p], ip.pStart[p + 1], true);
            for (int[] set : sets[p]) {
                for (int a : set) {
                    disabled[a] = false;
                }
            }
        }
    }

    private boolean meets(Solution solution) {
        for (int p = 0; p < ip.participantCount; p++) {
            if (ip.demand[p] > 0 && solution.participantTotals[p] < floor) {
                return false;
            }
        }
        return true;
    }

    /**
     * The arcs the node's relaxation may not use; null when some free participant cannot reach the floor or has
     * fewer open arcs than its demand.
     */
    private boolean[] restrict() {
        boolean[] disabled = new boolean[ip.arcCount];
        for (int p = 0; p < ip.participantCount; p++) {
            int from = ip.pStart[p];
            int to = ip.pStart[p + 1];
            if (fixed[p] != null) {
                Arrays.fill(disabled, from, to, true);
                for (int a : fixed[p]) {
                    disabled[a] = false;
                }
                continue;
            }
            int d = ip.demand[p];
            for (int a = from; a < to; a++) {
                int r = ip.arcResource[a];
                disabled[a] = usedByFixed[r] >= ip.maxLoad[r];
            }
            if (d == 0) {
                continue;
            }
            if (!pruneParticipant(from, to, d, disabled)) {
                return null;
            }
        }
        return disabled;
    }

    /** Closes the arcs of one participant that cannot reach the floor, to a fixpoint; false when it cannot at all. */
    private boolean pruneParticipant(int from, int to, int d, boolean[] disabled) {
        long[] open = new long[to - from];
        boolean changed = true;
        while (changed) {
            changed = false;
            int count = 0;
            for (int a = from; a < to; a++) {
                if (!disabled[a]) {
                    open[count++] = ip.arcScore[a];
                }
            }
            if (count < d) {
                return false;
            }
            Arrays.sort(open, 0, count);
            long topSum = 0;
            for (int i = count - d; i < count; i++) {
                topSum += open[i];
            }
            if (topSum < floor) {
                return false;
            }
            long threshold = open[count - d];
            long bestOthers = topSum - threshold;
            for (int a = from; a < to; a++) {
                if (!disabled[a] && ip.arcScore[a] < threshold && ip.arcScore[a] + bestOthers < floor) {
                    disabled[a] = true;
                    changed = true;
                }
            }
        }
        return true;
    }

    /**
     * The sets of {@code demand} open arcs of p whose scores reach the floor, best sums first; null when there are
     * more than {@code limit}.
     */
    private List<int[]> candidateSets(int p, boolean[] disabled, int limit) {
        int d = ip.demand[p];
        int[] open = new int[ip.pStart[p + 1] - ip.pStart[p]];
        int count = 0;
        for (int a = ip.pStart[p]; a < ip.pStart[p + 1]; a++) {
            if (!disabled[a]) {
                open[count++] = a;
            }
        }
        // open arcs by descending score, so that suffix bounds cut the enumeration
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = open[i];
        }
        Arrays.sort(order, (x, y) -> Long.compare(ip.arcScore[y], ip.arcScore[x]));
        int[] arcs = new int[count];
        for (int i = 0; i < count; i++) {
            arcs[i] = order[i];
        }
        List<int[]> sets = new ArrayList<>();
        if (!enumerate(arcs, d, 0, new int[d], 0, 0L, sets, limit)) {
            return null;
        }
        sets.sort((x, y) -> Long.compare(sum(y), sum(x)));
        return sets;
    }

    private boolean enumerate(int[] arcs, int d, int start, int[] current, int size, long sum, List<int[]> out,
            int limit) {
        if (size == d) {
            if (sum >= floor) {
                if (out.size() >= limit) {
                    return false;
                }
                out.add(current.clone());
            }
            return true;
        }
        int need = d - size;
        for (int i = start; i + need <= arcs.length; i++) {
            // best completion from here: this arc and the next need-1 (scores descending)
            long bound = sum;
            for (int j = i; j < i + need; j++) {
                bound += ip.arcScore[arcs[j]];
            }
            if (bound < floor) {
                return true;
            }
            current[size] = arcs[i];
            if (!enumerate(arcs, d, i + 1, current, size + 1, sum + ip.arcScore[arcs[i]], out, limit)) {
                return false;
            }
        }
        return true;
    }

    private long sum(int[] set) {
        long total = 0;
        for (int a : set) {
            total += ip.arcScore[a];
        }
        return total;
    }
}
