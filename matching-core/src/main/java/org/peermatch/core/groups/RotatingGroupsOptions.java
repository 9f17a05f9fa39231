package org.peermatch.core.groups;

import java.time.Duration;

/**
 * How long and how to search. The search always stops as soon as no pair meets twice and no forbidden pair meets
 * (nothing left to improve); otherwise at the first limit reached.
 *
 * <p>Reproducibility: with a move limit and no time limit, the same problem and seed give the same plan, on any
 * machine. A time limit makes the result depend on the machine's speed.
 *
 * @param timeLimit wall-clock limit of the search, or null for none
 * @param moveLimit the most swaps the search applies (tabu steps and perturbation swaps), or 0 for none
 * @param seed the random seed (tie-breaking, tabu tenures, perturbations)
 */
public record RotatingGroupsOptions(Duration timeLimit, long moveLimit, long seed) {

    /** Checks that the search is bounded. */
    public RotatingGroupsOptions {
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("The time limit (" + timeLimit + ") is not positive.\n"
                    + "Maybe give a duration such as 30s, or leave it out and give a move limit.");
        }
        if (moveLimit < 0) {
            throw new IllegalArgumentException("The move limit (" + moveLimit + ") is negative.\n"
                    + "Maybe give a positive number of moves, or 0 for no move limit.");
        }
        if (timeLimit == null && moveLimit == 0) {
            throw new IllegalArgumentException("The search has neither a time limit nor a move limit.\n"
                    + "Maybe give a time limit (e.g. 30s) or a move limit (e.g. 1000000).");
        }
    }

    /** @return a time-limited search with seed 0 */
    public static RotatingGroupsOptions ofTimeLimit(Duration timeLimit) {
        return new RotatingGroupsOptions(timeLimit, 0, 0);
    }

    /** @return a move-limited, reproducible search with seed 0 */
    public static RotatingGroupsOptions ofMoveLimit(long moveLimit) {
        return new RotatingGroupsOptions(null, moveLimit, 0);
    }

    /** @return a copy with this seed */
    public RotatingGroupsOptions withSeed(long newSeed) {
        return new RotatingGroupsOptions(timeLimit, moveLimit, newSeed);
    }

    /** @return a copy with this time limit (null for none) */
    public RotatingGroupsOptions withTimeLimit(Duration newTimeLimit) {
        return new RotatingGroupsOptions(newTimeLimit, moveLimit, seed);
    }

    /** @return a copy with this move limit (0 for none) */
    public RotatingGroupsOptions withMoveLimit(long newMoveLimit) {
        return new RotatingGroupsOptions(timeLimit, newMoveLimit, seed);
    }

    /** @return whether the result depends only on the problem and the seed (no time limit) */
    public boolean reproducible() {
        return timeLimit == null;
    }
}
