package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Lagrangian bound of the configuration formulation at a node of {@link ExactMaxMin}: every free participant
 * takes one of its candidate sets (its {@code demand} open arcs whose scores reach the floor), and each resource's
 * load stays within its residual [lo, hi]. The load constraints are relaxed with a price λ_r per resource (any
 * sign), so that each participant independently takes its best set at these prices:
 *
 * <pre>
 *   bound(λ) = base + Σ_p max_S (w · score(S) − λ(S)) + Σ_r max(λ_r · hi_r, λ_r · lo_r)
 * </pre>
 *
 * <p>For every λ, every assignment of the node has an objective (w = 1: its total; w = 0: zero) at most bound(λ),
 * since its loads make the price terms at least what they cost. So bound(λ) below the target proves that no
 * assignment of the node reaches it: with w = 0 and target 0 that no assignment meets the floor at all. The prices
 * are searched by subgradient steps (Polyak's rule toward the target), but the bound is always evaluated with the
 * prices rounded to longs, in exact arithmetic, so a pruning is a proof whatever the search did. The same prices
 * fix sets by reduced cost: a set S of p with bound(λ) − best_p + value_p(S) below the target is in no assignment
 * reaching it, and is dropped from p's candidates (fewer children when branching).
 *
 * <p>The prices persist from one node to the next (a warm start: a child differs from its parent by one fixed
 * set). Deterministic: no randomness, a fixed iteration count.
 */
final class ConfigurationBound {

    /** Iterations without a better bound after which the step is halved, and how many halvings end the search. */
    private static final int STALL = 8;
    private static final int HALVINGS = 6;

    private final IndexedProblem ip;
    private final double[] price;
    private final long[] rounded;
    private final int[] count;
    /** Subgradient iterations so far, and set evaluations (the work, charged to the budget by the caller). */
    long iterations;
    long evaluations;

    ConfigurationBound(IndexedProblem ip) {
        this.ip = ip;
        this.price = new double[ip.resourceCount];
        this.rounded = new long[ip.resourceCount];
        this.count = new int[ip.resourceCount];
    }

    /**
     * Searches prices that prove the node cannot reach the target, then drops the sets fixed by reduced cost.
     *
     * @param sets per participant, its candidate sets (arcs); null for a participant that is not free. Entries are
     *        replaced by the sets kept when the node is not pruned
     * @param lo per resource, the least load the free participants must still bring
     * @param hi per resource, the most load the free participants may still bring
     * @param weight 1 to bound the total, 0 to decide whether any assignment exists
     * @param base the objective of the fixed part
     * @param target the least objective worth finding
     * @param maxIterations subgradient iterations at most
     * @return false when proven that no assignment of the node reaches the target
     */
    boolean mayReach(List<int[]>[] sets, int[] lo, int[] hi, int weight, long base, long target,
            int maxIterations) {
        long[][] values = new long[sets.length][];
        for (int p = 0; p < sets.length; p++) {
            if (sets[p] != null) {
                values[p] = new long[sets[p].size()];
                for (int i = 0; i < values[p].length; i++) {
                    long score = 0;
                    for (int a : sets[p].get(i)) {
                        score += ip.arcScore[a];
                    }
                    values[p][i] = weight * score;
                }
            }
        }
        // the bound is homogeneous in λ when w = 0: any positive scale of steps works, this one is the scores'
        double scaleTarget = weight == 0 ? ip.scale : 0;
        long bestBound = Long.MAX_VALUE;
        long[] bestPrices = null;
        double theta = 1.0;
        int stall = 0;
        int halvings = 0;
        int[] choice = new int[sets.length];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            iterations++;
            for (int r = 0; r < price.length; r++) {
                rounded[r] = Math.round(price[r]);
            }
            long bound = evaluate(sets, values, lo, hi, base, choice);
            if (bound < target) {
                return false;
            }
            if (bound < bestBound) {
                bestBound = bound;
                bestPrices = rounded.clone();
                stall = 0;
            } else if (++stall >= STALL) {
                stall = 0;
                theta /= 2;
                if (++halvings > HALVINGS) {
                    break;
                }
            }
            // subgradient of the bound: the loads' bound minus the loads taken
            double norm = 0;
            double[] gradient = new double[price.length];
            for (int r = 0; r < price.length; r++) {
                int limit = rounded[r] > 0 ? hi[r] : rounded[r] < 0 ? lo[r]
                        : Math.max(lo[r], Math.min(hi[r], count[r]));
                gradient[r] = limit - count[r];
                norm += gradient[r] * gradient[r];
            }
            if (norm == 0) {
                break; // the best sets at these prices fit every load: no better bound from here
            }
            double step = theta * (bound - target + 1 + scaleTarget) / norm;
            for (int r = 0; r < price.length; r++) {
                price[r] -= step * gradient[r];
            }
        }
        if (bestPrices != null) {
            System.arraycopy(bestPrices, 0, rounded, 0, rounded.length);
            for (int r = 0; r < price.length; r++) {
                price[r] = bestPrices[r];
            }
            fixByReducedCost(sets, values, lo, hi, base, target, choice);
        }
        return true;
    }

    /** The bound at the rounded prices, with each participant's best set in {@code choice} and loads in count. */
    private long evaluate(List<int[]>[] sets, long[][] values, int[] lo, int[] hi, long base, int[] choice) {
        Arrays.fill(count, 0);
        long bound = base;
        for (int r = 0; r < rounded.length; r++) {
            bound += Math.max(rounded[r] * hi[r], rounded[r] * lo[r]);
        }
        for (int p = 0; p < sets.length; p++) {
            if (sets[p] == null) {
                continue;
            }
            List<int[]> list = sets[p];
            long best = Long.MIN_VALUE;
            int bestIndex = -1;
            for (int i = 0; i < values[p].length; i++) {
                long value = values[p][i];
                for (int a : list.get(i)) {
                    value -= rounded[ip.arcResource[a]];
                }
                if (value > best) {
                    best = value;
                    bestIndex = i;
                }
            }
            evaluations += values[p].length;
            bound += best;
            choice[p] = bestIndex;
            for (int a : list.get(bestIndex)) {
                count[ip.arcResource[a]]++;
            }
        }
        return bound;
    }

    /** Drops every set whose reduced cost proves it is in no assignment reaching the target. */
    private void fixByReducedCost(List<int[]>[] sets, long[][] values, int[] lo, int[] hi, long base, long target,
            int[] choice) {
        long bound = evaluate(sets, values, lo, hi, base, choice);
        for (int p = 0; p < sets.length; p++) {
            if (sets[p] == null) {
                continue;
            }
            long[] reduced = new long[values[p].length];
            long best = Long.MIN_VALUE;
            for (int i = 0; i < reduced.length; i++) {
                long value = values[p][i];
                for (int a : sets[p].get(i)) {
                    value -= rounded[ip.arcResource[a]];
                }
                reduced[i] = value;
                best = Math.max(best, value);
            }
            List<int[]> kept = new ArrayList<>();
            for (int i = 0; i < reduced.length; i++) {
                if (bound - best + reduced[i] >= target) {
                    kept.add(sets[p].get(i));
                }
            }
            sets[p] = kept;
        }
    }
}
