package org.peermatch.core.io;

/**
 * One thing wrong in an input document, located precisely enough for a coordinator to find and fix it.
 *
 * <p>{@link #format()} gives the form printed to users:
 * <pre>
 * demo.json:12:18: $.members[3].competences[0].level: level 7 is out of range 1..5.
 *   Maybe use a level between 1 (notions) and 5 (expert).
 * </pre>
 *
 * @param file the file (or source name) the problem is in
 * @param line 1-based line, or 0 when the problem concerns the whole file (e.g. it cannot be read)
 * @param column 1-based column (in characters), or 0 with line 0
 * @param path where in the document, as a JSON path such as {@code $.members[3].needs[0].priority}; {@code $} is
 *        the whole document
 * @param message what is wrong, naming the offending value; one sentence, no stack trace
 * @param advice how to fix it, a sentence starting with {@code Maybe}, or null when there is no useful advice;
 *        advice given without the {@code Maybe} prefix gets it
 */
public record InputProblem(String file, int line, int column, String path, String message, String advice) {

    /** The word every advice starts with. */
    public static final String ADVICE_PREFIX = "Maybe ";

    /** The word every advice in French starts with (the workbook's problems in French). */
    public static final String FRENCH_ADVICE_PREFIX = "Peut-être ";

    public InputProblem {
        if (advice != null && !advice.startsWith(ADVICE_PREFIX) && !advice.startsWith(FRENCH_ADVICE_PREFIX)) {
            advice = ADVICE_PREFIX + advice;
        }
    }

    /**
     * @return {@code file:line:column: path: message}, then the advice on its own line indented by two spaces; a
     *         problem about the whole file (line 0) is {@code file: message} and its advice
     */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (line > 0 && path != null && !path.isEmpty()) {
            text.append(path).append(": ");
        }
        text.append(message);
        if (advice != null) {
            text.append("\n  ").append(advice);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
