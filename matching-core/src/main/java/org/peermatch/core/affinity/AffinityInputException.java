package org.peermatch.core.affinity;

import java.util.List;

/** The input files are invalid; carries every problem found, each located and with advice. */
public final class AffinityInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Problems listed in the message at most; {@link #problems()} has them all. */
    private static final int MAX_IN_MESSAGE = 50;

    private final transient List<InputProblem> problems;

    /** @param problems every problem found, at least one */
    public AffinityInputException(List<InputProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<InputProblem> problems) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(MAX_IN_MESSAGE, problems.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(problems.get(i));
        }
        if (problems.size() > shown) {
            text.append("\n(").append(problems.size() - shown).append(" more problems)");
        }
        return text.toString();
    }

    /** @return every problem found, in file then line order */
    public List<InputProblem> problems() {
        return problems;
    }
}
