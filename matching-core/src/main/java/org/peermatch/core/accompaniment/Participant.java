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
 * <p>What the constraints read of a pair (conflict, missing half-days, common sector, novelty cost, preference) is
 * kept as one {@code long} for each resource person the participant may be given (a few hundred at most); the full
 * {@link PairFacts}, with names and dates for explanations, are computed again on demand by {@link #pairWith}.
 * Keeping {@code PairFacts} for every participant × resource person took gigabytes at 10,000 × 4,000.
 */
public final class Participant {

    private static final int RANK_BITS = 8;
    private static final int MISSING_BITS = 16;
    private static final long RANK_MASK = (1L << RANK_BITS) - 1;
    private static final long MISSING_MASK = (1L << MISSING_BITS) - 1;
    private static final int MISSING_SHIFT = RANK_BITS;
    private static final int SECTOR_BIT = MISSING_SHIFT + MISSING_BITS;
    private static final int CONFLICT_BIT = SECTOR_BIT + 1;
    private static final int COST_SHIFT = 32;

    private final Member member;
    private final int maxResourcePersons;
    private final int[] kept;
    private final long[] packed;
    private final PairFacts[] facts;
    private final Function<ResourcePerson, PairFacts> others;
    /** Meetings each kept pair's common availability can date (by kept position), or null: not limited. */
    private int[] datable;
    private int meetingHours = 1;

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
     * A participant with what the constraints read of some pairs, the full facts computed on demand.
     *
     * @param member the member
     * @param maxResourcePersons at most this many distinct resource persons
     * @param kept the {@link ResourcePerson#index() indices} of the resource persons whose pairs are kept,
     *        increasing: every resource person the participant may be given
     * @param facts the facts of those pairs, in the same order
     * @param others computes the facts of any pair (called again on every request to {@link #pairWith}), or null
     *        to keep the given facts whole (then only the kept pairs are known)
     * @throws IllegalArgumentException when the indices are not increasing or do not match the facts, or a fact is
     *         out of the compact range (novelty cost beyond 2³¹, rank beyond 255, missing half-days beyond 65,535)
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
        this.packed = new long[kept.length];
        for (int i = 0; i < kept.length; i++) {
            packed[i] = pack(member, facts.get(i));
        }
        this.facts = others == null ? facts.toArray(PairFacts[]::new) : null;
        this.others = others;
    }

    private static long pack(Member member, PairFacts facts) {
        if (facts.noveltyCost() < 0 || facts.noveltyCost() > Integer.MAX_VALUE
                || facts.preferenceRank() < 0 || facts.preferenceRank() > RANK_MASK
                || facts.missingHalfDays() > MISSING_MASK) {
            throw new IllegalArgumentException("The pair facts " + facts + " of participant " + member.id()
                    + " are out of the compact range.\nMaybe check the novelty model's costs.");
        }
        return facts.noveltyCost() << COST_SHIFT
                | (facts.conflicted() ? 1L << CONFLICT_BIT : 0)
                | (facts.sameSector() ? 1L << SECTOR_BIT : 0)
                | (long) facts.missingHalfDays() << MISSING_SHIFT
                | facts.preferenceRank();
    }

    private static int[] allIndices(int count) {
        int[] indices = new int[count];
        Arrays.setAll(indices, i -> i);
        return indices;
    }

    /**
     * Sets how many meetings each kept pair can date ({@link MeetingSpread}), in the order of the kept indices.
     *
     * @param datableByKept one count per kept resource person
     * @param hoursPerMeeting the length of a meeting
     */
    void limitMeetings(int[] datableByKept, int hoursPerMeeting) {
        this.datable = datableByKept.clone();
        this.meetingHours = Math.max(1, hoursPerMeeting);
    }

    /** @return how many meetings the pair's common availability can date; unlimited when not computed */
    public int datableMeetings(ResourcePerson resource) {
        int position = datable == null ? -1 : Arrays.binarySearch(kept, resource.index());
        return position < 0 ? Integer.MAX_VALUE : datable[position];
    }

    /** @return the meetings the hours call for, at the programme's meeting length */
    public int meetingsFor(int hours) {
        return (hours + meetingHours - 1) / meetingHours;
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
     * The full facts of a pair, for explanations: computed again on every call unless the participant was built
     * with whole facts. Constraints and the construction read the compact accessors instead ({@link #conflicted},
     * {@link #missingHalfDays}, {@link #sameSector}, {@link #noveltyCost}, {@link #preferencePoints}).
     *
     * @return the facts of pairing this participant with the resource person
     * @throws IllegalArgumentException when they are neither kept nor computable
     */
    public PairFacts pairWith(ResourcePerson resource) {
        if (others != null) {
            return others.apply(resource);
        }
        int at = Arrays.binarySearch(kept, resource.index());
        if (at < 0) {
            throw unknown(resource);
        }
        return facts[at];
    }

    /** @return whether the pair is a conflict of interest; see {@link PairFacts#conflicted()} */
    public boolean conflicted(ResourcePerson resource) {
        int at = Arrays.binarySearch(kept, resource.index());
        return at >= 0 ? (packed[at] & 1L << CONFLICT_BIT) != 0 : pairWith(resource).conflicted();
    }

    /** @return the half-days the pair misses; see {@link PairFacts#missingHalfDays()} */
    public int missingHalfDays(ResourcePerson resource) {
        int at = Arrays.binarySearch(kept, resource.index());
        return at >= 0 ? (int) (packed[at] >>> MISSING_SHIFT & MISSING_MASK) : pairWith(resource).missingHalfDays();
    }

    /** @return whether they work in a common sector; see {@link PairFacts#sameSector()} */
    public boolean sameSector(ResourcePerson resource) {
        int at = Arrays.binarySearch(kept, resource.index());
        return at >= 0 ? (packed[at] & 1L << SECTOR_BIT) != 0 : pairWith(resource).sameSector();
    }

    /** @return the novelty cost of the pair; see {@link PairFacts#noveltyCost()} */
    public long noveltyCost(ResourcePerson resource) {
        int at = Arrays.binarySearch(kept, resource.index());
        return at >= 0 ? packed[at] >>> COST_SHIFT : pairWith(resource).noveltyCost();
    }

    /** @return the resource person's rank in the participant's preferences, 0 when unranked */
    public int preferenceRank(ResourcePerson resource) {
        int at = Arrays.binarySearch(kept, resource.index());
        return at >= 0 ? (int) (packed[at] & RANK_MASK) : pairWith(resource).preferenceRank();
    }

    /** @return the points of the participant's ranking; see {@link PairFacts#preferencePoints()} */
    public int preferencePoints(ResourcePerson resource) {
        return PairFacts.preferencePoints(preferenceRank(resource));
    }

    private IllegalArgumentException unknown(ResourcePerson resource) {
        return new IllegalArgumentException("The participant " + member.id() + " has no pair facts with "
                + resource + " (index " + resource.index() + ").\nMaybe build the participant with them all.");
    }

    @Override
    public String toString() {
        return member.id();
    }
}
