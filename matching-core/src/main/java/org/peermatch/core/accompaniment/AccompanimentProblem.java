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
        int maxResourcePersons = programme.accompaniment().maxResourcePersons();
        List<Participant> participants = new ArrayList<>();
        List<ResourceSlot> slots = new ArrayList<>();
        List<NeedAssignment> assignments = new ArrayList<>();
        List<PinnedPairFact> pinned = new ArrayList<>();
        for (Member member : programme.members()) {
            if (!member.requests(Mode.ACCOMPANIMENT)) {
                continue;
            }
            List<PairFacts> pairs = new ArrayList<>(resources.size());
            for (ResourcePerson resource : resources) {
                pairs.add(scoring.facts(member, resource.member()));
            }
            Participant participant = new Participant(member, maxResourcePersons, pairs);
            participants.add(participant);
            List<PinnedPair> pins = pinsOf(programme, member.id(), resources);
            List<ResourceSlot> own = new ArrayList<>();
            // One slot per resource person the participant may meet, more if the committee pinned more.
            List<ResourcePerson> candidates = candidates(participant, resources, pins, minimumLevel);
            for (int k = 0; k < Math.max(maxResourcePersons, pins.size()); k++) {
                own.add(new ResourceSlot(member.id() + "#" + (k + 1), participant, candidates, null, false));
            }
            for (int k = 0; k < pins.size(); k++) {
                ResourcePerson resource = find(resources, pins.get(k).resource());
                own.get(k).setResource(resource);
                own.get(k).setPinned(true);
                pinned.add(new PinnedPairFact(participant, resource));
            }
            slots.addAll(own);
            List<ResourceSlot> ownSlots = List.copyOf(own);
            for (Need need : member.needs()) {
                int[] levels = new int[resources.size()];
                for (ResourcePerson resource : resources) {
                    levels[resource.index()] = resource.member().levelOn(need.topic());
                }
                ResourceSlot pinnedSlot = null;
                for (PinnedPair pin : programme.decisions().pinned()) {
                    if (pin.participant().equals(member.id()) && need.topic().equals(pin.topic())) {
                        for (int k = 0; k < pins.size(); k++) {
                            if (pins.get(k).resource().equals(pin.resource())) {
                                pinnedSlot = own.get(k);
                            }
                        }
                    }
                }
                assignments.add(new NeedAssignment(member.id() + "/" + need.topic(), participant, ownSlots, need,
                        levels, minimumLevel, pinnedSlot, pinnedSlot != null));
            }
        }
        return new AccompanimentPlan(List.copyOf(participants), List.copyOf(resources), List.copyOf(pinned),
                slots, assignments, weightOverrides(programme.weights()));
    }

    /**
     * @return the resource persons a participant's slots may take: no conflict of interest, enough common
     *         availability, competent on at least one of the participant's needs; pinned ones always
     */
    private static List<ResourcePerson> candidates(Participant participant, List<ResourcePerson> resources,
            List<PinnedPair> pins, int minimumLevel) {
        List<ResourcePerson> candidates = new ArrayList<>();
        for (ResourcePerson resource : resources) {
            PairFacts facts = participant.pairWith(resource);
            boolean competent = participant.member().needs().stream()
                    .anyMatch(need -> resource.member().levelOn(need.topic()) >= minimumLevel);
            boolean pinned = pins.stream().anyMatch(pin -> pin.resource().equals(resource.getId()));
            if (pinned || (competent && !facts.conflicted() && facts.missingHalfDays() == 0)) {
                candidates.add(resource);
            }
        }
        return List.copyOf(candidates);
    }

    /** @return the participant's pins naming a resource person who offers accompaniment, one per person */
    private static List<PinnedPair> pinsOf(Programme programme, String participantId, List<ResourcePerson> resources) {
        List<PinnedPair> pins = new ArrayList<>();
        for (PinnedPair pin : programme.decisions().pinned()) {
            boolean known = find(resources, pin.resource()) != null;
            boolean repeated = pins.stream().anyMatch(other -> other.resource().equals(pin.resource()));
            if (pin.participant().equals(participantId) && known && !repeated) {
                pins.add(pin);
            }
        }
        return pins;
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
