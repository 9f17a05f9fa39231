package org.peermatch.core.affinity;

import org.peermatch.core.text.Messages;

/**
 * One thing wrong in the input files, located so that a person can fix it.
 *
 * @param file the file (or option) concerned, as given
 * @param line the 1-based line, or 0 for the file as a whole
 * @param column the column concerned (empty when none)
 * @param message what is wrong, naming the value
 * @param advice how to fix it, a line starting with {@code Maybe}
 */
public record InputProblem(String file, long line, String column, String message, String advice) {

    /** @return e.g. {@code scores.csv, line 4, column score: The score (abc) is not a number.} then the advice */
    @Override
    public String toString() {
        return describe(Messages.english());
    }

    /**
     * @param messages the language of the location's words (the message and advice are already in theirs)
     * @return e.g. {@code scores.csv, ligne 4, colonne score: …} then the advice
     */
    public String describe(Messages messages) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(messages.get("common.where.line", line));
        }
        if (!column.isEmpty()) {
            text.append(messages.get("common.where.column", column));
        }
        return text.append(": ").append(message).append('\n').append(advice).toString();
    }
}
