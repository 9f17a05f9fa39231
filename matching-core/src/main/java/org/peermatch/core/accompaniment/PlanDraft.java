package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Changes to the working plan being drafted for one compound move, with the hours and participants each touched
 * resource person would have after them. The working plan itself is only read: the draft becomes a
 * {@link CoverNeedMove} (its final values) that the solver scores, keeps or undoes like any move.
 *
 * <p>A resource person's load is read from the {@link WorkingLoads} of the step the first time the draft looks at
 * them, and kept up to date by the draft's own changes once a change touches them; how many needs a participant has
 * with them is read from that participant's needs when a change touches the pair. A draft thus costs what it
 * touches, not the size of the plan.
 */
final class PlanDraft {

    /** What a resource person would carry after the draft's changes. */
    private final class Load {
        private final ResourcePerson resource;
        private int hours;
        private int participants;
        /** Covered needs by participant, for the participants whose needs on this person the draft changed. */
        private final Map<Participant, Integer> needs = new HashMap<>();
        /** The needs the draft gave this person (some may have left again). */
        private final List<NeedAssignment> gained = new ArrayList<>(4);

        Load(ResourcePerson resource) {
            this.resource = resource;
            hours = working.hours(resource);
            participants = working.participants(resource);
        }

        /** @return how many of the participant's needs the resource person covers in the draft */
        int count(Participant participant) {
            Integer count = needs.get(participant);
            return count != null ? count : workingCount(participant);
        }

        private int workingCount(Participant participant) {
            int count = 0;
            for (NeedAssignment need : index.needsOf(participant)) {
                if (need.getResource() == resource) {
                    count++;
                }
            }
            return count;
        }

        void add(NeedAssignment need) {
            hours += need.hours();
            gained.add(need);
            int count = count(need.getParticipant());
            if (count == 0) {
                participants++;
            }
            needs.put(need.getParticipant(), count + 1);
        }

        void remove(NeedAssignment need) {
            hours -= need.hours();
            int count = count(need.getParticipant()) - 1;
            if (count == 0) {
                participants--;
            }
            needs.put(need.getParticipant(), count);
        }
    }

    private final PlanIndex index;
    private final WorkingLoads working;
    private final Map<ResourceSlot, ResourcePerson> slotResource = new LinkedHashMap<>();
    private final Map<NeedAssignment, ResourceSlot> needSlot = new LinkedHashMap<>();
    private final Map<ResourcePerson, Load> loads = new HashMap<>();

    /** A draft on the working plan whose loads are read afresh (tests; the factories share them over a step). */
    PlanDraft(PlanIndex index) {
        this(index, new WorkingLoads(index));
    }

    /** @param working the working plan's loads, valid for the current step */
    PlanDraft(PlanIndex index, WorkingLoads working) {
        this.index = index;
        this.working = working;
    }

    ResourcePerson resourceOf(ResourceSlot slot) {
        if (slotResource.isEmpty()) {
            return slot.getResource();
        }
        ResourcePerson resource = slotResource.get(slot);
        return resource != null || slotResource.containsKey(slot) ? resource : slot.getResource();
    }

    ResourceSlot slotOf(NeedAssignment need) {
        if (needSlot.isEmpty()) {
            return need.getSlot();
        }
        ResourceSlot slot = needSlot.get(need);
        return slot != null || needSlot.containsKey(need) ? slot : need.getSlot();
    }

    /** @return the resource person covering the need in the draft, or null */
    ResourcePerson resourceOf(NeedAssignment need) {
        ResourceSlot slot = slotOf(need);
        return slot == null ? null : resourceOf(slot);
    }

    private Load load(ResourcePerson resource) {
        return loads.computeIfAbsent(resource, Load::new);
    }

    int hoursLeft(ResourcePerson resource) {
        Load load = loads.get(resource);
        return resource.hoursCapacity() - (load != null ? load.hours : working.hours(resource));
    }

