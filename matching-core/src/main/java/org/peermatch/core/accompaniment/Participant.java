package org.peermatch.core.accompaniment;

import java.util.List;

import org.peermatch.core.model.Member;
import org.peermatch.core.scoring.PairFacts;

/**
 * A member asking for individual accompaniment, with the facts of pairing them with each resource person
 * (precomputed once by {@link org.peermatch.core.scoring.PairScoring}).
 */
public final class Participant {

    private final Member member;
    private final int maxResourcePersons;
    private final List<PairFacts> pairs;

    /**
     * @param member the member
     * @param maxResourcePersons at most this many distinct resource persons
     * @param pairs the facts of pairing with each resource person, indexed by {@link ResourcePerson#index()}
     */
    public Participant(Member member, int maxResourcePersons, List<PairFacts> pairs) {
        this.member = member;
        this.maxResourcePersons = maxResourcePersons;
        this.pairs = List.copyOf(pairs);
    }

    public int maxResourcePersons() {
        return maxResourcePersons;
    }

    public String getId() {
        return member.id();
    }

    public Member member() {
        return member;
    }

    /** @return the facts of pairing this participant with the resource person */
    public PairFacts pairWith(ResourcePerson resource) {
        return pairs.get(resource.index());
    }

    @Override
    public String toString() {
        return member.id();
    }
}
