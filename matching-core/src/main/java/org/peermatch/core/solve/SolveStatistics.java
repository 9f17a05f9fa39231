package org.peermatch.core.solve;

import java.time.Duration;

/**
 * How the search went.
 *
 * @param spent wall-clock time spent solving
 * @param moveCount moves evaluated
 * @param movesPerSecond moves evaluated per second
 * @param seed the random seed used
 * @param terminatedEarly whether solving was interrupted (e.g. Ctrl-C) before its limit
 * @param reproducible whether the search was bounded by a move count only, so that the same input and seed give
 *        the same proposal; writers then leave out the wall-clock figures so that files are identical too
 */
public record SolveStatistics(Duration spent, long moveCount, long movesPerSecond, long seed,
        boolean terminatedEarly, boolean reproducible) {
}
