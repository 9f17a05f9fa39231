package org.peermatch.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.peermatch.core.text.Messages;

/**
 * What the {@code peer-match} command's exit status means; listed in every command's {@code --help}.
 */
public enum ExitCode {

    /** A proposal was written and the committee can take it as it is. */
    COMPLETE(0),
    /** A proposal was written but it leaves gaps, listed on stderr. */
    INCOMPLETE(1),
    /** Nothing was written: the programme document or the command line is wrong. */
    INVALID_INPUT(2),
    /** Something outside the input went wrong, e.g. an output file could not be written. */
    FAILED(3),
    /** Stopped by Ctrl-C while solving: the best proposal found so far was written. */
    INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** @return the process exit status */
    public int code() {
        return code;
    }

    /** @return what the status means, one sentence, in the messages' language */
    public String meaning(Messages messages) {
        return messages.get("cli.exit." + code);
    }

    /** @return the status list shown by {@code --help}: status to meaning, in order */
    static Map<String, String> helpList(Messages messages) {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode exitCode : values()) {
            list.put(String.format("%3d", exitCode.code), exitCode.meaning(messages));
        }
        return list;
    }
}
