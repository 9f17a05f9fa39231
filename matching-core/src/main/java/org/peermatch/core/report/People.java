package org.peermatch.core.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.ResourceLoad;
import org.peermatch.core.accompaniment.UncoveredNeed;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.solve.Proposal;

/**
 * Looks members up by id and lists participants and resource persons in document order. Ids the proposal names but
 * the programme does not know are kept (after the known ones), so nothing in the proposal is ever hidden.
 */
final class People {

    private final Map<String, Member> byId = new LinkedHashMap<>();
    private final List<String> participants;
    private final List<String> resources;

    People(Proposal proposal, Programme programme) {
        for (Member member : programme.members()) {
            byId.putIfAbsent(member.id(), member);
        }
        Set<String> participantIds = new LinkedHashSet<>();
        Set<String> resourceIds = new LinkedHashSet<>();
        for (Member member : programme.members()) {
            if (member.requests(Mode.ACCOMPANIMENT)) {
                participantIds.add(member.id());
            }
            if (member.offer(Mode.ACCOMPANIMENT) != null) {
                resourceIds.add(member.id());
            }
        }
        for (Assignment assignment : proposal.accompaniment().assignments()) {
            participantIds.add(assignment.participant());
            resourceIds.add(assignment.resource());
        }
        for (UncoveredNeed need : proposal.accompaniment().uncovered()) {
            participantIds.add(need.participant());
        }
        for (ResourceLoad load : proposal.accompaniment().loads()) {
            resourceIds.add(load.resource());
        }
        participants = List.copyOf(participantIds);
        resources = List.copyOf(resourceIds);
    }

    /** @return the member with that id, or null when the programme does not know it */
    Member member(String id) {
        return byId.get(id);
    }

    /** @return the member's name, or null when the programme does not know the id */
    String name(String id) {
        Member member = byId.get(id);
        return member == null ? null : member.name();
    }

    /** @return the member's name, or the id itself when the programme does not know it */
    String displayName(String id) {
        String name = name(id);
        return name == null ? id : name;
    }

    /** @return the member's organization, or an empty string when unknown */
    String organization(String id) {
        Member member = byId.get(id);
        return member == null || member.organization() == null ? "" : member.organization();
    }

    /** @return accompaniment participants in document order, then any other participant the proposal names */
    List<String> participants() {
        return participants;
    }

    /** @return resource persons offering accompaniment in document order, then any other the proposal names */
    List<String> resources() {
        return resources;
    }
}
