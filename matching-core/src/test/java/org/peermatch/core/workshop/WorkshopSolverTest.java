package org.peermatch.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WeeklyHalfDay;

/** Solves small workshop programmes end to end: what is planned, kept, checked and reproducible. */
class WorkshopSolverTest {

    private static WorkshopFixture.Person participant(String id, String... needs) {
        return WorkshopFixture.person(id).name("Participant " + id).needs(needs);
    }

    @Test
    void plansOneWorkshopForFourParticipantsWhoNeedTheTheme() {
        Programme programme = WorkshopFixture.frame().programme(WorkshopFixture.members(
                WorkshopFixture.person("a1").name("Ana Roux").animates(1, 0).competent("pitch", 5),
                participant("p1", "pitch:1"), participant("p2", "pitch:2"), participant("p3", "pitch:3"),
                participant("p4", "pitch:1", "export:2")));

        WorkshopProposal proposal = WorkshopFixture.solve(programme);

        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.workshops()).hasSize(1);
        Workshop workshop = proposal.workshops().get(0);
        assertThat(workshop.theme()).isEqualTo("pitch");
        assertThat(workshop.animator()).isEqualTo("a1");
        assertThat(workshop.attendees()).containsExactly("p1", "p2", "p3", "p4");
        assertThat(workshop.room()).isNull();
        assertThat(proposal.unserved()).extracting(UnservedWorkshopNeed::topic).containsExactly("export");
        assertThat(proposal.mediumScore()).isZero();
    }

    @Test
    void choosesTwoWorkshopsForAThemeAskedForByMoreThanTheMaximumAndNoneForTooFewParticipants() {
        Programme programme = WorkshopFixture.frame().attendance(3, 6).programme(WorkshopFixture.members(
                WorkshopFixture.person("a1").animates(1, 0).competent("pitch", 5).competent("export", 5),
                WorkshopFixture.person("a2").animates(1, 0).competent("pitch", 4),
                participant("p1", "pitch:1"), participant("p2", "pitch:1"), participant("p3", "pitch:2"),
                participant("p4", "pitch:2"), participant("p5", "pitch:3"), participant("p6", "pitch:3"),
                participant("p7", "pitch:1"), participant("p8", "pitch:2", "export:1"),
                participant("p9", "pitch:3", "export:1")));

        WorkshopPlan plan = WorkshopProblem.build(programme);
        WorkshopProposal proposal = WorkshopFixture.solve(programme);

        assertThat(plan.getWorkshops()).as("9 for pitch at 6 at most: 2; export: 2 < 3, none").hasSize(2);
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.workshops()).extracting(Workshop::theme).containsExactly("pitch", "pitch");
        assertThat(proposal.workshops().stream().mapToInt(w -> w.attendees().size()).sum()).isEqualTo(9);
        assertThat(proposal.workshops().get(0).date()).as("spread apart")
                .isNotEqualTo(proposal.workshops().get(1).date());
        assertThat(proposal.unserved()).extracting(UnservedWorkshopNeed::participant, UnservedWorkshopNeed::topic)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p8", "export"),
                        org.assertj.core.groups.Tuple.tuple("p9", "export"));
    }

    @Test
    void respectsClosedDaysPreferredHalfDaysRoomsAndAvailability() {
        LocalDate end = WorkshopFixture.START.plusDays(11);
        Programme programme = WorkshopFixture.frame().end(end)
                .rules(1, 4, 3, 10, List.of(new WeeklyHalfDay(DayOfWeek.THURSDAY, "PM")), List.of())
                .closed(new ClosedPeriod(WorkshopFixture.START.plusDays(3), WorkshopFixture.START.plusDays(3),
                        "holiday"))
                .rooms(new Room("small", "Small room", 3, List.of()),
                        new Room("big", "Big room", 12, List.of(WorkshopFixture.START.plusDays(11))))
                .programme(WorkshopFixture.members(
                        WorkshopFixture.person("a1").animates(1, 0).competent("pitch", 5)
                                .weekdays(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                        participant("p1", "pitch:1").weekdays(DayOfWeek.THURSDAY),
                        participant("p2", "pitch:1").weekdays(DayOfWeek.THURSDAY),
                        participant("p3", "pitch:1"), participant("p4", "pitch:2")));

        WorkshopProposal proposal = WorkshopFixture.solve(programme);

        // Thursday 4 March is closed, so Thursday 11 March PM (preferred), in the big room: the small one seats 2
        assertThat(proposal.feasible()).isTrue();
        Workshop workshop = proposal.workshops().get(0);
        assertThat(workshop.date()).isEqualTo(WorkshopFixture.START.plusDays(10));
        assertThat(workshop.halfDay()).isEqualTo("PM");
        assertThat(workshop.room()).isEqualTo("big");
        assertThat(workshop.attendees()).containsExactly("p1", "p2", "p3", "p4");
        assertThat(proposal.softScore()).isZero();
    }

    @Test
    void keepsAHeldWorkshopWithItsAttendeesAndPlansTheRestAfterTheReplanningDay() {
        LocalDate held = WorkshopFixture.START.plusDays(1);
        LocalDate replanFrom = WorkshopFixture.START.plusDays(14);
        Programme programme = WorkshopFixture.frame().count(2)
                .changes(new CalendarChanges(replanFrom, List.of(new SessionRecord(Mode.WORKSHOP,
                        List.of("a1", "p1", "p2", "p3", "p4"), held, "AM", SessionStatus.HELD, false, "", 0))))
                .programme(WorkshopFixture.members(
                        WorkshopFixture.person("a1").animates(1, 0).competent("pitch", 5),
                        WorkshopFixture.person("a2").animates(1, 0).competent("export", 5).competent("pitch", 5),
                        participant("p1", "pitch:1", "export:1"), participant("p2", "pitch:1", "export:2"),
                        participant("p3", "pitch:2", "export:3"), participant("p4", "pitch:3", "export:1"),
                        participant("p5", "pitch:3")));

        WorkshopProposal proposal = WorkshopFixture.solve(programme);

        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.workshops()).hasSize(2);
        Workshop kept = proposal.workshops().get(0);
        assertThat(kept.date()).isEqualTo(held);
        assertThat(kept.animator()).isEqualTo("a1");
        assertThat(kept.theme()).isEqualTo("pitch");
        assertThat(kept.attendees()).containsExactly("p1", "p2", "p3", "p4");
        assertThat(kept.reasons().get(0)).startsWith("Kept as it is from the earlier calendar");
        Workshop planned = proposal.workshops().get(1);
        assertThat(planned.theme()).as("pitch is served but for p5, export for four").isEqualTo("export");
        assertThat(planned.animator()).isEqualTo("a2");
        assertThat(planned.date()).isAfterOrEqualTo(replanFrom);
        assertThat(proposal.unserved()).extracting(UnservedWorkshopNeed::participant).containsExactly("p5");
    }

    @Test
    void leavesAWorkshopNotHeldWhenNobodyCanLeadIt() {
        Programme programme = WorkshopFixture.frame().count(2).programme(WorkshopFixture.members(
                WorkshopFixture.person("a1").animates(1, 0).competent("pitch", 5).competent("export", 3),
                participant("p1", "pitch:1", "export:1"), participant("p2", "pitch:1", "export:1"),
                participant("p3", "pitch:2", "export:1"), participant("p4", "pitch:3", "export:1")));

        WorkshopProposal proposal = WorkshopFixture.solve(programme);

        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.workshops()).hasSize(1);
        assertThat(proposal.mediumScore()).as("one workshop not held, four essential export needs").isEqualTo(-5);
        assertThat(proposal.unserved()).allSatisfy(need -> assertThat(need.reasons()).containsExactly(
                "No workshop on export takes place: no member who offers to animate workshops is at level 4 or"
                        + " more on it."));
    }

    @Test
    void plansNoMoreWorkshopsThanTheAnimatorsCanLeadTogether() {
        // pitch and export each want one workshop, but their only animator leads one: peer-match plans one
        Programme programme = WorkshopFixture.frame().programme(WorkshopFixture.members(
                WorkshopFixture.person("a1").animates(1, 0).competent("pitch", 5).competent("export", 5),
                WorkshopFixture.person("a2").animates(3, 0).competent("funding", 2),
                participant("p1", "pitch:1", "export:1"), participant("p2", "pitch:1", "export:1"),
                participant("p3", "pitch:2", "export:1"), participant("p4", "pitch:3", "export:1")));

        assertThat(WorkshopProblem.build(programme).getWorkshops()).hasSize(1);
        WorkshopProposal proposal = WorkshopFixture.solve(programme);
        assertThat(proposal.workshops()).extracting(Workshop::theme).as("four essential needs").containsExactly(
                "export");
    }

    @Test
    void keptWorkshopsAndRoomsSolveConsistentlyUnderFullAssertAndOverriddenWeightsAreReported() {
        Programme programme = WorkshopFixture.frame().count(3).attendance(2, 4)
                .rooms(new Room("r1", "Room 1", 5, List.of()), new Room("r2", "Room 2", 3, List.of()))
                .weight("workshop-demand-uncovered", 5)
                .changes(new CalendarChanges(WorkshopFixture.START.plusDays(7), List.of(new SessionRecord(
                        Mode.WORKSHOP, List.of("a1", "p1", "p2"), WorkshopFixture.START.plusDays(2), "PM",
                        SessionStatus.FIXED, false, "", 0))))
                .solver(new SolverSettings(null, null, 600L, 5L))
                .programme(WorkshopFixture.members(
                        WorkshopFixture.person("a1").animates(2, 0).competent("pitch", 5).competent("export", 4),
                        WorkshopFixture.person("a2").animates(1, 3).competent("funding", 5)
                                .weekdays(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        participant("p1", "pitch:1", "export:2"), participant("p2", "pitch:1", "funding:1"),
                        participant("p3", "pitch:2", "export:1", "funding:2"),
                        participant("p4", "pitch:3", "export:1", "funding:3").weekdays(DayOfWeek.FRIDAY),
                        participant("p5", "export:2", "funding:1")));

        WorkshopProposal proposal = WorkshopFixture.solve(programme, EnvironmentMode.FULL_ASSERT);

        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.workshops()).hasSize(3);
        assertThat(proposal.workshops().get(0).attendees()).containsExactly("p1", "p2");
        assertThat(proposal.workshops().subList(1, 3)).allSatisfy(workshop -> {
            assertThat(workshop.date()).isAfterOrEqualTo(WorkshopFixture.START.plusDays(7));
            assertThat(workshop.room()).isNotNull();
        });
        assertThat(proposal.constraints()).filteredOn(c -> c.id().equals("workshop-demand-uncovered"))
                .singleElement().satisfies(c -> assertThat(c.weight()).isEqualTo(5));
    }

    @Test
    void aHardRuleSwitchedOffPrunesNothing() {
        WorkshopFixture.Frame frame = WorkshopFixture.frame().end(WorkshopFixture.START.plusDays(6)).count(1);
        List<org.peermatch.core.model.Member> members = WorkshopFixture.members(
                WorkshopFixture.person("a1").animates(1, 0).competent("pitch", 2), participant("p1", "pitch:1"));
        WorkshopPlan on = WorkshopProblem.build(frame.programme(members));
        WorkshopPlan off = WorkshopProblem.build(frame.weight("workshop-closed-day", 0)
                .weight("workshop-animator-not-competent", 0).programme(members));

        assertThat(on.getLeads()).isEmpty();
        assertThat(off.getLeads()).hasSize(1);
        assertThat(on.getWorkshops().get(0).getHalfDayRange()).hasSize(10);
        assertThat(off.getWorkshops().get(0).getHalfDayRange()).as("the weekend too").hasSize(14);
    }

    @Test
    void isEmptyWithoutParticipantsOrThemes() {
        Programme nobody = WorkshopFixture.frame().programme(WorkshopFixture.members(
                WorkshopFixture.person("a1").animates(1, 0).competent("pitch", 5)));
        Programme noNeeds = WorkshopFixture.frame().programme(WorkshopFixture.members(
                WorkshopFixture.person("a1").animates(1, 0).competent("pitch", 5),
                WorkshopFixture.person("p1").needs()));

        assertThat(WorkshopProblem.build(nobody).isEmpty()).isTrue();
        assertThat(WorkshopProblem.build(noNeeds).isEmpty()).isTrue();
    }

    @Test
    void fullAssertSolvesAreConsistent() {
        for (long seed : new long[] {3, 11, 13}) {
            Programme programme = WorkshopFixture.generate(seed, 14, 4, 8)
                    .withSolver(new SolverSettings(null, null, 400L, seed));
            WorkshopProposal proposal = WorkshopFixture.solve(programme, EnvironmentMode.FULL_ASSERT);
            assertThat(proposal.violations()).isEmpty();
        }
    }

    @Test
    void sameProgrammeAndSeedGiveTheSameProposal() {
        Programme programme = WorkshopFixture.generate(21, 20, 4, 10);

        WorkshopProposal first = WorkshopFixture.solve(programme);
        WorkshopProposal second = WorkshopFixture.solve(programme);

        assertThat(second).isEqualTo(first);
        assertThat(first.workshops()).isNotEmpty();
    }
}