    boolean accompanies(ResourcePerson resource, Participant participant) {
        Load load = loads.get(resource);
        if (load != null) {
            return load.count(participant) > 0;
        }
        for (NeedAssignment need : index.needsOf(participant)) {
            if (need.getResource() == resource) {
                return true;
            }
        }
        return false;
    }

    int participantsLeft(ResourcePerson resource) {
        Load load = loads.get(resource);
        return resource.participantsCapacity() - (load != null ? load.participants : working.participants(resource));
    }

    /** @return the needs the resource person covers in the draft, in plan order of their participants */
    List<NeedAssignment> coveredBy(ResourcePerson resource) {
        List<NeedAssignment> covered = new ArrayList<>();
        for (NeedAssignment need : working.covered(resource)) {
            if (resourceOf(need) == resource) {
                covered.add(need);
            }
        }
        Load load = loads.get(resource);
        if (load != null && !load.gained.isEmpty()) {
            for (NeedAssignment need : load.gained) {
                if (resourceOf(need) == resource && !covered.contains(need)) {
                    covered.add(need);
                }
            }
            covered.sort(Comparator.comparingInt(index::position));
        }
        return covered;
    }

    /** @return the participant's needs on the slot in the draft */
    List<NeedAssignment> needsOn(ResourceSlot slot) {
        List<NeedAssignment> on = new ArrayList<>(2);
        for (NeedAssignment need : index.needsOf(slot.getParticipant())) {
            if (slotOf(need) == slot) {
                on.add(need);
            }
        }
        return on;
    }

    /** Puts the need on the slot (null: uncovers it). The caller keeps pinned needs out. */
    void assign(NeedAssignment need, ResourceSlot slot) {
        ResourcePerson before = resourceOf(need);
        ResourcePerson after = slot == null ? null : resourceOf(slot);
        needSlot.put(need, slot);
        if (before != after) {
            if (before != null) {
                load(before).remove(need);
            }
            if (after != null) {
                load(after).add(need);
            }
        }
    }

    /** Points the slot at the resource person (null: empties it); its needs follow. The caller keeps pins out. */
    void point(ResourceSlot slot, ResourcePerson resource) {
        ResourcePerson before = resourceOf(slot);
        if (before == resource) {
            return;
        }
        for (NeedAssignment need : needsOn(slot)) {
            if (before != null) {
                load(before).remove(need);
            }
            if (resource != null) {
                load(resource).add(need);
            }
        }
        slotResource.put(slot, resource);
    }

    private static boolean allowed(Participant participant, ResourcePerson resource) {
        return !participant.conflicted(resource) && participant.missingHalfDays(resource) == 0;
    }

