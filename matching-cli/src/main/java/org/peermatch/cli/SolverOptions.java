package org.peermatch.cli;

import java.time.Duration;

import org.peermatch.core.model.SolverSettings;

import picocli.CommandLine.Option;

/** {@code --time-limit}, {@code --move-limit} and {@code --seed}: override the programme's {@code solver} settings. */
final class SolverOptions {

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = Durations.class)
    Duration timeLimit;

    @Option(names = "--move-limit", paramLabel = "N", converter = MoveLimits.class)
    Long moveLimit;

    @Option(names = "--seed", paramLabel = "N", converter = Seeds.class)
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
