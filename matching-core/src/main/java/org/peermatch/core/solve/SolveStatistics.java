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
 */
public record SolveStatistics(Duration spent, long moveCount, long movesPerSecond, long seed,
        boolean terminatedEarly) {
}
