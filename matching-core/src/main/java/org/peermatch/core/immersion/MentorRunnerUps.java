package org.peermatch.core.immersion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.scoring.DecayingNovelty;

/**
 * The runners-up of each immersion day: the next best mentors the rules allow for the mentee (no conflict of
 * interest, more experience, a common sector when the programme requires one), and why the proposal did not choose
 * them. The pair value is what the soft constraints weigh for a pair ({@link ImmersionScoring}: objectives matched,
 * same sector, repeated interaction, distance), with the weights of the solve; the novelty is the programme's
 * history (pairs planned in other modes of the proposal are not counted here).
 *
 * <p>O(M) pair facts per {@link #of} call for M mentors; deterministic (ties keep document order).
 */
public final class MentorRunnerUps {

    /** Why a runner-up mentor was not chosen, as facts the report words. */
    public enum Reason {
        /** Every day the mentor offered is taken by another mentee. */
        NO_DAY_LEFT,
        /** Their profile matches fewer of the mentee's objectives. */
        FEWER_OBJECTIVES,
        /** No common sector, where the chosen mentor shares one. */
        NO_COMMON_SECTOR,
        /** They worked together before (a novelty cost). */
        WORKED_TOGETHER,
        /** They work farther from the mentee. */
        FARTHER,
        /** No single reason above: a lower pair value overall. */
        LOWER_VALUE,
        /** As good a pair value: the days and the plan as a whole decided. */
        EQUAL_VALUE
    }

    /**
     * A mentor the rules allow for a mentee, who was not chosen.
     *
     * @param mentor their member id
     * @param matched how many of the mentee's objectives their profile matches
     * @param chosenMatched how many the chosen mentor's profile matches
     * @param value the pair value (soft rewards minus penalties, weighted)
     * @param chosenValue the chosen pair's value
     * @param reasons why not chosen, most telling first; never empty
     */
    public record RunnerUp(String mentor, int matched, int chosenMatched, long value, long chosenValue,
            List<Reason> reasons) {
        public RunnerUp {
            reasons = List.copyOf(reasons);
        }
    }

    private final Programme programme;
    private final ImmersionScoring scoring;
    private final List<Member> mentors = new ArrayList<>();
    private final Map<String, Integer> daysTaken = new HashMap<>();
    private final Map<String, Long> weights = new HashMap<>();

    /**
     * @param programme the programme the proposal was solved from
     * @param proposal its immersion part
     */
    public MentorRunnerUps(Programme programme, ImmersionProposal proposal) {
        this.programme = programme;
        this.scoring = new ImmersionScoring(programme, DecayingNovelty.of(programme));
        for (Member member : programme.members()) {
            Offer offer = member.offer(Mode.IMMERSION);
            if (offer != null && offer.days() > 0) {
                mentors.add(member);
            }
        }
        for (ImmersionPairing pairing : proposal.pairings()) {
            daysTaken.merge(pairing.mentor(), 1, Integer::sum);
        }
        for (ConstraintScore constraint : proposal.constraints()) {
            weights.put(constraint.id(), constraint.weight());
        }
    }

    /**
     * @param pairing an immersion day of the proposal
     * @param count how many runners-up at most
     * @return the best allowed mentors other than the chosen one, best first, each with why not chosen; empty when
     *         nobody else is allowed or the programme does not know the pair
     */
    public List<RunnerUp> of(ImmersionPairing pairing, int count) {
        Member mentee = programme.member(pairing.mentee());
        Member chosen = programme.member(pairing.mentor());
        if (mentee == null || chosen == null) {
            return List.of();
        }
        ImmersionPairFacts chosenFacts = scoring.facts(mentee, chosen);
        long chosenValue = value(chosenFacts);
        record Candidate(Member mentor, ImmersionPairFacts facts, long value) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Member mentor : mentors) {
            if (mentor.id().equals(chosen.id()) || mentor.id().equals(mentee.id())) {
                continue;
            }
            ImmersionPairFacts facts = scoring.facts(mentee, mentor);
            boolean sectorMissing = programme.immersion().sameSectorRequired() && facts.commonSectors().isEmpty();
            if (facts.conflicted() || sectorMissing
                    || ImmersionScoring.experienceShortfall(facts.mentorYears(), facts.menteeYears()) > 0) {
                continue;
            }
            candidates.add(new Candidate(mentor, facts, value(facts)));
        }
        candidates.sort(Comparator.comparingLong(Candidate::value).reversed());
        List<RunnerUp> runnerUps = new ArrayList<>();
        for (Candidate candidate : candidates.subList(0, Math.min(count, candidates.size()))) {
            ImmersionPairFacts facts = candidate.facts();
            List<Reason> reasons = new ArrayList<>();
            if (daysTaken.getOrDefault(candidate.mentor().id(), 0) >= candidate.mentor().offer(Mode.IMMERSION).days()) {
                reasons.add(Reason.NO_DAY_LEFT);
            }
            if (facts.matchedObjectives().size() < chosenFacts.matchedObjectives().size()) {
                reasons.add(Reason.FEWER_OBJECTIVES);
            }
            if (facts.commonSectors().isEmpty() && !chosenFacts.commonSectors().isEmpty()) {
                reasons.add(Reason.NO_COMMON_SECTOR);
            }
            if (facts.noveltyCost() > chosenFacts.noveltyCost()) {
                reasons.add(Reason.WORKED_TOGETHER);
            }
            if (facts.kilometres() >= 0 && chosenFacts.kilometres() >= 0
                    && facts.kilometres() > chosenFacts.kilometres()) {
                reasons.add(Reason.FARTHER);
            }
            if (reasons.isEmpty()) {
                reasons.add(candidate.value() < chosenValue ? Reason.LOWER_VALUE : Reason.EQUAL_VALUE);
            }
            runnerUps.add(new RunnerUp(candidate.mentor().id(), facts.matchedObjectives().size(),
                    chosenFacts.matchedObjectives().size(), candidate.value(), chosenValue, reasons));
        }
        return runnerUps;
    }

    /** @return the soft value of the pair, with the weights of the solve */
    private long value(ImmersionPairFacts facts) {
        return facts.matchedObjectives().size() * weight(ImmersionConstraint.OBJECTIVES_MATCHED)
                + (facts.commonSectors().isEmpty() ? 0 : weight(ImmersionConstraint.MENTOR_SAME_SECTOR))
                - facts.noveltyCost() * weight(ImmersionConstraint.IMMERSION_REPEATED_INTERACTION)
                - Math.max(0, facts.kilometres()) * weight(ImmersionConstraint.TRAVEL_DISTANCE);
    }

    private long weight(ImmersionConstraint constraint) {
        return weights.getOrDefault(constraint.id(), constraint.definition().defaultWeight());
    }
}
