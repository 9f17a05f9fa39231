package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;

/**
 * What the domain move factories look up in a plan: each participant's slots and needs, the participants who may
 * meet each resource person, each need's competent candidates. Built once per phase from the working solution; it
 * holds the working solution's entities, never their values (those are read from the entities at each move).
 */
final class PlanIndex {

    final PlanningVariableMetaModel<AccompanimentPlan, ResourceSlot, ResourcePerson> slotResource;
    final PlanningVariableMetaModel<AccompanimentPlan, NeedAssignment, ResourceSlot> needSlot;
    final List<ResourcePerson> resources;
    final List<Participant> participants;
    /** The needs the solver may change, in plan order. */
    final List<NeedAssignment> movable;
    /** By resource index: the participants who may meet that resource person (the slots' candidates). */
    private final List<List<Participant>> candidateOf;
    private final Map<Participant, List<ResourceSlot>> slotsOf = new HashMap<>();
    private final Map<Participant, List<NeedAssignment>> needsOf = new HashMap<>();
    private final Map<NeedAssignment, List<ResourcePerson>> competentOf = new HashMap<>();
    /** Each need's position in plan order of participants, then of the participant's needs. */
    private final Map<NeedAssignment, Integer> positionOf = new HashMap<>();
    /** By resource index, filled at the first look: the slots and the needs of that person's candidates. */
    private final List<List<ResourceSlot>> candidateSlotsOf;
    private final List<List<NeedAssignment>> masteredOf;

    /** @return the index of the score director's working plan */
    @SuppressWarnings("unchecked")
    static PlanIndex of(ScoreDirector<AccompanimentPlan> scoreDirector) {
        PlanningSolutionMetaModel<AccompanimentPlan> metaModel =
                ((InnerScoreDirector<AccompanimentPlan, ?>) scoreDirector).getSolutionDescriptor().getMetaModel();
        return new PlanIndex(scoreDirector.getWorkingSolution(),
                (PlanningVariableMetaModel<AccompanimentPlan, ResourceSlot, ResourcePerson>) metaModel
                        .entity(ResourceSlot.class).variable("resource", ResourcePerson.class),
                (PlanningVariableMetaModel<AccompanimentPlan, NeedAssignment, ResourceSlot>) metaModel
                        .entity(NeedAssignment.class).variable("slot", ResourceSlot.class));
    }

    /** The index of a plan; the variables' meta-models are only passed on to the moves (tests may give null). */
    PlanIndex(AccompanimentPlan plan,
            PlanningVariableMetaModel<AccompanimentPlan, ResourceSlot, ResourcePerson> slotResource,
            PlanningVariableMetaModel<AccompanimentPlan, NeedAssignment, ResourceSlot> needSlot) {
        this.slotResource = slotResource;
        this.needSlot = needSlot;
        resources = plan.getResourcePersons();
        participants = plan.getParticipants();
        for (ResourceSlot slot : plan.getSlots()) {
            slotsOf.computeIfAbsent(slot.getParticipant(), p -> new ArrayList<>()).add(slot);
        }
        movable = new ArrayList<>();
        for (NeedAssignment need : plan.getAssignments()) {
            needsOf.computeIfAbsent(need.getParticipant(), p -> new ArrayList<>()).add(need);
            if (!need.isPinned()) {
                movable.add(need);
            }
        }
        candidateOf = new ArrayList<>(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            candidateOf.add(new ArrayList<>());
        }
        for (Participant participant : plan.getParticipants()) {
            for (ResourcePerson candidate : candidates(participant)) {
                candidateOf.get(candidate.index()).add(participant);
            }
            for (NeedAssignment need : needsOf(participant)) {
                positionOf.put(need, positionOf.size());
            }
        }
        candidateSlotsOf = new ArrayList<>(Collections.nCopies(resources.size(), null));
        masteredOf = new ArrayList<>(Collections.nCopies(resources.size(), null));
    }

    /** @return the need's position in plan order of participants, then of the participant's needs */
    int position(NeedAssignment need) {
        return positionOf.get(need);
    }

    /** @return the slots of the participants who may meet the resource person, in plan order */
    List<ResourceSlot> candidateSlotsOf(ResourcePerson resource) {
        List<ResourceSlot> slots = candidateSlotsOf.get(resource.index());
        if (slots == null) {
            slots = new ArrayList<>();
            for (Participant participant : candidatesOf(resource)) {
                slots.addAll(slotsOf(participant));
            }
            candidateSlotsOf.set(resource.index(), slots);
        }
        return slots;
    }

    /** @return the needs of the participants who may meet the resource person that they master, in plan order */
    List<NeedAssignment> masteredBy(ResourcePerson resource) {
        List<NeedAssignment> needs = masteredOf.get(resource.index());
        if (needs == null) {
            needs = new ArrayList<>();
            for (Participant participant : candidatesOf(resource)) {
                for (NeedAssignment need : needsOf(participant)) {
                    if (masters(resource, need)) {
                        needs.add(need);
                    }
                }
            }
            masteredOf.set(resource.index(), needs);
        }
        return needs;
    }

    List<ResourceSlot> slotsOf(Participant participant) {
        return slotsOf.getOrDefault(participant, List.of());
    }

    List<NeedAssignment> needsOf(Participant participant) {
        return needsOf.getOrDefault(participant, List.of());
    }

    /** @return the participants whose slots may take the resource person, in plan order */
    List<Participant> candidatesOf(ResourcePerson resource) {
        return candidateOf.get(resource.index());
    }

    /** @return the resource persons the participant's slots may take (the same for each slot) */
    List<ResourcePerson> candidates(Participant participant) {
        List<ResourceSlot> slots = slotsOf(participant);
        return slots.isEmpty() ? List.of() : slots.getFirst().getCandidates();
    }

    /** @return the participant's candidates who master the need's topic at the minimum level, in candidate order */
    List<ResourcePerson> competent(NeedAssignment need) {
        return competentOf.computeIfAbsent(need, n -> {
            List<ResourcePerson> result = new ArrayList<>();
            for (ResourcePerson candidate : candidates(n.getParticipant())) {
                if (masters(candidate, n)) {
                    result.add(candidate);
                }
            }
            return result;
        });
    }

    static boolean masters(ResourcePerson resource, NeedAssignment need) {
        return resource != null && need.levelOf(resource) >= need.getMinimumLevel();
    }
}
