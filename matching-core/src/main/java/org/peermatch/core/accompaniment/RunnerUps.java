package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;

/**
 * The runners-up of each pair of an accompaniment proposal: the next best resource persons the rules allow for the
 * same need, and why the proposal did not choose them. "Allowed" means competent at the programme's minimum level,
 * without a conflict of interest and with enough common availability; the pair value is what the soft constraints
 * weigh for one need ({@link PairScoring}: competence above the minimum, same sector, repeated interaction,
 * preferences, with the weights of the solve), so the committee reads what the solver weighed.
 *
 * <p>O(R) pair facts per {@link #of} call for R resource persons; deterministic (ties keep document order).
 */
public final class RunnerUps {

    /** Why a runner-up was not chosen, as facts the report words. */
    public enum Reason {
        /** A lower level on the need's topic than the chosen resource person. */
        LOWER_LEVEL,
        /** No common sector, where the chosen resource person shares one. */
        NO_COMMON_SECTOR,
        /** They worked together before (a novelty cost). */
        WORKED_TOGETHER,
        /** Ranked lower (or not at all) in the participant's preferences. */
        LESS_PREFERRED,
        /** Too few hours left of their offer to take the need. */
        NO_HOURS_LEFT,
        /** Already accompanies as many participants as offered. */
        NO_PLACE_LEFT,
        /** The participant already has the most resource persons allowed. */
        TOO_MANY_RESOURCE_PERSONS,
        /** No single reason above: a lower pair value overall. */
        LOWER_VALUE,
        /** As good a pair value: the plan as a whole (loads, people to meet) decided. */
        EQUAL_VALUE
    }

    /**
     * A resource person the rules allow for a covered need, who was not chosen.
     *
     * @param resource their member id
     * @param level their level on the need's topic
     * @param chosenLevel the chosen resource person's level
     * @param earlierInteractions how many times they worked with the participant before
     * @param hoursLeft hours of their offer not yet given in the proposal
     * @param value the pair value for this need (soft rewards minus penalties, weighted)
     * @param chosenValue the chosen pair's value for this need
     * @param reasons why not chosen, most telling first; never empty
     */
    public record RunnerUp(String resource, int level, int chosenLevel, int earlierInteractions, int hoursLeft,
            long value, long chosenValue, List<Reason> reasons) {
        public RunnerUp {
            reasons = List.copyOf(reasons);
        }
    }

    private final Programme programme;
    private final PairScoring scoring;
    private final List<Member> resources = new ArrayList<>();
    private final Map<String, Integer> hoursGiven = new HashMap<>();
    private final Map<String, Set<String>> participantsOf = new HashMap<>();
    private final Map<String, Set<String>> resourcesOf = new HashMap<>();
    private final Map<String, Long> weights = new HashMap<>();

    /**
     * @param programme the programme the proposal was solved from
     * @param proposal its accompaniment part
     */
    public RunnerUps(Programme programme, AccompanimentProposal proposal) {
        this.programme = programme;
        this.scoring = new PairScoring(programme);
        for (Member member : programme.members()) {
            if (member.offer(Mode.ACCOMPANIMENT) != null) {
                resources.add(member);
            }
        }
        for (Assignment assignment : proposal.assignments()) {
            hoursGiven.merge(assignment.resource(), assignment.hours(), Integer::sum);
            participantsOf.computeIfAbsent(assignment.resource(), r -> new LinkedHashSet<>())
                    .add(assignment.participant());
            resourcesOf.computeIfAbsent(assignment.participant(), p -> new LinkedHashSet<>())
                    .add(assignment.resource());
        }
        for (ConstraintScore constraint : proposal.constraints()) {
            weights.put(constraint.id(), constraint.weight());
        }
    }