    /**
     * Covers an uncovered need greedily without uncovering any other: on a slot of its participant whose resource
     * person masters it and has room, else by pointing a slot at a competent resource person with room, the slot
     * either empty (or holding no need) or holding needs that person masters too (they move along). Among the
     * latter, the person mastering most of the participant's other uncovered needs, random ties.
     *
     * @param excluded a resource person not to point a slot at (the one a chain just took the need from), or null
     * @return whether the need is covered now
     */
    boolean insert(NeedAssignment need, ResourcePerson excluded, RandomGenerator random) {
        Participant participant = need.getParticipant();
        List<ResourceSlot> slots = index.slotsOf(participant);
        ResourceSlot bestSlot = null;
        int bestLevel = -1;
        for (ResourceSlot slot : slots) {
            ResourcePerson resource = resourceOf(slot);
            if (PlanIndex.masters(resource, need) && hoursLeft(resource) >= need.hours()
                    && (accompanies(resource, participant) || participantsLeft(resource) > 0)
                    && need.levelOf(resource) > bestLevel) {
                bestSlot = slot;
                bestLevel = need.levelOf(resource);
            }
        }
        if (bestSlot != null) {
            assign(need, bestSlot);
            return true;
        }
        ResourcePerson bestResource = null;
        long bestValue = Long.MIN_VALUE;
        // The participant's resource persons, read once: the loop below changes nothing.
        ResourcePerson[] held = new ResourcePerson[slots.size()];
        for (int i = 0; i < held.length; i++) {
            held[i] = resourceOf(slots.get(i));
        }
        for (ResourceSlot slot : slots) {
            if (slot.isPinned()) {
                continue;
            }
            List<NeedAssignment> on = needsOn(slot);
            int hours = need.hours();
            for (NeedAssignment other : on) {
                hours += other.hours();
            }
            for (ResourcePerson resource : index.competent(need)) {
                // the cheap tests first: at L a need has hundreds of competent persons, most of them full
                if (resource == excluded || contains(held, resource) || hoursLeft(resource) < hours
                        || participantsLeft(resource) <= 0 || !mastersAll(resource, on)
                        || !allowed(participant, resource)) {
                    continue;
                }
                long value = (on.isEmpty() ? 1_000L : 0L) + random.nextInt(1_000);
                for (NeedAssignment other : index.needsOf(participant)) {
                    if (other != need && !other.isPinned() && resourceOf(other) == null
                            && PlanIndex.masters(resource, other)) {
                        value += 2_000L * other.getCoverWeight();
                    }
                }
                if (value > bestValue) {
                    bestValue = value;
                    bestSlot = slot;
                    bestResource = resource;
                }
            }
        }
        if (bestSlot == null) {
            return false;
        }
        point(bestSlot, bestResource);
        assign(need, bestSlot);
        return true;
    }

    private static boolean contains(ResourcePerson[] held, ResourcePerson resource) {
        for (ResourcePerson one : held) {
            if (one == resource) {
                return true;
            }
        }
        return false;
    }

    private static boolean mastersAll(ResourcePerson resource, List<NeedAssignment> needs) {
        for (NeedAssignment need : needs) {
            if (!PlanIndex.masters(resource, need)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Inserts the needs, each with {@link #insert}, in one of two orders drawn at random: the highest priority
     * weight first, or the highest priority weight per hour first (which packs hours better: needs take 2 to 12
     * hours); random among equals. The needs already covered in the draft are skipped.
     */
    void insertAll(List<NeedAssignment> needs, ResourcePerson excluded, RandomGenerator random) {
        List<NeedAssignment> order = new ArrayList<>(needs);
        Collections.shuffle(order, random);
        if (random.nextBoolean()) {
            // Priority weight per hour: packs the resource persons' hours better when the hours differ.
            order.sort((a, b) -> Long.compare(b.getCoverWeight() * a.hours(), a.getCoverWeight() * b.hours()));
        } else {
            order.sort((a, b) -> Long.compare(b.getCoverWeight(), a.getCoverWeight()));
        }
        for (NeedAssignment need : order) {
            if (resourceOf(need) == null) {
                insert(need, excluded, random);
            }
        }
    }

    /** @return the move setting the drafted values that differ from the working plan's */
    CoverNeedMove toMove() {
        List<ResourceSlot> slots = new ArrayList<>();
        List<ResourcePerson> resources = new ArrayList<>();
        for (Map.Entry<ResourceSlot, ResourcePerson> change : slotResource.entrySet()) {
            if (change.getKey().getResource() != change.getValue()) {
                slots.add(change.getKey());
                resources.add(change.getValue());
            }
        }
        List<NeedAssignment> needs = new ArrayList<>();
        List<ResourceSlot> needSlots = new ArrayList<>();
        for (Map.Entry<NeedAssignment, ResourceSlot> change : needSlot.entrySet()) {
            if (change.getKey().getSlot() != change.getValue()) {
                needs.add(change.getKey());
                needSlots.add(change.getValue());
            }
        }
        return new CoverNeedMove(index.slotResource, index.needSlot, slots, resources, needs, needSlots);
    }
}
