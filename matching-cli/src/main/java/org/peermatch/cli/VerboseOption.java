package org.peermatch.cli;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import picocli.CommandLine.Option;

/**
 * {@code -v/--verbose}: solver logs on stderr and, on an unexpected failure, its details. Logback's
 * {@code logback.xml} keeps everything at WARN otherwise.
 */
final class VerboseOption {

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    /** Sets the log levels for this run (they are global: set them on every run, verbose or not). */
    void applyToLogging() {
        level("ai.timefold", verbose ? Level.INFO : Level.WARN);
        level("org.peermatch", verbose ? Level.DEBUG : Level.WARN);
    }

    private static void level(String loggerName, Level level) {
        if (LoggerFactory.getLogger(loggerName) instanceof Logger logger) {
            logger.setLevel(level);
        }
    }
}
