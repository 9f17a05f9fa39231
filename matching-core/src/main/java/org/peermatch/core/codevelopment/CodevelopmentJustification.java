package org.peermatch.core.codevelopment;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a co-development constraint matched, in domain words.
 *
 * @param group the slot number of the group concerned, 0 when the match is about a member in no group
 * @param members the ids of the people concerned (empty when the match is about the whole group)
 * @param message the reason, e.g. "group 2 has 4 members, fewer than the minimum of 5"
 */
record CodevelopmentJustification(int group, List<String> members, String message)
        implements ConstraintJustification {

    public CodevelopmentJustification {
        members = List.copyOf(members);
    }

    static CodevelopmentJustification of(GroupSlot group, String message, String... members) {
        return new CodevelopmentJustification(group == null ? 0 : group.number(), List.of(members), message);
    }
}
