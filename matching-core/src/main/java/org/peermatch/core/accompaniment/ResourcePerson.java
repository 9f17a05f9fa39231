package org.peermatch.core.accompaniment;

import ai.timefold.solver.core.api.domain.common.PlanningId;

import org.peermatch.core.model.Member;

/**
 * A member offering individual accompaniment, with their capacities: a value of {@link NeedAssignment#getResource()}.
 */
public final class ResourcePerson {

    private final int index;
    private final Member member;
    private final int hoursCapacity;
    private final int participantsCapacity;

    /**
     * @param index position among the programme's resource persons, from 0
     * @param member the member
     * @param hoursCapacity hours offered
     * @param participantsCapacity participants offered
     */
    public ResourcePerson(int index, Member member, int hoursCapacity, int participantsCapacity) {
        this.index = index;
        this.member = member;
        this.hoursCapacity = hoursCapacity;
        this.participantsCapacity = participantsCapacity;
    }

    @PlanningId
    public String getId() {
        return member.id();
    }

    public int index() {
        return index;
    }

    public Member member() {
        return member;
    }

    public int hoursCapacity() {
        return hoursCapacity;
    }

    public int participantsCapacity() {
        return participantsCapacity;
    }

    @Override
    public String toString() {
        return member.id();
    }
}
