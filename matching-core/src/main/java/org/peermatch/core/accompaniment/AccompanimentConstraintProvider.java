package org.peermatch.core.accompaniment;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;

/**
 * The rules of individual accompaniment. Ids and default weights come from {@link AccompanimentConstraint}; the
 * match weights come from {@link PairScoring}, which the explanations use too.
 */
public class AccompanimentConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                competenceTooLow(factory),
                resourceHoursExceeded(factory),
                resourceParticipantsExceeded(factory),
                conflictOfInterest(factory),
                tooLittleCommonAvailability(factory),
                meetingsCannotBeDated(factory),
                pinnedPairMissing(factory),
                tooManyResourcePersons(factory),
                baselineChangesExceeded(factory),
                needUncovered(factory),
                competenceAboveMinimum(factory),
                sameSector(factory),
                repeatedInteraction(factory),
                severalResourcePersons(factory),
                unbalancedLoad(factory),
                worstOffParticipant(factory),
                preferredResourcePerson(factory),
                keepBaselinePair(factory),
                alternativePairReused(factory)
        };
    }

    // Hard: a resource person only covers topics they master at the programme's minimum level.
    Constraint competenceTooLow(ConstraintFactory factory) {
        return covered(factory)
                .filter(a -> a.level() < a.getMinimumLevel())
                .penalize(weight(AccompanimentConstraint.COMPETENCE_TOO_LOW),
                        a -> PairScoring.levelShortfall(a.level(), a.getMinimumLevel()))
                .justifyWith((a, score) -> AccompanimentJustification.ofNeed(a,
                        a.getResource() + " covers " + a.getNeed().topic() + " at level " + a.level()
                                + ", below the minimum " + a.getMinimumLevel()))
                .asConstraint(AccompanimentConstraint.COMPETENCE_TOO_LOW.id());
    }

    // Hard: nobody gives more hours than they offered.
    Constraint resourceHoursExceeded(ConstraintFactory factory) {
        return covered(factory)
                .groupBy(NeedAssignment::getResource, sum(NeedAssignment::hours))
                .filter((resource, hours) -> hours > resource.hoursCapacity())
                .penalize(weight(AccompanimentConstraint.RESOURCE_HOURS_EXCEEDED),
                        (resource, hours) -> hours - resource.hoursCapacity())
                .justifyWith((resource, hours, score) -> AccompanimentJustification.of(
                        resource + " is given " + hours + " hours but offers " + resource.hoursCapacity(),
                        resource.getId()))
                .asConstraint(AccompanimentConstraint.RESOURCE_HOURS_EXCEEDED.id());
    }

    // Hard: nobody accompanies more participants than they offered.
    Constraint resourceParticipantsExceeded(ConstraintFactory factory) {
        return covered(factory)
                .groupBy(NeedAssignment::getResource, countDistinct(NeedAssignment::getParticipant))
                .filter((resource, count) -> count > resource.participantsCapacity())
                .penalize(weight(AccompanimentConstraint.RESOURCE_PARTICIPANTS_EXCEEDED),
                        (resource, count) -> count - resource.participantsCapacity())
                .justifyWith((resource, count, score) -> AccompanimentJustification.of(
                        resource + " accompanies " + count + " participants but offers "
                                + resource.participantsCapacity(),
                        resource.getId()))
                .asConstraint(AccompanimentConstraint.RESOURCE_PARTICIPANTS_EXCEEDED.id());
    }

    // Hard: no pair from one organization, with a declared conflict, forbidden by the committee, or of one person.
    Constraint conflictOfInterest(ConstraintFactory factory) {
        return pairs(factory)
                .filter(Participant::conflicted)
                .penalize(weight(AccompanimentConstraint.CONFLICT_OF_INTEREST))
                .justifyWith((participant, resource, score) -> AccompanimentJustification.of(
                        participant + " and " + resource + " " + participant.pairWith(resource).conflict(),
                        participant.getId(), resource.getId()))
                .asConstraint(AccompanimentConstraint.CONFLICT_OF_INTEREST.id());
    }

    // Hard: a pair must be able to meet regularly.
    Constraint tooLittleCommonAvailability(ConstraintFactory factory) {
        return pairs(factory)
                .filter((participant, resource) -> participant.missingHalfDays(resource) > 0)
                .penalize(weight(AccompanimentConstraint.TOO_LITTLE_COMMON_AVAILABILITY),
                        Participant::missingHalfDays)
                .justifyWith((participant, resource, score) -> AccompanimentJustification.of(
                        participant + " and " + resource + " share "
                                + participant.pairWith(resource).commonHalfDays() + " available half-days, "
                                + participant.pairWith(resource).requiredHalfDays() + " needed",
                        participant.getId(), resource.getId()))
                .asConstraint(AccompanimentConstraint.TOO_LITTLE_COMMON_AVAILABILITY.id());
    }

    // Hard: a pair's common half-days spread far enough apart to date every meeting its hours call for.
    Constraint meetingsCannotBeDated(ConstraintFactory factory) {
        return covered(factory)
                .groupBy(NeedAssignment::getParticipant, NeedAssignment::getResource, sum(NeedAssignment::hours))
                .filter((participant, resource, hours) -> missingMeetings(participant, resource, hours) > 0)
                .penalize(weight(AccompanimentConstraint.MEETINGS_CANNOT_BE_DATED),
                        AccompanimentConstraintProvider::missingMeetings)
                .justifyWith((participant, resource, hours, score) -> AccompanimentJustification.of(
                        participant + " and " + resource + " need " + participant.meetingsFor((int) (long) hours)
                                + " meetings for " + hours + " hours, their common half-days date only "
                                + participant.datableMeetings(resource),
                        participant.getId(), resource.getId()))
                .asConstraint(AccompanimentConstraint.MEETINGS_CANNOT_BE_DATED.id());
    }

    private static long missingMeetings(Participant participant, ResourcePerson resource, long hours) {
        return Math.max(0, participant.meetingsFor((int) hours) - participant.datableMeetings(resource));
    }

    // Hard: the committee's pinned pairs are kept.
    Constraint pinnedPairMissing(ConstraintFactory factory) {
        return factory.forEach(PinnedPairFact.class)
                .ifNotExists(covered(factory),
                        Joiners.equal(PinnedPairFact::participant, NeedAssignment::getParticipant),
                        Joiners.equal(PinnedPairFact::resource, NeedAssignment::getResource))
                .penalize(weight(AccompanimentConstraint.PINNED_PAIR_MISSING))
                .justifyWith((pin, score) -> AccompanimentJustification.of(
                        "the committee pinned " + pin.participant() + " with " + pin.resource()
                                + " but they are not paired",
                        pin.participant().getId(), pin.resource().getId()))
                .asConstraint(AccompanimentConstraint.PINNED_PAIR_MISSING.id());
    }

    // Hard: a participant meets at most the programme's number of resource persons.
    Constraint tooManyResourcePersons(ConstraintFactory factory) {
        return covered(factory)
                .groupBy(NeedAssignment::getParticipant, countDistinct(NeedAssignment::getResource))
                .filter((participant, count) -> count > participant.maxResourcePersons())
                .penalize(weight(AccompanimentConstraint.TOO_MANY_RESOURCE_PERSONS),
                        (participant, count) -> count - participant.maxResourcePersons())
                .justifyWith((participant, count, score) -> AccompanimentJustification.of(
                        participant + " has " + count + " resource persons, at most "
                                + participant.maxResourcePersons() + " allowed",
                        participant.getId()))
                .asConstraint(AccompanimentConstraint.TOO_MANY_RESOURCE_PERSONS.id());
    }

    // Hard: re-planning with a budget, at most that many pairs change.
    Constraint baselineChangesExceeded(ConstraintFactory factory) {
        return changes(factory)
                .groupBy(count())
                .join(ReplanFact.class, Joiners.filtering((count, replan) -> replan.bounded()))
                .filter((count, replan) -> count > replan.maxChanges())
                .penalize(weight(AccompanimentConstraint.BASELINE_CHANGES_EXCEEDED),
                        (count, replan) -> count - replan.maxChanges())
                .justifyWith((count, replan, score) -> AccompanimentJustification.of(
                        "the plan makes " + count + " changes to the baseline, at most " + replan.maxChanges()
                                + " allowed"))
                .asConstraint(AccompanimentConstraint.BASELINE_CHANGES_EXCEEDED.id());
    }

    // Medium: every need is covered, the essential ones first (lexicographic weights by default).
    Constraint needUncovered(ConstraintFactory factory) {
        return uncovered(factory)
                .penalize(weight(AccompanimentConstraint.NEED_UNCOVERED), NeedAssignment::getCoverWeight)
                .justifyWith((a, score) -> AccompanimentJustification.ofNeed(a,
                        a.getParticipant() + "'s need " + a.getNeed().topic() + " (priority "
                                + a.getNeed().priority() + ") is not covered"))
                .asConstraint(AccompanimentConstraint.NEED_UNCOVERED.id());
    }

    // Soft: the more expert the resource person on an important need, the better.
    Constraint competenceAboveMinimum(ConstraintFactory factory) {
        return covered(factory)
                .filter(a -> a.level() > a.getMinimumLevel())
                .reward(weight(AccompanimentConstraint.COMPETENCE_ABOVE_MINIMUM),
                        a -> PairScoring.competencePoints(a.level(), a.getMinimumLevel(), a.getNeed()))
                .justifyWith((a, score) -> AccompanimentJustification.ofNeed(a,
                        a.getResource() + " covers " + a.getNeed().topic() + " at level " + a.level() + "/5"))
                .asConstraint(AccompanimentConstraint.COMPETENCE_ABOVE_MINIMUM.id());
    }

    // Soft: peers of the same sector understand each other's trade.
    Constraint sameSector(ConstraintFactory factory) {
        return pairs(factory)
                .filter(Participant::sameSector)
                .reward(weight(AccompanimentConstraint.SAME_SECTOR))
                .justifyWith((participant, resource, score) -> AccompanimentJustification.of(
                        participant + " and " + resource + " both work in "
                                + String.join(", ", participant.pairWith(resource).commonSectors()),
                        participant.getId(), resource.getId()))
                .asConstraint(AccompanimentConstraint.SAME_SECTOR.id());
    }

    // Soft: the programme creates new interactions rather than repeating old ones.
    Constraint repeatedInteraction(ConstraintFactory factory) {
        return pairs(factory)
                .filter((participant, resource) -> participant.noveltyCost(resource) > 0)
                .penalize(weight(AccompanimentConstraint.REPEATED_INTERACTION),
                        Participant::noveltyCost)
                .justifyWith((participant, resource, score) -> AccompanimentJustification.of(
                        participant + " and " + resource + noveltyReason(participant.pairWith(resource)),
                        participant.getId(), resource.getId()))
                .asConstraint(AccompanimentConstraint.REPEATED_INTERACTION.id());
    }

    private static String noveltyReason(PairFacts facts) {
        String direct = " worked together " + NoveltyWords.times(facts.earlierInteractions()) + " before";
        if (facts.commonPeers().isEmpty()) {
            return direct;
        }
        String peers = " both worked with " + String.join(", ", facts.commonPeers());
        return facts.earlierInteractions() == 0 ? peers : direct + " and" + peers + " since";
    }

    // Soft: fewer people to meet is simpler for a participant.
    Constraint severalResourcePersons(ConstraintFactory factory) {
        return covered(factory)
                .groupBy(NeedAssignment::getParticipant, countDistinct(NeedAssignment::getResource))
                .filter((participant, count) -> count > 1)
                .penalize(weight(AccompanimentConstraint.SEVERAL_RESOURCE_PERSONS), (participant, count) -> count - 1)
                .justifyWith((participant, count, score) -> AccompanimentJustification.of(
                        participant + " meets " + count + " resource persons", participant.getId()))
                .asConstraint(AccompanimentConstraint.SEVERAL_RESOURCE_PERSONS.id());
    }

    // Soft: resource persons are loaded evenly relative to what they offered.
    Constraint unbalancedLoad(ConstraintFactory factory) {
        return covered(factory)
                .groupBy(NeedAssignment::getResource, sum(NeedAssignment::hours))
                .complement(ResourcePerson.class, resource -> 0L)
                .groupBy(loadBalance((resource, hours) -> resource,
                        (resource, hours) -> AccompanimentLoad.permille(hours, resource.hoursCapacity())))
                .penalize(weight(AccompanimentConstraint.UNBALANCED_LOAD),
                        balance -> AccompanimentLoad.unfairness(balance))
                .justifyWith((balance, score) -> AccompanimentJustification.of(
                        "loads relative to capacity are uneven (unfairness "
                                + AccompanimentLoad.unfairness(balance) + ")"))
                .asConstraint(AccompanimentConstraint.UNBALANCED_LOAD.id());
    }

    // Soft: gaps are spread rather than piled on one participant.
    Constraint worstOffParticipant(ConstraintFactory factory) {
        return uncovered(factory)
                .groupBy(NeedAssignment::getParticipant, sum(a -> a.getNeed().priorityWeight()))
                .penalize(weight(AccompanimentConstraint.WORST_OFF_PARTICIPANT),
                        (participant, uncovered) -> (long) uncovered * uncovered)
                .justifyWith((participant, uncovered, score) -> AccompanimentJustification.of(
                        participant + " has uncovered needs of total priority weight " + uncovered,
                        participant.getId()))
                .asConstraint(AccompanimentConstraint.WORST_OFF_PARTICIPANT.id());
    }

    // Soft: a participant's ranked wishes are honoured when possible.
    Constraint preferredResourcePerson(ConstraintFactory factory) {
        return pairs(factory)
                .filter((participant, resource) -> participant.preferenceRank(resource) > 0)
                .reward(weight(AccompanimentConstraint.PREFERRED_RESOURCE_PERSON),
                        Participant::preferencePoints)
                .justifyWith((participant, resource, score) -> AccompanimentJustification.of(
                        participant + " ranked " + resource + " #" + participant.pairWith(resource).preferenceRank(),
                        participant.getId(), resource.getId()))
                .asConstraint(AccompanimentConstraint.PREFERRED_RESOURCE_PERSON.id());
    }

    // Soft: re-planning, pairs already introduced stay unless changing them serves coverage.
    Constraint keepBaselinePair(ConstraintFactory factory) {
        return changes(factory)
                .penalize(weight(AccompanimentConstraint.KEEP_BASELINE_PAIR))
                .justifyWith((change, score) -> AccompanimentJustification.of(
                        "the plan " + change + (change.dropped() ? ", a need of the baseline" : ", a new pair"),
                        change.participant().getId(), change.resource().getId()))
                .asConstraint(AccompanimentConstraint.KEEP_BASELINE_PAIR.id());
    }

    // Soft: alternatives differ from the ones before them.
    Constraint alternativePairReused(ConstraintFactory factory) {
        return pairs(factory)
                .ifExists(EarlierPairFact.class,
                        Joiners.equal((participant, resource) -> participant, EarlierPairFact::participant),
                        Joiners.equal((participant, resource) -> resource, EarlierPairFact::resource))
                .penalize(weight(AccompanimentConstraint.ALTERNATIVE_PAIR_REUSED))
                .justifyWith((participant, resource, score) -> AccompanimentJustification.of(
                        participant + " and " + resource + " are already paired in an earlier alternative",
                        participant.getId(), resource.getId()))
                .asConstraint(AccompanimentConstraint.ALTERNATIVE_PAIR_REUSED.id());
    }

    /**
     * The changes against the baseline: each of its needs still possible that the plan takes from its resource
     * person, and (when re-planning) each pair of the plan the baseline did not hold.
     */
    private static UniConstraintStream<PairChange> changes(ConstraintFactory factory) {
        UniConstraintStream<PairChange> dropped = factory.forEach(BaselineNeedFact.class)
                .ifNotExists(covered(factory),
                        Joiners.equal(BaselineNeedFact::needId, NeedAssignment::getId),
                        Joiners.equal(BaselineNeedFact::resource, NeedAssignment::getResource))
                .map(fact -> new PairChange(fact.participant(), fact.resource(), fact.needId()));
        UniConstraintStream<PairChange> added = pairs(factory)
                .ifExists(ReplanFact.class)
                .ifNotExists(BaselinePairFact.class,
                        Joiners.equal((participant, resource) -> participant, BaselinePairFact::participant),
                        Joiners.equal((participant, resource) -> resource, BaselinePairFact::resource))
                .map((participant, resource) -> new PairChange(participant, resource, null));
        return dropped.concat(added);
    }

    /**
     * The needs that have a resource person. A need reads its resource person through its slot (no shadow
     * variable), so each need is joined with its slot: a change of the slot's resource person reaches the need.
     */
    private static UniConstraintStream<NeedAssignment> covered(ConstraintFactory factory) {
        return factory.forEach(NeedAssignment.class)
                .join(ResourceSlot.class, Joiners.equal(NeedAssignment::getSlot, slot -> slot))
                .map((a, slot) -> a);
    }

    /** The needs without a resource person: no slot, or a slot without a resource person. */
    private static UniConstraintStream<NeedAssignment> uncovered(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(NeedAssignment.class)
                .ifNotExists(ResourceSlot.class, Joiners.equal(NeedAssignment::getSlot, slot -> slot));
    }

    /** The distinct (participant, resource person) pairs of the plan. */
    private static BiConstraintStream<Participant, ResourcePerson> pairs(ConstraintFactory factory) {
        return covered(factory)
                .groupBy(NeedAssignment::getParticipant, NeedAssignment::getResource);
    }

    private static HardMediumSoftScore weight(AccompanimentConstraint constraint) {
        return ConstraintWeights.defaultScore(constraint.definition());
    }
}
