package org.peermatch.cli;

/**
 * A failure to report to the user in plain words, without a stack trace: what went wrong, then advice on its own
 * line starting with "Maybe", and the exit status to end with.
 */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ExitCode exitCode;
    private final String advice;

    /**
     * @param exitCode the exit status to end with
     * @param message what went wrong, naming the value (may span several lines)
     * @param advice a sentence starting with "Maybe", or null
     */
    UserError(ExitCode exitCode, String message, String advice) {
        super(message);
        this.exitCode = exitCode;
        this.advice = advice;
    }

    /** Like {@link #UserError(ExitCode, String, String)}, keeping the cause for {@code --verbose}. */
    UserError(ExitCode exitCode, String message, String advice, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.advice = advice;
    }

    ExitCode exitCode() {
        return exitCode;
    }

    /** @return the advice line, or null */
    String advice() {
        return advice;
    }
}
