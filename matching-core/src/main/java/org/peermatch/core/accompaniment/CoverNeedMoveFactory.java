package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;

/**
 * Random {@link CoverNeedMove}s for local search: mostly for an uncovered need, with a resource person competent on
 * it among its participant's candidates. Capacities are made room for by leaving other participants' needs of that
 * resource person uncovered, the lowest priority weight first, so that the move is a trade the score can judge.
 * Only random selection is supported.
 */
public final class CoverNeedMoveFactory implements MoveIteratorFactory<AccompanimentPlan, CoverNeedMove> {

    /** How many random needs are drawn to find an uncovered one before a covered one is moved instead. */
    private static final int UNCOVERED_TRIES = 20;

    private PlanningVariableMetaModel<AccompanimentPlan, ResourceSlot, ResourcePerson> slotResource;
    private PlanningVariableMetaModel<AccompanimentPlan, NeedAssignment, ResourceSlot> needSlot;
    private List<NeedAssignment> movable;
    /** By resource index: the participants who may meet that resource person (the slots' candidates). */
    private List<List<Participant>> candidateOf;
    private Map<Participant, List<ResourceSlot>> slotsOf;
    private Map<Participant, List<NeedAssignment>> needsOf;
    private Map<NeedAssignment, List<ResourcePerson>> competentOf;

    @Override
    @SuppressWarnings("unchecked")
    public void phaseStarted(ScoreDirector<AccompanimentPlan> scoreDirector) {
        PlanningSolutionMetaModel<AccompanimentPlan> metaModel =
                ((InnerScoreDirector<AccompanimentPlan, ?>) scoreDirector).getSolutionDescriptor().getMetaModel();
        slotResource = (PlanningVariableMetaModel<AccompanimentPlan, ResourceSlot, ResourcePerson>) metaModel
                .entity(ResourceSlot.class).variable("resource", ResourcePerson.class);
        needSlot = (PlanningVariableMetaModel<AccompanimentPlan, NeedAssignment, ResourceSlot>) metaModel
                .entity(NeedAssignment.class).variable("slot", ResourceSlot.class);
        AccompanimentPlan plan = scoreDirector.getWorkingSolution();
        slotsOf = new HashMap<>();
        for (ResourceSlot slot : plan.getSlots()) {
            slotsOf.computeIfAbsent(slot.getParticipant(), p -> new ArrayList<>()).add(slot);
        }
        needsOf = new HashMap<>();
        movable = new ArrayList<>();
        for (NeedAssignment need : plan.getAssignments()) {
            needsOf.computeIfAbsent(need.getParticipant(), p -> new ArrayList<>()).add(need);
            if (!need.isPinned()) {
                movable.add(need);
            }
        }
        competentOf = new HashMap<>();
        candidateOf = new ArrayList<>(plan.getResourcePersons().size());
        for (int i = 0; i < plan.getResourcePersons().size(); i++) {
            candidateOf.add(new ArrayList<>());
        }
        for (Participant participant : plan.getParticipants()) {
            List<ResourceSlot> slots = slotsOf.get(participant);
            if (slots != null && !slots.isEmpty()) {
                for (ResourcePerson candidate : slots.get(0).getCandidates()) {
                    candidateOf.get(candidate.index()).add(participant);
                }
            }
        }
    }

    @Override
    public void phaseEnded(ScoreDirector<AccompanimentPlan> scoreDirector) {
        movable = null;
        candidateOf = null;
        slotsOf = null;
        needsOf = null;
        competentOf = null;
    }

    @Override
    public long getSize(ScoreDirector<AccompanimentPlan> scoreDirector) {
        return movable.size();
    }

    @Override
    public Iterator<CoverNeedMove> createOriginalMoveIterator(ScoreDirector<AccompanimentPlan> scoreDirector) {
        throw new UnsupportedOperationException("CoverNeedMoveFactory only selects moves at random.");
    }

