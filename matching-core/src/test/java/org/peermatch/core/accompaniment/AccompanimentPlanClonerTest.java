package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.testing.Programmes;

class AccompanimentPlanClonerTest {

    /** The clone holds new slots and needs with the same values, its needs on its own slots; facts are shared. */
    @Test
    void cloneHasNewEntitiesWithTheSameValues() {
        Programme programme = Programmes.generateVaried(2, 24, 8, 10);
        AccompanimentPlan plan = AccompanimentProblem.build(programme, new PairScoring(programme));
        // Resource persons on the slots and needs on slots, to clone values and references between entities.
        for (ResourceSlot slot : plan.getSlots()) {
            if (!slot.isPinned() && slot.getResource() == null && !slot.getCandidates().isEmpty()) {
                slot.setResource(slot.getCandidates().getFirst());
            }
        }
        assertThat(plan.getSlots()).anyMatch(slot -> slot.getResource() != null);
        for (NeedAssignment need : plan.getAssignments()) {
            if (!need.isPinned() && need.getSlot() == null) {
                need.setSlot(need.getSlots().getLast());
            }
        }
        AccompanimentPlan clone = new AccompanimentPlanCloner().cloneSolution(plan);

        assertThat(clone.getParticipants()).isSameAs(plan.getParticipants());
        assertThat(clone.getResourcePersons()).isSameAs(plan.getResourcePersons());
        assertThat(clone.getScore()).isEqualTo(plan.getScore());
        Map<ResourceSlot, ResourceSlot> slotOf = new IdentityHashMap<>();
        assertThat(clone.getSlots()).hasSameSizeAs(plan.getSlots());
        for (int i = 0; i < plan.getSlots().size(); i++) {
            ResourceSlot original = plan.getSlots().get(i);
            ResourceSlot copy = clone.getSlots().get(i);
            assertThat(copy).isNotSameAs(original).hasToString(original.toString());
            assertThat(copy.getParticipant()).isSameAs(original.getParticipant());
            assertThat(copy.getCandidates()).isSameAs(original.getCandidates());
            assertThat(copy.getResource()).isSameAs(original.getResource());
            assertThat(copy.isPinned()).isEqualTo(original.isPinned());
            slotOf.put(original, copy);
        }
        assertThat(clone.getAssignments()).hasSameSizeAs(plan.getAssignments());
        for (int i = 0; i < plan.getAssignments().size(); i++) {
            NeedAssignment original = plan.getAssignments().get(i);
            NeedAssignment copy = clone.getAssignments().get(i);
            assertThat(copy).isNotSameAs(original).hasToString(original.toString());
            assertThat(copy.getSlot()).isSameAs(original.getSlot() == null ? null : slotOf.get(original.getSlot()));
            assertThat(copy.getSlots()).hasSameSizeAs(original.getSlots());
            for (int j = 0; j < original.getSlots().size(); j++) {
                assertThat(copy.getSlots().get(j)).isSameAs(slotOf.get(original.getSlots().get(j)));
            }
            assertThat(copy.getNeed()).isSameAs(original.getNeed());
            assertThat(copy.isPinned()).isEqualTo(original.isPinned());
            assertThat(copy.getMinimumLevel()).isEqualTo(original.getMinimumLevel());
        }
        // Changing the clone leaves the original as it was.
        NeedAssignment first = plan.getAssignments().getFirst();
        ResourceSlot before = first.getSlot();
        clone.getAssignments().getFirst().setSlot(null);
        assertThat(first.getSlot()).isSameAs(before);
    }
}
