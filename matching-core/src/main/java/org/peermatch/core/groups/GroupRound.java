package org.peermatch.core.groups;

import java.util.List;

/**
 * One round: every person in exactly one group.
 *
 * @param number 1-based
 * @param groups numbered from 1, ordered by their first member's position in the problem's people
 */
public record GroupRound(int number, List<Group> groups) {

    /** Copies. */
    public GroupRound {
        groups = List.copyOf(groups);
    }
}
