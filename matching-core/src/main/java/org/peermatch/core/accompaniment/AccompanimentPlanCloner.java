package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;

/**
 * The planning clone of an {@link AccompanimentPlan}, written out: new slots and needs with the same values (a
 * need's slot and its list of slots pointing at the new slots), the problem facts and their lists shared.
 *
 * <p>Timefold clones the working plan at every new best score. Its generic cloner walks every field of every entity
 * and every element of every collection it reaches, a slot's candidates included (564 resource persons a slot at
 * XL): at XL it took about 40% of the solver thread, more than the moves (benchmarks/README.md, finding 9). This
 * one costs a constructor call per entity.
 */
public final class AccompanimentPlanCloner implements SolutionCloner<AccompanimentPlan> {

    /** For Timefold, which makes it from {@link AccompanimentPlan}'s annotation. */
    public AccompanimentPlanCloner() {
    }

    @Override
    public AccompanimentPlan cloneSolution(AccompanimentPlan original) {
        List<ResourceSlot> slots = original.getSlots();
        Map<ResourceSlot, ResourceSlot> slotClones = new IdentityHashMap<>(slots.size());
        List<ResourceSlot> slotsClone = new ArrayList<>(slots.size());
        for (ResourceSlot slot : slots) {
            ResourceSlot clone = new ResourceSlot(slot.getId(), slot.getParticipant(), slot.getCandidates(),
                    slot.getResource(), slot.isPinned());
            slotClones.put(slot, clone);
            slotsClone.add(clone);
        }
        List<NeedAssignment> needs = original.getAssignments();
        List<NeedAssignment> needsClone = new ArrayList<>(needs.size());
        // A participant's needs share one list of its slots: so do their clones.
        Map<List<ResourceSlot>, List<ResourceSlot>> slotListClones = new IdentityHashMap<>();
        for (NeedAssignment need : needs) {
            List<ResourceSlot> needSlots = slotListClones.computeIfAbsent(need.getSlots(),
                    list -> cloneSlots(list, slotClones));
            needsClone.add(need.cloneWith(needSlots, clone(need.getSlot(), slotClones)));
        }
        AccompanimentPlan clone = new AccompanimentPlan(original.getParticipants(), original.getResourcePersons(),
                original.getPinnedPairs(), slotsClone, needsClone, original.getConstraintWeightOverrides());
        clone.setBaselinePairs(original.getBaselinePairs());
        clone.setBaselineNeeds(original.getBaselineNeeds());
        clone.setReplan(original.getReplan());
        clone.setEarlierPairs(original.getEarlierPairs());
        clone.setScore(original.getScore());
        return clone;
    }

    private static List<ResourceSlot> cloneSlots(List<ResourceSlot> slots,
            Map<ResourceSlot, ResourceSlot> slotClones) {
        List<ResourceSlot> clone = new ArrayList<>(slots.size());
        for (ResourceSlot slot : slots) {
            clone.add(clone(slot, slotClones));
        }
        return clone;
    }

    private static ResourceSlot clone(ResourceSlot slot, Map<ResourceSlot, ResourceSlot> slotClones) {
        if (slot == null) {
            return null;
        }
        ResourceSlot clone = slotClones.get(slot);
        if (clone == null) {
            throw new IllegalStateException("The slot (" + slot.getId() + ") of a need is not among the plan's slots.\n"
                    + "Maybe the plan was changed without its slots list: build it with AccompanimentProblem.");
        }
        return clone;
    }
}
