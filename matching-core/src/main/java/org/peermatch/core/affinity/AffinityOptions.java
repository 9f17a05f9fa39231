package org.peermatch.core.affinity;

import java.time.Duration;

/**
 * How to solve an affinity assignment.
 *
 * <p>{@link Fairness#NONE} is solved exactly and ignores the limits. {@link Fairness#MAXMIN} searches: it stops at
 * the first limit reached. Bounded by the move limit only (no time limit), the result depends only on the problem
 * and the seed.
 *
 * @param timeLimit stop the search after this time (null: no time limit)
 * @param moveLimit stop the search after this many evaluated moves and flow solves (null: no move limit)
 * @param seed the random seed of the local search
 * @param fairness what to optimise
 */
public record AffinityOptions(Duration timeLimit, Long moveLimit, long seed, Fairness fairness) {

    /** Total score, 30 seconds, seed 0. */
    public static final AffinityOptions DEFAULT = new AffinityOptions(Duration.ofSeconds(30), null, 0L, Fairness.NONE);

    /** Checks the limits. */
    public AffinityOptions {
        if (fairness == null) {
            throw new IllegalArgumentException("The fairness is missing.\nMaybe use Fairness.NONE.");
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("The time limit (" + timeLimit + ") is not positive.\n"
                    + "Maybe use a few seconds, e.g. 20s.");
        }
        if (moveLimit != null && moveLimit < 0) {
            throw new IllegalArgumentException("The move limit (" + moveLimit + ") is negative.\n"
                    + "Maybe use a positive number, e.g. 1000000.");
        }
    }

    /** @return a copy with another fairness */
    public AffinityOptions withFairness(Fairness newFairness) {
        return new AffinityOptions(timeLimit, moveLimit, seed, newFairness);
    }

    /** @return a copy with another time limit (null: none) */
    public AffinityOptions withTimeLimit(Duration newTimeLimit) {
        return new AffinityOptions(newTimeLimit, moveLimit, seed, fairness);
    }

    /** @return a copy with another move limit (null: none) */
    public AffinityOptions withMoveLimit(Long newMoveLimit) {
        return new AffinityOptions(timeLimit, newMoveLimit, seed, fairness);
    }

    /** @return a copy with another seed */
    public AffinityOptions withSeed(long newSeed) {
        return new AffinityOptions(timeLimit, moveLimit, newSeed, fairness);
    }
}
