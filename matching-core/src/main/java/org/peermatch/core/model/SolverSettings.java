package org.peermatch.core.model;

import java.time.Duration;

/**
 * How long and how to search. At least one limit must be set; with a move-count limit the result depends only on
 * the input and the seed.
 *
 * @param timeLimit stop after this time (null: no time limit)
 * @param unimprovedTimeLimit stop when the best score has not improved for this long (null: none)
 * @param moveCountLimit stop after evaluating this many moves (null: none); makes runs reproducible
 * @param seed the random seed
 */
public record SolverSettings(Duration timeLimit, Duration unimprovedTimeLimit, Long moveCountLimit, long seed) {

    /**
     * The defaults: 30 seconds, or 10 seconds without a better score (a small programme does not wait out the whole
     * limit once its search has stopped improving), seed 0.
     */
    public static final SolverSettings DEFAULT = new SolverSettings(Duration.ofSeconds(30), Duration.ofSeconds(10),
            null, 0L);

    /** @return a copy with another time limit */
    public SolverSettings withTimeLimit(Duration newTimeLimit) {
        return new SolverSettings(newTimeLimit, unimprovedTimeLimit, moveCountLimit, seed);
    }

    /** @return a copy with another unimproved time limit */
    public SolverSettings withUnimprovedTimeLimit(Duration newLimit) {
        return new SolverSettings(timeLimit, newLimit, moveCountLimit, seed);
    }

    /** @return a copy with another move-count limit */
    public SolverSettings withMoveCountLimit(Long newMoveCountLimit) {
        return new SolverSettings(timeLimit, unimprovedTimeLimit, newMoveCountLimit, seed);
    }

    /** @return a copy with another seed */
    public SolverSettings withSeed(long newSeed) {
        return new SolverSettings(timeLimit, unimprovedTimeLimit, moveCountLimit, newSeed);
    }
}