    @Override
    public Iterator<CoverNeedMove> createRandomMoveIterator(ScoreDirector<AccompanimentPlan> scoreDirector,
            RandomGenerator random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public CoverNeedMove next() {
                return build(random);
            }
        };
    }

    private List<ResourcePerson> competent(NeedAssignment need) {
        return competentOf.computeIfAbsent(need, n -> {
            List<ResourceSlot> slots = slotsOf.getOrDefault(n.getParticipant(), List.of());
            List<ResourcePerson> result = new ArrayList<>();
            if (!slots.isEmpty()) {
                for (ResourcePerson candidate : slots.get(0).getCandidates()) {
                    if (n.levelOf(candidate) >= n.getMinimumLevel()) {
                        result.add(candidate);
                    }
                }
            }
            return result;
        });
    }

    private static boolean masters(ResourcePerson resource, NeedAssignment need) {
        return resource != null && need.levelOf(resource) >= need.getMinimumLevel();
    }

    private CoverNeedMove build(RandomGenerator random) {
        NeedAssignment need = movable.get(random.nextInt(movable.size()));
        for (int i = 1; i < UNCOVERED_TRIES && need.getResource() != null; i++) {
            need = movable.get(random.nextInt(movable.size()));
        }
        List<ResourceSlot> changedSlots = new ArrayList<>(2);
        List<ResourcePerson> slotValues = new ArrayList<>(2);
        List<NeedAssignment> changedNeeds = new ArrayList<>();
        List<ResourceSlot> needValues = new ArrayList<>();
        List<ResourcePerson> competent = competent(need);
        List<ResourceSlot> slots = slotsOf.getOrDefault(need.getParticipant(), List.of());
        if (competent.isEmpty() || slots.isEmpty()) {
            return empty(changedSlots, slotValues, changedNeeds, needValues);
        }
        ResourcePerson resource = competent.get(random.nextInt(competent.size()));
        if (resource == need.getResource()) {
            return empty(changedSlots, slotValues, changedNeeds, needValues);
        }
        Participant participant = need.getParticipant();
        List<NeedAssignment> ownNeeds = needsOf.get(participant);
        ResourceSlot target = null;
        for (ResourceSlot slot : slots) {
            if (slot.getResource() == resource) {
                target = slot;
            }
        }
        if (target == null) {
            // An empty slot if there is one, else a random unpinned slot whose needs are not pinned.
            List<ResourceSlot> open = new ArrayList<>(slots.size());
            for (ResourceSlot slot : slots) {
                if (!slot.isPinned() && slot.getResource() == null) {
                    open.add(slot);
                }
            }
            if (open.isEmpty()) {
                for (ResourceSlot slot : slots) {
                    if (!slot.isPinned() && !holdsPinned(slot, ownNeeds)) {
                        open.add(slot);
                    }
                }
            }
            if (open.isEmpty()) {
                return empty(changedSlots, slotValues, changedNeeds, needValues);
            }
            target = open.get(random.nextInt(open.size()));
            changedSlots.add(target);
            slotValues.add(resource);
            // The target's other needs: kept if the new person masters them, else to another slot that does.
            for (NeedAssignment other : ownNeeds) {
                if (other == need || other.getSlot() != target || masters(resource, other)) {
                    continue;
                }
                ResourceSlot elsewhere = null;
                for (ResourceSlot slot : slots) {
                    if (slot != target && masters(slot.getResource(), other)) {
                        elsewhere = slot;
                    }
                }
                changedNeeds.add(other);
                needValues.add(elsewhere);
            }
        }
        changedNeeds.add(need);
        needValues.add(target);
        makeRoom(resource, participant, target, ownNeeds, changedNeeds, needValues, random);
        return new CoverNeedMove(slotResource, needSlot, changedSlots, slotValues, changedNeeds, needValues);
    }

    private static boolean holdsPinned(ResourceSlot slot, List<NeedAssignment> ownNeeds) {
        for (NeedAssignment need : ownNeeds) {
            if (need.isPinned() && need.getSlot() == slot) {
                return true;
            }
        }
        return false;
    }

    /** Leaves other participants' needs of the resource person uncovered until their hours and participants fit. */
    private void makeRoom(ResourcePerson resource, Participant participant, ResourceSlot target,
            List<NeedAssignment> ownNeeds, List<NeedAssignment> changedNeeds, List<ResourceSlot> needValues,
            RandomGenerator random) {
        int hours = 0;
        for (NeedAssignment own : ownNeeds) {
            int index = changedNeeds.indexOf(own);
            ResourceSlot slot = index >= 0 ? needValues.get(index) : own.getSlot();
            if (slot == target || slot != null && slot.getResource() == resource) {
                hours += own.hours();
            }
        }
        List<NeedAssignment> others = new ArrayList<>();
        Map<Participant, Integer> othersParticipants = new HashMap<>();
        for (Participant candidate : candidateOf.get(resource.index())) {
            if (candidate == participant) {
                continue;
            }
            for (NeedAssignment other : needsOf.getOrDefault(candidate, List.of())) {
                if (other.getResource() == resource) {
                    others.add(other);
                    hours += other.hours();
                    othersParticipants.merge(other.getParticipant(), 1, Integer::sum);
                }
            }
        }
        boolean tooManyParticipants = othersParticipants.size() + 1 > resource.participantsCapacity();
        if (hours <= resource.hoursCapacity() && !tooManyParticipants) {
            return;
        }
        Collections.shuffle(others, random);
        others.sort((a, b) -> Integer.compare(a.getNeed().priorityWeight(), b.getNeed().priorityWeight()));
        if (tooManyParticipants) {
            // Everything of the participant whose least important need comes first goes.
            Participant leaving = null;
            for (NeedAssignment other : others) {
                if (!other.isPinned()) {
                    leaving = other.getParticipant();
                    break;
                }
            }
            for (NeedAssignment other : others) {
                if (other.getParticipant() == leaving && !other.isPinned()) {
                    changedNeeds.add(other);
                    needValues.add(null);
                    hours -= other.hours();
                }
            }
        }
        for (NeedAssignment other : others) {
            if (hours <= resource.hoursCapacity()) {
                break;
            }
            if (!other.isPinned() && !changedNeeds.contains(other)) {
                changedNeeds.add(other);
                needValues.add(null);
                hours -= other.hours();
            }
        }
    }

    private CoverNeedMove empty(List<ResourceSlot> changedSlots, List<ResourcePerson> slotValues,
            List<NeedAssignment> changedNeeds, List<ResourceSlot> needValues) {
        return new CoverNeedMove(slotResource, needSlot, changedSlots, slotValues, changedNeeds, needValues);
    }
}
