package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Random {@link CoverNeedMove}s for local search: mostly for an uncovered need, with a resource person competent on
 * it among its participant's candidates. Capacities are made room for by leaving other participants' needs of that
 * resource person uncovered, the lowest priority weight first, so that the move is a trade the score can judge.
 * Only random selection is supported.
 */
public final class CoverNeedMoveFactory extends PlanMoveFactory {

    @Override
    CoverNeedMove build(RandomGenerator random, WorkingLoads working) {
        NeedAssignment need = pickNeed(random);
        List<ResourceSlot> changedSlots = new ArrayList<>(2);
        List<ResourcePerson> slotValues = new ArrayList<>(2);
        List<NeedAssignment> changedNeeds = new ArrayList<>();
        List<ResourceSlot> needValues = new ArrayList<>();
        List<ResourcePerson> competent = index.competent(need);
        List<ResourceSlot> slots = index.slotsOf(need.getParticipant());
        if (competent.isEmpty() || slots.isEmpty()) {
            return empty(changedSlots, slotValues, changedNeeds, needValues);
        }
        ResourcePerson resource = competent.get(random.nextInt(competent.size()));
        if (resource == need.getResource()) {
            return empty(changedSlots, slotValues, changedNeeds, needValues);
        }
        Participant participant = need.getParticipant();
        List<NeedAssignment> ownNeeds = index.needsOf(participant);
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
                if (other == need || other.getSlot() != target || PlanIndex.masters(resource, other)) {
                    continue;
                }
                ResourceSlot elsewhere = null;
                for (ResourceSlot slot : slots) {
                    if (slot != target && PlanIndex.masters(slot.getResource(), other)) {
                        elsewhere = slot;
                    }
                }
                changedNeeds.add(other);
                needValues.add(elsewhere);
            }
        }
        changedNeeds.add(need);
        needValues.add(target);
        makeRoom(working, resource, participant, target, ownNeeds, changedNeeds, needValues, random);
        return new CoverNeedMove(index.slotResource, index.needSlot, changedSlots, slotValues, changedNeeds,
                needValues);
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
    private static void makeRoom(WorkingLoads working, ResourcePerson resource, Participant participant, ResourceSlot target,
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
        for (NeedAssignment other : working.covered(resource)) {
            if (other.getParticipant() != participant) {
                others.add(other);
                hours += other.hours();
                othersParticipants.merge(other.getParticipant(), 1, Integer::sum);
            }
        }
        boolean tooManyParticipants = othersParticipants.size() + 1 > resource.participantsCapacity();
        if (hours <= resource.hoursCapacity() && !tooManyParticipants) {
            return;
        }
        Collections.shuffle(others, random);
        others.sort((a, b) -> Long.compare(a.getCoverWeight(), b.getCoverWeight()));
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
        return new CoverNeedMove(index.slotResource, index.needSlot, changedSlots, slotValues, changedNeeds,
                needValues);
    }
}
