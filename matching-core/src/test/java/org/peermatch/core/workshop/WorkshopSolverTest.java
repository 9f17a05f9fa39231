package org.peermatch.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Programme;

/** Solves small workshop programmes end to end. */
class WorkshopSolverTest {

    @Test
    void plansOneWorkshopForFourParticipantsWhoNeedTheTheme() {
        Programme programme = WorkshopFixture.frame().programme(WorkshopFixture.members(
                WorkshopFixture.person("a1").name("Ana Roux").animates(1, 0).competent("pitch", 5),
                WorkshopFixture.person("p1").needs("pitch:1"),
                WorkshopFixture.person("p2").needs("pitch:2"),
                WorkshopFixture.person("p3").needs("pitch:3"),
                WorkshopFixture.person("p4").needs("pitch:1", "export:2")));

        WorkshopProposal proposal = WorkshopFixture.solve(programme);

        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.workshops()).hasSize(1);
        Workshop workshop = proposal.workshops().get(0);
        assertThat(workshop.theme()).isEqualTo("pitch");
        assertThat(workshop.animator()).isEqualTo("a1");
        assertThat(workshop.attendees()).containsExactly("p1", "p2", "p3", "p4");
        assertThat(proposal.unserved()).extracting(UnservedWorkshopNeed::topic).containsExactly("export");
        assertThat(proposal.mediumScore()).isZero();
        assertThat(List.of(proposal.score())).isNotEmpty();
    }
}
