package org.peermatch.core.groups;

import java.util.List;

/**
 * One group (table) of one round.
 *
 * @param number 1-based within its round
 * @param people the members, in the order of the problem's people
 */
public record Group(int number, List<String> people) {

    /** Copies. */
    public Group {
        people = List.copyOf(people);
    }
}
