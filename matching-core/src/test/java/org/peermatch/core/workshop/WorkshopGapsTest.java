package org.peermatch.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.solve.Proposal;

/**
 * A workshop not held or an essential need without a workshop seat is a gap of the whole proposal: it is not
 * complete, so the command exits 1.
 */
class WorkshopGapsTest {

    private static WorkshopProposal workshops(long medium, long notHeldScore, List<UnservedWorkshopNeed> unserved) {
        return new WorkshopProposal("0hard/" + medium + "medium/0soft", 0, medium, 0, List.of(), unserved,
                List.of(new ConstraintScore("workshop-not-held", ConstraintLevel.MEDIUM, 1, notHeldScore),
                        new ConstraintScore("workshop-priority-need-without-seat", ConstraintLevel.MEDIUM, 1,
                                medium - notHeldScore)),
                List.of());
    }

    private static Proposal proposal(WorkshopProposal workshops) {
        return Proposal.of("P", List.of(workshops), null);
    }

    @Test
    void aWorkshopNotHeldIsAGap() {
        WorkshopProposal workshops = workshops(-1, -1, List.of());

        assertThat(workshops.complete()).isFalse();
        assertThat(workshops.notHeld()).isEqualTo(1);
        assertThat(proposal(workshops).complete()).isFalse();
    }

    @Test
    void anEssentialNeedWithoutASeatIsAGapALesserOneIsNot() {
        UnservedWorkshopNeed essential = new UnservedWorkshopNeed("m01", "pitch", 1, List.of("No seat left."));
        UnservedWorkshopNeed lesser = new UnservedWorkshopNeed("m02", "pitch", 2, List.of("No seat left."));

        WorkshopProposal gap = workshops(-1, 0, List.of(essential, lesser));
        WorkshopProposal fine = workshops(0, 0, List.of(lesser));

        assertThat(gap.essentialWithoutSeat()).containsExactly(essential);
        assertThat(proposal(gap).complete()).isFalse();
        assertThat(fine.complete()).isTrue();
        assertThat(proposal(fine).complete()).isTrue();
    }
}
