package org.peermatch.core.immersion;

import java.util.BitSet;
import java.util.List;

import org.peermatch.core.model.Member;

/**
 * A member who asked for an immersion day: a problem fact holding the facts of their pair with every mentor.
 * Equality is identity (one instance per mentee).
 */
public final class Mentee {

    private final int index;
    private final Member member;
    private final BitSet fullDays;
    private final List<ImmersionPairFacts> pairs;

    /**
     * @param index position among the plan's mentees
     * @param member the member
     * @param fullDays the programme days (numbered from the start, weekdays only) on which the mentee is available
     *        for every half-day
     * @param pairs the facts of the pair with each mentor, by {@link Mentor#index()}
     */
    public Mentee(int index, Member member, BitSet fullDays, List<ImmersionPairFacts> pairs) {
        this.index = index;
        this.member = member;
        this.fullDays = (BitSet) fullDays.clone();
        this.pairs = List.copyOf(pairs);
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

    /** @return whether the mentee is available all day on that programme day number */
    public boolean availableOn(int dayNumber) {
        return dayNumber >= 0 && fullDays.get(dayNumber);
    }

    BitSet fullDays() {
        return (BitSet) fullDays.clone();
    }

    /** @return the facts of pairing this mentee with the mentor */
    public ImmersionPairFacts pairWith(Mentor mentor) {
        return pairs.get(mentor.index());
    }

    @Override
    public String toString() {
        return member.name() + " (" + member.id() + ")";
    }
}
