package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselinePair;

/**
 * Starts a plan from a baseline (a published proposal): each of its pairs that is still allowed is put back in the
 * plan before the construction fills the rest, within every capacity, and becomes a {@link BaselineNeedFact} that
 * {@code keep-baseline-pair} keeps; what is no longer possible stays out (the changes say why). O(B + S) for B
 * baseline pairs and S slots.
 */
final class BaselineSeeding {

    private BaselineSeeding() {
    }

    /**
     * @param plan the unsolved plan (pinned pairs already set), changed in place
     * @param baseline the published proposal
     * @param maxChanges the budget of changes, or {@link ReplanFact#UNLIMITED}
     */
    static void seed(AccompanimentPlan plan, Baseline baseline, int maxChanges) {
        Map<String, Participant> participants = new HashMap<>();
        for (Participant participant : plan.getParticipants()) {
            participants.put(participant.getId(), participant);
        }
        Map<String, ResourcePerson> resources = new HashMap<>();
        int[] hoursLeft = new int[plan.getResourcePersons().size()];
        List<Set<Participant>> accompanied = new ArrayList<>();
        for (ResourcePerson resource : plan.getResourcePersons()) {
            resources.putIfAbsent(resource.getId(), resource);
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
        Map<String, NeedAssignment> needs = new HashMap<>();
        for (NeedAssignment need : plan.getAssignments()) {
            needs.put(need.getParticipant().getId() + "/" + need.getNeed().topic(), need);
            if (need.getResource() != null) {
                hoursLeft[need.getResource().index()] -= need.hours();
            }
        }
        // Pairs in the baseline's order; the needs put back.
        Set<List<Object>> pairs = new LinkedHashSet<>();
        List<BaselineNeedFact> kept = new ArrayList<>();
        for (BaselinePair pair : baseline.pairs()) {
            Participant participant = participants.get(pair.participant());
            ResourcePerson resource = resources.get(pair.resource());
            if (participant == null || resource == null) {
                continue;
            }
            List<ResourceSlot> slots = slotsOf.getOrDefault(participant, List.of());
            if (slots.isEmpty() || !slots.get(0).getCandidates().contains(resource)) {
                continue;
            }
            List<Object> key = List.of(participant, resource);
            pairs.add(key);
            NeedAssignment need = needs.get(pair.participant() + "/" + pair.topic());
            if (need == null || need.getSlot() != null || need.isPinned()
                    || need.levelOf(resource) < need.getMinimumLevel() || hoursLeft[resource.index()] < need.hours()) {
                continue;
            }
            ResourceSlot slot = slotOf(slots, resource);
            if (slot == null) {
                if (accompanied.get(resource.index()).size() >= resource.participantsCapacity()) {
                    continue;
                }
                slot = freeSlot(slots);
                if (slot == null) {
                    continue;
                }
                slot.setResource(resource);
                accompanied.get(resource.index()).add(participant);
            }
            need.setSlot(slot);
            hoursLeft[resource.index()] -= need.hours();
            kept.add(new BaselineNeedFact(need.getId(), participant, resource));
        }
        List<BaselinePairFact> facts = new ArrayList<>();
        for (List<Object> key : pairs) {
            facts.add(new BaselinePairFact((Participant) key.get(0), (ResourcePerson) key.get(1)));
        }
        plan.setBaselinePairs(List.copyOf(facts));
        plan.setBaselineNeeds(List.copyOf(kept));
        plan.setReplan(List.of(new ReplanFact(maxChanges)));
    }

    private static ResourceSlot slotOf(List<ResourceSlot> slots, ResourcePerson resource) {
        for (ResourceSlot slot : slots) {
            if (slot.getResource() == resource) {
                return slot;
            }
        }
        return null;
    }

    private static ResourceSlot freeSlot(List<ResourceSlot> slots) {
        for (ResourceSlot slot : slots) {
            if (slot.getResource() == null && !slot.isPinned()) {
                return slot;
            }
        }
        return null;
    }
}
