package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.api.domain.common.Lookup;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/**
 * Covers one need in domain terms, in one step: its participant's slot takes a resource person competent on it,
 * the slot's other needs that this person does not master move to the participant's other slot (or are left
 * uncovered), and needs of other participants are taken from the resource person when their hours or participants
 * would run out. Built by {@link CoverNeedMoveFactory} from the working solution; the solver scores and undoes it.
 */
final class CoverNeedMove implements Move<AccompanimentPlan> {

    private final PlanningVariableMetaModel<AccompanimentPlan, ResourceSlot, ResourcePerson> slotResource;
    private final PlanningVariableMetaModel<AccompanimentPlan, NeedAssignment, ResourceSlot> needSlot;
    private final List<ResourceSlot> slots;
    private final List<ResourcePerson> resources;
    private final List<NeedAssignment> needs;
    private final List<ResourceSlot> needSlots;

    /**
     * @param slots the slots to change, in order, each taking the resource person at the same index of resources
     * @param needs the needs to change, in order, each taking the slot (or null) at the same index of needSlots
     */
    CoverNeedMove(PlanningVariableMetaModel<AccompanimentPlan, ResourceSlot, ResourcePerson> slotResource,
            PlanningVariableMetaModel<AccompanimentPlan, NeedAssignment, ResourceSlot> needSlot,
            List<ResourceSlot> slots, List<ResourcePerson> resources, List<NeedAssignment> needs,
            List<ResourceSlot> needSlots) {
        this.slotResource = slotResource;
        this.needSlot = needSlot;
        this.slots = slots;
        this.resources = resources;
        this.needs = needs;
        this.needSlots = needSlots;
    }

    /** @return the slots the move changes, in order */
    List<ResourceSlot> slots() {
        return slots;
    }

    /** @return the resource person each changed slot takes */
    List<ResourcePerson> resources() {
        return resources;
    }

    /** @return the needs the move changes, in order */
    List<NeedAssignment> needs() {
        return needs;
    }

    /** @return the slot (or null) each changed need takes */
    List<ResourceSlot> needSlots() {
        return needSlots;
    }

    @Override
    public void execute(MutableSolutionView<AccompanimentPlan> view) {
        for (int i = 0; i < slots.size(); i++) {
            view.changeVariable(slotResource, slots.get(i), resources.get(i));
        }
        for (int i = 0; i < needs.size(); i++) {
            view.changeVariable(needSlot, needs.get(i), needSlots.get(i));
        }
    }

    @Override
    public Move<AccompanimentPlan> rebase(Lookup lookup) {
        return new CoverNeedMove(slotResource, needSlot, lookUp(lookup, slots), lookUp(lookup, resources),
                lookUp(lookup, needs), lookUp(lookup, needSlots));
    }

    private static <T> List<T> lookUp(Lookup lookup, List<T> objects) {
        List<T> working = new ArrayList<>(objects.size());
        for (T object : objects) {
            working.add(object == null ? null : lookup.lookUpWorkingObject(object));
        }
        return working;
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        LinkedHashSet<Object> entities = new LinkedHashSet<>(slots);
        entities.addAll(needs);
        return entities;
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        LinkedHashSet<Object> values = new LinkedHashSet<>(resources);
        values.addAll(needSlots);
        values.remove(null);
        return values;
    }

    @Override
    public String describe() {
        return "CoverNeedMove";
    }

    @Override
    public String toString() {
        return "slots " + slots + " <- " + resources + ", needs " + needs + " <- " + needSlots;
    }
}
