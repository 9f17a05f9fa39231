package org.peermatch.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.WeeklyHalfDay;

/** The reasons of workshops and of needs without a seat, in the committee's words. */
class WorkshopExplanationTest {

    @Test
    void explainsTheThemeAnimatorHalfDayAndRoom() {
        Programme programme = WorkshopFixture.frame().end(WorkshopFixture.START.plusDays(4))
                .rules(1, 4, 2, 3, List.of(new WeeklyHalfDay(DayOfWeek.TUESDAY, "AM")), List.of())
                .rooms(new Room("r1", "Salle Garonne", 8, List.of()))
                .programme(WorkshopFixture.members(
                        WorkshopFixture.person("a1").name("Ana Roux").animates(2, 0).competent("pitch", 5),
                        WorkshopFixture.person("p1").name("Cy").needs("pitch:1", "export:1"),
                        WorkshopFixture.person("p2").name("Di").needs("pitch:2"),
                        WorkshopFixture.person("p3").name("Ed").needs("pitch:3")
                                .halfDays(new WeeklyHalfDay(DayOfWeek.MONDAY, "AM")),
                        WorkshopFixture.person("p4").name("Fa").needs("pitch:3")));

        WorkshopProposal proposal = WorkshopFixture.solve(programme);

        Workshop workshop = proposal.workshops().get(0);
        assertThat(workshop.date()).isEqualTo(WorkshopFixture.START.plusDays(1));
        assertThat(workshop.attendees()).containsExactly("p1", "p2", "p4");
        assertThat(workshop.reasons()).containsExactly(
                "Theme pitch: 4 participants who asked for workshops need it, 1 of them as essential (priority 1);"
                        + " it comes 1st of 2 themes by demand (priority weights of the participants who can"
                        + " attend).",
                "Ana Roux (a1) leads it: level 5 on pitch (at least 4 needed); they offer to lead 2 workshops and"
                        + " lead this one only.",
                "Tuesday 2 March 2027 (AM): Ana Roux (a1) and 3 of the 4 participants who need pitch are"
                        + " available; 3 participants attend (2 to 3 allowed). It is one of the committee's"
                        + " preferred half-days. It is the only workshop of the programme.",
                "Salle Garonne (r1) seats 8: enough for the 3 participants and the animator.");
        assertThat(proposal.unserved()).extracting(UnservedWorkshopNeed::participant, UnservedWorkshopNeed::topic)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p1", "export"),
                        org.assertj.core.groups.Tuple.tuple("p3", "pitch"));
        assertThat(proposal.unserved().get(0).reasons()).containsExactly("No workshop on export takes place: no"
                + " member who offers to animate workshops is at level 4 or more on it.");
        assertThat(proposal.unserved().get(1).reasons()).containsExactly("Ed (p3) is not available on the half-day"
                + " of the pitch workshop (Tuesday 2 March 2027 (AM)).");
    }

    @Test
    void explainsAFullWorkshopAndThemesTheCommitteeDidNotChoose() {
        Programme programme = WorkshopFixture.frame().end(WorkshopFixture.START.plusDays(4))
                .rules(0, 4, 2, 2, List.of(), List.of("pitch"))
                .programme(WorkshopFixture.members(
                        WorkshopFixture.person("a1").name("Ana Roux").animates(1, 0).competent("pitch", 5),
                        WorkshopFixture.person("p1").name("Cy").needs("pitch:1"),
                        WorkshopFixture.person("p2").name("Di").needs("pitch:1", "export:2"),
                        WorkshopFixture.person("p3").name("Ed").needs("pitch:3")));

        WorkshopProposal proposal = WorkshopFixture.solve(programme);

        assertThat(proposal.workshops()).hasSize(1);
        assertThat(proposal.workshops().get(0).reasons().get(0)).isEqualTo("The committee chose the theme pitch;"
                + " 3 participants who asked for workshops need it, 2 of them as essential (priority 1).");
        assertThat(proposal.unserved()).hasSize(2);
        assertThat(proposal.unserved().get(0).reasons()).containsExactly(
                "The committee's workshop themes do not include export.");
        assertThat(proposal.unserved().get(1).reasons().get(0))
                .startsWith("The workshop on ").endsWith(" is full (2 participants, essential needs first).");
    }
}
