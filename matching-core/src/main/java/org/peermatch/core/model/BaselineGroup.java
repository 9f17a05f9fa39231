package org.peermatch.core.model;

import java.util.List;

/**
 * One co-development group of a published proposal.
 *
 * @param number the group's number in that proposal
 * @param members its members' ids, in the proposal's order
 */
public record BaselineGroup(int number, List<String> members) {

    public BaselineGroup {
        members = List.copyOf(members);
    }
}
