package org.peermatch.cli;

import java.io.PrintWriter;
import java.time.Duration;

import org.peermatch.core.solve.ProgressListener;
import org.peermatch.core.text.Messages;

/**
 * Prints a line on stderr when the best score improves, at most one per {@link #MIN_INTERVAL} of solving time so
 * that a fast start does not flood the terminal: {@code   12.3s / 30s  best 0hard/-2medium/1450soft}.
 */
final class ProgressPrinter implements ProgressListener {

    /** The least solving time between two progress lines. */
    static final Duration MIN_INTERVAL = Duration.ofMillis(250);

    private final PrintWriter err;
    private final Messages messages;
    private final String limit;
    private Duration lastPrinted;

    /**
     * @param err where to print
     * @param timeLimit the time limit to show after the elapsed time, or null for none
     * @param messages the language of the lines
     */
    ProgressPrinter(PrintWriter err, Duration timeLimit, Messages messages) {
        this.err = err;
        this.messages = messages;
        this.limit = timeLimit == null ? "" : " / " + Durations.format(timeLimit);
    }

    @Override
    public synchronized void bestScoreImproved(String score, Duration elapsed) {
        if (lastPrinted != null && elapsed.minus(lastPrinted).compareTo(MIN_INTERVAL) < 0) {
            return;
        }
        lastPrinted = elapsed;
        err.printf("  %5s%s  %s%n", Durations.formatElapsed(elapsed), limit, messages.get("cli.progress.best", score));
        err.flush();
    }
}
