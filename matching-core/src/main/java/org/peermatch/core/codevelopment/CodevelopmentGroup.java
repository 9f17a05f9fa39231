package org.peermatch.core.codevelopment;

import java.util.List;

/**
 * A co-development group of the proposal.
 *
 * @param number the group's number, from 1, groups ordered by their first member in document order
 * @param members the members' ids, in document order
 * @param sessions the session plan: each member is client once
 * @param reasons why this group, in the committee's words: novelty of its pairs, sector mix, common time, client
 *        rotation and any session that could not be placed as intended
 */
public record CodevelopmentGroup(int number, List<String> members, List<CodevelopmentSession> sessions,
        List<String> reasons) {

    public CodevelopmentGroup {
        members = List.copyOf(members);
        sessions = List.copyOf(sessions);
        reasons = List.copyOf(reasons);
    }
}
