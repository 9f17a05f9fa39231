package org.peermatch.core.affinity;

import java.time.Duration;

/**
 * How an affinity assignment was solved.
 *
 * @param spent wall-clock time spent solving
 * @param flowSolves how many min-cost flows were solved
 * @param moveCount how many local-search moves were evaluated
 * @param seed the random seed used
 * @param optimal whether the result is proven optimal for its fairness (for {@link Fairness#MAXMIN}: the worst
 *        participant total and, with that floor, the total)
 * @param totalUpperBound an upper bound on the total score of any assignment meeting the worst participant total
 *        of the result (for {@link Fairness#NONE}: the optimum itself)
 * @param worstUpperBound an upper bound on the worst participant total of any assignment
 * @param reproducible whether the search was bounded by moves only, so that the same input and seed give the
 *        same result
 */
public record AffinityStatistics(Duration spent, long flowSolves, long moveCount, long seed, boolean optimal,
        double totalUpperBound, double worstUpperBound, boolean reproducible) {
}
