package org.peermatch.cli;

import java.io.PrintWriter;
import java.time.Duration;

import org.peermatch.core.solve.ProgressListener;

/**
 * Prints a line on stderr when the best score improves, at most one per {@link #MIN_INTERVAL} of solving time so
 * that a fast start does not flood the terminal: {@code   12.3s / 30s  best 0hard/-2medium/1450soft}.
 */
final class ProgressPrinter implements ProgressListener {

    /** The least solving time between two progress lines. */
    static final Duration MIN_INTERVAL = Duration.ofMillis(250);

    private final PrintWriter err;
    private final String limit;
    private Duration lastPrinted;

    /**
     * @param err where to print
     * @param timeLimit the time limit to show after the elapsed time, or null for none
     */
    ProgressPrinter(PrintWriter err, Duration timeLimit) {
        this.err = err;
        this.limit = timeLimit == null ? "" : " / " + Durations.format(timeLimit);
    }

    @Override
    public synchronized void bestScoreImproved(String score, Duration elapsed) {
        if (lastPrinted != null && elapsed.minus(lastPrinted).compareTo(MIN_INTERVAL) < 0) {
            return;
        }
        lastPrinted = elapsed;
        err.printf("  %5s%s  best %s%n", Durations.formatElapsed(elapsed), limit, score);
        err.flush();
    }
}
