package org.peermatch.core.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An input document cannot be used: it holds every problem found, not only the first, sorted by line then column
 * (problems about the whole file, on line 0, first; ties keep the order they were found in).
 *
 * <p>{@link #getMessage()} is every problem {@linkplain InputProblem#format() formatted}, one block each, separated
 * by a line break: print it as is.
 */
public final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private static final Comparator<InputProblem> BY_LOCATION =
            Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column);

    private final transient List<InputProblem> problems;

    /**
     * @param problems what is wrong, at least one
     * @throws IllegalArgumentException when there is no problem
     */
    public InvalidInputException(List<InputProblem> problems) {
        super(format(sorted(problems)));
        this.problems = sorted(problems);
    }

    /** @return every problem, sorted by line then column */
    public List<InputProblem> problems() {
        return problems;
    }

    private static List<InputProblem> sorted(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input has at least one problem.");
        }
        List<InputProblem> sorted = new ArrayList<>(problems);
        sorted.sort(BY_LOCATION);
        return List.copyOf(sorted);
    }

    private static String format(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::format).collect(Collectors.joining("\n"));
    }
}
