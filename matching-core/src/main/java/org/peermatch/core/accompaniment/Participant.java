package org.peermatch.core.accompaniment;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.peermatch.core.model.Member;
import org.peermatch.core.scoring.PairFacts;

/**
 * A member asking for individual accompaniment, with the facts of pairing them with resource persons (computed by
 * {@link org.peermatch.core.scoring.PairScoring}).
 *
 * <p>The facts are kept for the resource persons the participant may be given (a few hundred at most), and
 * computed again on demand for any other, e.g. to explain why someone was not a candidate: keeping every
 * participant × resource person pair took gigabytes at 10,000 × 4,000.
 */
public final class Participant {

    private final Member member;
    private final int maxResourcePersons;
    private final int[] kept;
    private final PairFacts[] facts;
    private final Function<ResourcePerson, PairFacts> others;

    /**
     * A participant with the facts of every pair.
     *
     * @param member the member
     * @param maxResourcePersons at most this many distinct resource persons
     * @param pairs the facts of pairing with each resource person, indexed by {@link ResourcePerson#index()}
     */
    public Participant(Member member, int maxResourcePersons, List<PairFacts> pairs) {
        this(member, maxResourcePersons, allIndices(pairs.size()), pairs, null);
    }

    /**
     * A participant with the facts of some pairs, the others computed on demand.
     *
     * @param member the member
     * @param maxResourcePersons at most this many distinct resource persons
     * @param kept the {@link ResourcePerson#index() indices} of the resource persons whose pair facts are kept,
     *        increasing
     * @param facts the facts of those pairs, in the same order
     * @param others computes the facts of any other pair (called again on every request), or null when every pair
     *        is kept
     * @throws IllegalArgumentException when the indices are not increasing or do not match the facts
     */
    public Participant(Member member, int maxResourcePersons, int[] kept, List<PairFacts> facts,
            Function<ResourcePerson, PairFacts> others) {
        if (kept.length != facts.size()) {
            throw new IllegalArgumentException("The participant " + member.id() + " has " + kept.length
                    + " resource indices but " + facts.size() + " pair facts.\nMaybe pass one fact per index.");
        }
        for (int i = 1; i < kept.length; i++) {
            if (kept[i] <= kept[i - 1]) {
                throw new IllegalArgumentException("The resource indices of participant " + member.id()
                        + " are not increasing at " + kept[i] + ".\nMaybe sort them.");
            }
        }
        this.member = member;
        this.maxResourcePersons = maxResourcePersons;
        this.kept = kept.clone();
        this.facts = facts.toArray(PairFacts[]::new);
        this.others = others;
    }

    private static int[] allIndices(int count) {
        int[] indices = new int[count];
        Arrays.setAll(indices, i -> i);
        return indices;
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

    /**
     * @return the facts of pairing this participant with the resource person
     * @throws IllegalArgumentException when they are neither kept nor computable
     */
    public PairFacts pairWith(ResourcePerson resource) {
        int at = Arrays.binarySearch(kept, resource.index());
        if (at >= 0) {
            return facts[at];
        }
        if (others == null) {
            throw new IllegalArgumentException("The participant " + member.id() + " has no pair facts with "
                    + resource + " (index " + resource.index() + ").\nMaybe build the participant with them all.");
        }
        return others.apply(resource);
    }

    @Override
    public String toString() {
        return member.id();
    }
}
