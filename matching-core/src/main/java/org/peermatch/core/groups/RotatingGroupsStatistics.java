package org.peermatch.core.groups;

import java.time.Duration;

/**
 * How the search of rotating groups went.
 *
 * @param spent wall-clock time, construction included
 * @param moves swaps applied (tabu steps and perturbation swaps)
 * @param perturbations times the search restarted from the best plan with a few random swaps
 * @param restarts times the search restarted from a new greedy construction
 * @param bestFoundAtMove the move count when the returned plan was found (0: the construction itself)
 * @param constructionCost the score of the first construction, before any swap (novelty cost, plus
 *        {@code 2^40} per forbidden pair together)
 * @param designStart whether the first construction was an algebraic design (the transversal design or
 *        the cyclic one) rather than the greedy
 * @param seed the random seed used
 * @param termination why the search stopped
 * @param reproducible whether the search was bounded by moves only, so the same input and seed give the same plan
 */
public record RotatingGroupsStatistics(Duration spent, long moves, long perturbations, long restarts,
        long bestFoundAtMove, long constructionCost, boolean designStart, long seed, Termination termination, boolean reproducible) {
}
