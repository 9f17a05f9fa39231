package org.peermatch.cli;

import java.time.Duration;

import org.peermatch.core.model.SolverSettings;

import picocli.CommandLine.Option;

/** {@code --time-limit}, {@code --move-limit} and {@code --seed}: override the programme's {@code solver} settings. */
final class SolverOptions {

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = Durations.class,
            description = "Stop searching after this time: 30s, 2m, 1h30m, 500ms or PT30S "
                    + "(default: the programme's solver.timeLimit, else 30s).")
    Duration timeLimit;

    @Option(names = "--move-limit", paramLabel = "N", converter = MoveLimits.class,
            description = "Stop after evaluating N moves. Without --time-limit, the time limits are dropped "
                    + "so that the same programme and seed give the same files (reproducible).")
    Long moveLimit;

    @Option(names = "--seed", paramLabel = "N", converter = Seeds.class,
            description = "The random seed (default: the programme's solver.seed, else 0).")
    Long seed;

    /** @return the programme's settings with these options applied */
    SolverSettings apply(SolverSettings settings) {
        SolverSettings result = settings;
        if (timeLimit != null) {
            result = result.withTimeLimit(timeLimit);
        }
        if (moveLimit != null) {
            result = result.withMoveCountLimit(moveLimit);
            if (timeLimit == null) {
                // A move-count limit alone makes the run reproducible (PeerMatch.isReproducible).
                result = result.withTimeLimit(null).withUnimprovedTimeLimit(null);
            }
        }
        if (seed != null) {
            result = result.withSeed(seed);
        }
        return result;
    }
}
