package org.peermatch.core.groups;

import org.peermatch.core.text.Messages;

/**
 * One thing wrong with the input of rotating groups, located precisely enough to fix it.
 *
 * @param source the file as given by the user, or null for a parameter (size, rounds, people count)
 * @param line the 1-based line in {@code source}, or 0 when the problem is not on one line
 * @param field the column name in {@code source}, or the parameter name ({@code size}, {@code rounds},
 *        {@code people}) when {@code source} is null
 * @param message what is wrong, naming the value
 * @param advice how to fix it, starting with "Maybe"
 */
public record GroupsInputProblem(String source, int line, String field, String message, String advice) {

    /** @return e.g. {@code history.csv, line 4, column times: The value (x) is not a number.} then the advice */
    public String describe() {
        return describe(Messages.english());
    }

    /**
     * @param messages the language of the location's words (the message and advice are already in theirs)
     * @return e.g. {@code history.csv, line 4, column times: The value (x) is not a number.} then the advice
     */
    public String describe(Messages messages) {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source);
            if (line > 0) {
                text.append(messages.get("common.where.line", line));
            }
            if (field != null) {
                text.append(messages.get("common.where.column", field));
            }
        } else {
            text.append(field);
        }
        text.append(": ").append(message);
        if (advice != null && !advice.isBlank()) {
            text.append('\n').append(advice);
        }
        return text.toString();
    }
}
