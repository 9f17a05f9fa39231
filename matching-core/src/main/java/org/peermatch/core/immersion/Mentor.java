package org.peermatch.core.immersion;

import java.util.BitSet;

import org.peermatch.core.model.Member;

/**
 * A member who offers immersion days: a problem fact. Equality is identity (one instance per mentor).
 */
public final class Mentor {

    private final int index;
    private final Member member;
    private final int days;
    private final BitSet fullDays;

    /**
     * @param index position among the plan's mentors, the index of {@link Mentee#pairWith}
     * @param member the member
     * @param days the days offered: at most one mentee per day, at most this many mentees
     * @param fullDays the programme days (numbered from the start, weekdays only) on which the mentor is available
     *        for every half-day
     */
    public Mentor(int index, Member member, int days, BitSet fullDays) {
        this.index = index;
        this.member = member;
        this.days = days;
        this.fullDays = (BitSet) fullDays.clone();
    }

    public int index() {
        return index;
    }

    public Member member() {
        return member;
    }

    public String getId() {
        return member.id();
    }

    /** @return the days offered */
    public int days() {
        return days;
    }

    /** @return whether the mentor is available all day on that programme day number */
    public boolean availableOn(int dayNumber) {
        return dayNumber >= 0 && fullDays.get(dayNumber);
    }

    BitSet fullDays() {
        return (BitSet) fullDays.clone();
    }

    @Override
    public String toString() {
        return member.name() + " (" + member.id() + ")";
    }
}
