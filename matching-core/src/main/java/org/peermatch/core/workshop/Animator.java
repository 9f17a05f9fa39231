package org.peermatch.core.workshop;

import java.util.BitSet;

import ai.timefold.solver.core.api.domain.common.PlanningId;

import org.peermatch.core.model.Member;

/** A member who offers to lead workshops (or led a kept one). Identity equality. */
public final class Animator {

    private final int index;
    private final Member member;
    private final boolean offers;
    private final int sessions;
    private final int limit;
    private final BitSet available;

    /**
     * @param index position among the plan's animators
     * @param member the member
     * @param offers whether they offer to animate workshops
     * @param sessions how many workshops they can lead
     * @param limit the most participants they accept in one workshop, 0 for no own limit
     * @param available the programme half-day numbers on which they are available
     */
    public Animator(int index, Member member, boolean offers, int sessions, int limit, BitSet available) {
        this.index = index;
        this.member = member;
        this.offers = offers;
        this.sessions = sessions;
        this.limit = limit;
        this.available = available;
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

    public boolean offers() {
        return offers;
    }

    public int sessions() {
        return sessions;
    }

    public int limit() {
        return limit;
    }

    /** @return whether they are available on the half-day */
    public boolean availableOn(int halfDayNumber) {
        return halfDayNumber >= 0 && available.get(halfDayNumber);
    }

    /** @return "Name (id)" */
    public String label() {
        return member.name() + " (" + member.id() + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
