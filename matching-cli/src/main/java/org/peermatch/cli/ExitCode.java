package org.peermatch.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the {@code peer-match} command's exit status means; listed in every command's {@code --help}.
 */
public enum ExitCode {

    /** A proposal was written and the committee can take it as it is. */
    COMPLETE(0, "Solved: every hard rule met, every need covered."),
    /** A proposal was written but it leaves gaps, listed on stderr. */
    INCOMPLETE(1, "Solved with gaps: a need uncovered, a workshop not held, an essential need without a "
            + "workshop seat, a mentee unplaced, a member in no group, a session undated or a hard rule not met "
            + "(files written, gaps listed on stderr)."),
    /** Nothing was written: the programme document or the command line is wrong. */
    INVALID_INPUT(2, "Invalid input or usage: nothing written."),
    /** Something outside the input went wrong, e.g. an output file could not be written. */
    FAILED(3, "Failed: a file could not be written, or an unexpected error (try --verbose)."),
    /** Stopped by Ctrl-C while solving: the best proposal found so far was written. */
    INTERRUPTED(130, "Interrupted (Ctrl-C): the best proposal found so far written.");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** @return the process exit status */
    public int code() {
        return code;
    }

    /** @return what the status means, one sentence */
    public String meaning() {
        return meaning;
    }

    /** @return the status list shown by {@code --help}: status to meaning, in order */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode exitCode : values()) {
            list.put(String.format("%3d", exitCode.code), exitCode.meaning);
        }
        return list;
    }
}
