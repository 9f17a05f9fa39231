package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;

/**
 * Builds the individual accompaniment planning problem from a programme: participants are the members requesting
 * accompaniment, resource persons the members offering it, one {@link NeedAssignment} per need.
 *
 * <p>Pair facts are computed once for every participant × resource person: O(P × R × days).
 */
public final class AccompanimentProblem {

    private AccompanimentProblem() {
    }

    /** @return the unsolved plan, with pinned pairs that name a topic already assigned and pinned */
    public static AccompanimentPlan build(Programme programme, PairScoring scoring) {
        List<ResourcePerson> resources = new ArrayList<>();
        for (Member member : programme.members()) {
            Offer offer = member.offer(Mode.ACCOMPANIMENT);
            if (offer != null) {
                resources.add(new ResourcePerson(resources.size(), member, offer.hours(), offer.participants()));
            }
        }
        int minimumLevel = programme.accompaniment().minimumLevel();
        Map<String, Participant> participantsById = new LinkedHashMap<>();
        List<NeedAssignment> assignments = new ArrayList<>();
        for (Member member : programme.members()) {
            if (!member.requests(Mode.ACCOMPANIMENT)) {
                continue;
            }
            List<PairFacts> pairs = new ArrayList<>(resources.size());
            for (ResourcePerson resource : resources) {
                pairs.add(scoring.facts(member, resource.member()));
            }
            Participant participant = new Participant(member, programme.accompaniment().maxResourcePersons(), pairs);
            participantsById.put(member.id(), participant);
            for (Need need : member.needs()) {
                int[] levels = new int[resources.size()];
                for (ResourcePerson resource : resources) {
                    levels[resource.index()] = resource.member().levelOn(need.topic());
                }
                assignments.add(new NeedAssignment(member.id() + "/" + need.topic(), participant, need, levels,
                        minimumLevel, null, false));
            }
        }
        List<PinnedPairFact> pinned = new ArrayList<>();
        for (PinnedPair pin : programme.decisions().pinned()) {
            Participant participant = participantsById.get(pin.participant());
            ResourcePerson resource = find(resources, pin.resource());
            if (participant == null || resource == null) {
                continue; // the reader reports such pins; nothing to keep here
            }
            pinned.add(new PinnedPairFact(participant, resource));
            if (pin.topic() != null) {
                for (NeedAssignment assignment : assignments) {
                    if (assignment.getParticipant() == participant && assignment.getNeed().topic().equals(pin.topic())) {
                        assignment.setResource(resource);
                        assignment.setPinned(true);
                    }
                }
            }
        }
        return new AccompanimentPlan(List.copyOf(participantsById.values()), List.copyOf(resources),
                List.copyOf(pinned), assignments, weightOverrides(programme.weights()));
    }

    /** @return the programme's weight overrides for the accompaniment constraints, each on its own level */
    public static ConstraintWeightOverrides<HardMediumSoftScore> weightOverrides(Map<String, Long> weights) {
        Map<String, HardMediumSoftScore> overrides = new LinkedHashMap<>();
        for (AccompanimentConstraint constraint : AccompanimentConstraint.values()) {
            Long weight = weights.get(constraint.id());
            if (weight != null) {
                overrides.put(constraint.id(), scoreOf(constraint, weight));
            }
        }
        return ConstraintWeightOverrides.of(overrides);
    }

    /** @return the weight as a score on the constraint's level */
    public static HardMediumSoftScore scoreOf(AccompanimentConstraint constraint, long weight) {
        return switch (constraint.level()) {
            case HARD -> HardMediumSoftScore.ofHard(weight);
            case MEDIUM -> HardMediumSoftScore.ofMedium(weight);
            case SOFT -> HardMediumSoftScore.ofSoft(weight);
        };
    }

    private static ResourcePerson find(List<ResourcePerson> resources, String id) {
        for (ResourcePerson resource : resources) {
            if (resource.getId().equals(id)) {
                return resource;
            }
        }
        return null;
    }
}
