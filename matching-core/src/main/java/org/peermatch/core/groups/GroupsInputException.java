package org.peermatch.core.groups;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input of rotating groups is invalid: carries every problem found, not only the first, so that the user can
 * fix them all at once.
 */
public final class GroupsInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<GroupsInputProblem> problems;

    /** @param problems at least one problem */
    public GroupsInputException(List<GroupsInputProblem> problems) {
        super(problems.stream().map(GroupsInputProblem::describe).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An input exception needs at least one problem.");
        }
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, in the order found (file by file, line by line) */
    public List<GroupsInputProblem> problems() {
        return problems;
    }
}