    /**
     * @param assignment a covered need of the proposal
     * @param count how many runners-up at most
     * @return the best allowed resource persons other than the chosen one, best first, each with why not chosen;
     *         empty when nobody else is allowed or the programme does not know the pair
     */
    public List<RunnerUp> of(Assignment assignment, int count) {
        Member participant = programme.member(assignment.participant());
        Member chosen = programme.member(assignment.resource());
        Need need = participant == null ? null : need(participant, assignment.topic());
        if (need == null || chosen == null) {
            return List.of();
        }
        int minimum = programme.accompaniment().minimumLevel();
        PairFacts chosenFacts = scoring.facts(participant, chosen);
        int chosenLevel = chosen.levelOn(need.topic());
        long chosenValue = value(need, chosenLevel, chosenFacts);
        record Candidate(Member resource, PairFacts facts, int level, long value) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Member resource : resources) {
            int level = resource.levelOn(need.topic());
            if (resource.id().equals(chosen.id()) || resource.id().equals(participant.id()) || level < minimum) {
                continue;
            }
            PairFacts facts = scoring.facts(participant, resource);
            if (facts.conflicted() || facts.missingHalfDays() > 0) {
                continue;
            }
            candidates.add(new Candidate(resource, facts, level, value(need, level, facts)));
        }
        candidates.sort(Comparator.comparingLong(Candidate::value).reversed());
        List<RunnerUp> runnerUps = new ArrayList<>();
        for (Candidate candidate : candidates.subList(0, Math.min(count, candidates.size()))) {
            Member resource = candidate.resource();
            int hoursLeft = resource.offer(Mode.ACCOMPANIMENT).hours() - hoursGiven.getOrDefault(resource.id(), 0);
            List<Reason> reasons = new ArrayList<>();
            if (hoursLeft < need.hours()) {
                reasons.add(Reason.NO_HOURS_LEFT);
            }
            Set<String> accompanied = participantsOf.getOrDefault(resource.id(), Set.of());
            if (!accompanied.contains(participant.id())
                    && accompanied.size() >= resource.offer(Mode.ACCOMPANIMENT).participants()) {
                reasons.add(Reason.NO_PLACE_LEFT);
            }
            Set<String> met = resourcesOf.getOrDefault(participant.id(), Set.of());
            if (!met.contains(resource.id()) && met.size() >= programme.accompaniment().maxResourcePersons()) {
                reasons.add(Reason.TOO_MANY_RESOURCE_PERSONS);
            }
            if (candidate.level() < chosenLevel) {
                reasons.add(Reason.LOWER_LEVEL);
            }
            if (!candidate.facts().sameSector() && chosenFacts.sameSector()) {
                reasons.add(Reason.NO_COMMON_SECTOR);
            }
            if (candidate.facts().noveltyCost() > chosenFacts.noveltyCost()
                    && candidate.facts().earlierInteractions() > 0) {
                reasons.add(Reason.WORKED_TOGETHER);
            }
            if (candidate.facts().preferencePoints() < chosenFacts.preferencePoints()) {
                reasons.add(Reason.LESS_PREFERRED);
            }
            if (reasons.isEmpty()) {
                reasons.add(candidate.value() < chosenValue ? Reason.LOWER_VALUE : Reason.EQUAL_VALUE);
            }
            runnerUps.add(new RunnerUp(resource.id(), candidate.level(), chosenLevel,
                    candidate.facts().earlierInteractions(), Math.max(0, hoursLeft), candidate.value(), chosenValue,
                    reasons));
        }
        return runnerUps;
    }

    /** @return the soft value of this pair for this need, with the weights of the solve */
    private long value(Need need, int level, PairFacts facts) {
        int minimum = programme.accompaniment().minimumLevel();
        return PairScoring.competencePoints(level, minimum, need) * weight(AccompanimentConstraint.COMPETENCE_ABOVE_MINIMUM)
                + (facts.sameSector() ? weight(AccompanimentConstraint.SAME_SECTOR) : 0)
                - facts.noveltyCost() * weight(AccompanimentConstraint.REPEATED_INTERACTION)
                + facts.preferencePoints() * weight(AccompanimentConstraint.PREFERRED_RESOURCE_PERSON);
    }

    private long weight(AccompanimentConstraint constraint) {
        return weights.getOrDefault(constraint.id(), constraint.definition().defaultWeight());
    }

    private static Need need(Member participant, String topic) {
        for (Need need : participant.needs()) {
            if (need.topic().equals(topic)) {
                return need;
            }
        }
        return null;
    }
}
