package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;

import org.peermatch.core.scoring.PairScoring;

/**
 * Builds a first plan the way a careful committee would, before local search improves it: participants with the
 * fewest possible resource persons first, each given, slot by slot, the allowed resource person who covers the most
 * priority weight of their remaining needs within the hours and participants left, then the best fit.
 *
 * <p>"Allowed" means no hard rule would break: competence, conflict of interest, common availability, capacities.
 * Needs that cannot be covered this way stay uncovered for local search. O(P × C × N) for P participants,
 * C candidates (the slots' value range) and N needs per participant.
 */
public final class GreedyConstruction implements PhaseCommand<AccompanimentPlan> {

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(PhaseCommandContext<AccompanimentPlan> context) {
        AccompanimentPlan plan = context.getWorkingSolution();
        var slotResource = (PlanningVariableMetaModel<AccompanimentPlan, ResourceSlot, ResourcePerson>) context
                .getSolutionMetaModel().entity(ResourceSlot.class).variable("resource", ResourcePerson.class);
        var needSlot = (PlanningVariableMetaModel<AccompanimentPlan, NeedAssignment, ResourceSlot>) context
                .getSolutionMetaModel().entity(NeedAssignment.class).variable("slot", ResourceSlot.class);

        // By resource index: looked up for every candidate of every slot.
        int resourceCount = plan.getResourcePersons().size();
        int[] hoursLeft = new int[resourceCount];
        List<Set<Participant>> accompanied = new ArrayList<>(resourceCount);
        for (ResourcePerson resource : plan.getResourcePersons()) {
            hoursLeft[resource.index()] = resource.hoursCapacity();
            accompanied.add(new HashSet<>());
        }
        Map<Participant, List<ResourceSlot>> slotsOf = new HashMap<>();
        for (ResourceSlot slot : plan.getSlots()) {
            slotsOf.computeIfAbsent(slot.getParticipant(), p -> new ArrayList<>()).add(slot);
            if (slot.getResource() != null) {
                accompanied.get(slot.getResource().index()).add(slot.getParticipant());
            }
        }
        Map<Participant, List<NeedAssignment>> needsOf = new HashMap<>();
        for (NeedAssignment need : plan.getAssignments()) {
            needsOf.computeIfAbsent(need.getParticipant(), p -> new ArrayList<>()).add(need);
            if (need.getResource() != null) {
                hoursLeft[need.getResource().index()] -= need.hours();
            }
        }

        // Counted once per participant: the comparator is called O(P log P) times.
        Map<Participant, Integer> candidates = new HashMap<>();
        for (Participant participant : plan.getParticipants()) {
            candidates.put(participant, candidateCount(participant, needsOf.getOrDefault(participant, List.of()),
                    candidatesOf(slotsOf.getOrDefault(participant, List.of()))));
        }
        List<Participant> order = new ArrayList<>(plan.getParticipants());
        order.sort(Comparator.comparingInt(candidates::get));
        for (Participant participant : order) {
            if (context.isPhaseTerminated()) {
                return;
            }
            List<NeedAssignment> open = new ArrayList<>();
            for (NeedAssignment need : needsOf.getOrDefault(participant, List.of())) {
                if (need.getSlot() == null && !need.isPinned()) {
                    open.add(need);
                }
            }
            open.sort(Comparator.comparingInt((NeedAssignment n) -> n.getNeed().priority())
                    .thenComparing(Comparator.comparingInt(NeedAssignment::hours).reversed()));
            for (ResourceSlot slot : slotsOf.getOrDefault(participant, List.of())) {
                if (open.isEmpty()) {
                    break;
                }
                ResourcePerson resource = slot.getResource();
                if (resource == null && !slot.isPinned()) {
                    resource = best(participant, open, slot.getCandidates(), hoursLeft, accompanied);
                    if (resource == null) {
                        break;
                    }
                    context.execute(Moves.change(slotResource, slot, resource));
                    accompanied.get(resource.index()).add(participant);
                }
                if (resource == null) {
                    continue;
                }
                for (NeedAssignment need : coverable(participant, open, resource, hoursLeft[resource.index()])) {
                    context.execute(Moves.change(needSlot, need, slot));
                    hoursLeft[resource.index()] -= need.hours();
                    open.remove(need);
                }
            }
        }
    }

    /**
     * @param resources the participant's candidates (any other resource person is either not allowed or competent
     *        on none of the participant's needs, so would cover nothing)
     * @return the allowed resource person covering the most priority weight of the open needs, then the best fit
     */
    private static ResourcePerson best(Participant participant, List<NeedAssignment> open,
            List<ResourcePerson> resources, int[] hoursLeft, List<Set<Participant>> accompanied) {
        ResourcePerson best = null;
        long bestValue = 0;
        for (ResourcePerson resource : resources) {
            if (accompanied.get(resource.index()).size() >= resource.participantsCapacity()) {
                continue;
            }
            if (!allowed(participant, resource)) {
                continue;
            }
            // The needs coverable() would give, valued without building the list.
            long value = 0;
            int hours = hoursLeft[resource.index()];
            for (NeedAssignment need : open) {
                int level = need.levelOf(resource);
                if (level >= need.getMinimumLevel() && need.hours() <= hours) {
                    hours -= need.hours();
                    value += need.getCoverWeight() * 1_000L
                            + PairScoring.competencePoints(level, need.getMinimumLevel(), need.getNeed()) * 10L;
                }
            }
            if (value > 0) {
                value += (participant.sameSector(resource) ? 30 : 0) - participant.noveltyCost(resource)
                        + participant.preferencePoints(resource) * 10L;
            }
            if (value > bestValue) {
                best = resource;
                bestValue = value;
            }
        }
        return best;
    }

    /** @return the open needs the resource person can take, in order, within the hours left */
    private static List<NeedAssignment> coverable(Participant participant, List<NeedAssignment> open,
            ResourcePerson resource, int hoursLeft) {
        List<NeedAssignment> coverable = new ArrayList<>();
        if (!allowed(participant, resource)) {
            return coverable;
        }
        int hours = hoursLeft;
        for (NeedAssignment need : open) {
            if (need.levelOf(resource) >= need.getMinimumLevel() && need.hours() <= hours) {
                coverable.add(need);
                hours -= need.hours();
            }
        }
        return coverable;
    }

    private static boolean allowed(Participant participant, ResourcePerson resource) {
        return !participant.conflicted(resource) && participant.missingHalfDays(resource) == 0;
    }

    /** @return the resource persons the participant's slots may take (the same for each slot) */
    private static List<ResourcePerson> candidatesOf(List<ResourceSlot> slots) {
        return slots.isEmpty() ? List.of() : slots.getFirst().getCandidates();
    }

    private static int candidateCount(Participant participant, List<NeedAssignment> needs,
            List<ResourcePerson> resources) {
        int count = 0;
        for (ResourcePerson resource : resources) {
            if (allowed(participant, resource) && competentOnOne(needs, resource)) {
                count++;
            }
        }
        return count;
    }

    private static boolean competentOnOne(List<NeedAssignment> needs, ResourcePerson resource) {
        for (NeedAssignment need : needs) {
            if (need.levelOf(resource) >= need.getMinimumLevel()) {
                return true;
            }
        }
        return false;
    }
}
