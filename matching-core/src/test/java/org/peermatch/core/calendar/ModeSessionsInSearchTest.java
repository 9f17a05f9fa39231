package org.peermatch.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.START;
import static org.peermatch.core.calendar.CalendarFixture.assignment;
import static org.peermatch.core.calendar.CalendarFixture.codev;
import static org.peermatch.core.calendar.CalendarFixture.group;
import static org.peermatch.core.calendar.CalendarFixture.immersion;
import static org.peermatch.core.calendar.CalendarFixture.member;
import static org.peermatch.core.calendar.CalendarFixture.proposal;
import static org.peermatch.core.calendar.CalendarFixture.weekly;

import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.Test;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.workshop.Workshop;
import org.peermatch.core.workshop.WorkshopProposal;

/**
 * Immersion days, co-development sessions and workshops make room for the 1:1 meetings: when the half-day a mode
 * chose is the only one a pair can meet on, the session moves (as little as it can, a workshop with its room) and
 * the meeting is dated; the mode's section then shows the calendar's day. With nothing to gain, they stay.
 */
class ModeSessionsInSearchTest {

    private static final LocalDate TUESDAY = START.plusDays(1);

    /** One week; p1 can only meet on Tuesday morning, everybody else any day. */
    private static Programme oneWeek() {
        return CalendarFixture.programme(List.of(member("p1", weekly("TUE-AM")), member("r1"), member("m1"),
                member("x1")), START.plusDays(4), List.of(), List.of(), CalendarChanges.NONE);
    }

    private static ProgrammeCalendar search(Programme programme, Proposal proposal) {
        CalendarPlan plan = CalendarSearch.build(programme, proposal.modes(), List.of());
        CalendarPlan best = SolverFactory.<CalendarPlan>create(CalendarSearch.solverConfig(
                new SolverSettings(null, null, 2_000L, 1), EnvironmentMode.FULL_ASSERT)).buildSolver().solve(plan);
        return CalendarSearch.calendar(best);
    }

    @Test
    void anImmersionDayMovesOneDaySoThatAMeetingWithNoOtherDateIsDated() {
        Programme programme = oneWeek();
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 2)),
                List.of(immersion("m1", "r1", TUESDAY)), List.of());
        assertThat(CalendarPlanner.plan(programme, proposal.modes(), List.of()).unplaced())
                .extracting(UnplacedSession::id).containsExactly("accompaniment-p1-r1-1");

        ProgrammeCalendar calendar = search(programme, proposal);

        assertThat(calendar.unplaced()).isEmpty();
        assertThat(calendar.session("accompaniment-p1-r1-1").date()).isEqualTo(TUESDAY);
        Session day = calendar.session("immersion-m1-r1");
        assertThat(day.date()).isIn(TUESDAY.minusDays(1), TUESDAY.plusDays(1));
        assertThat(day.reportDue()).isEqualTo(day.date().plusDays(programme.immersion().reportDueDays()));
        assertThat(day.notes().getLast()).startsWith("Moved from Tuesday 5 January 2027 (whole day) to ")
                .contains("1:1 meetings");
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
        ImmersionProposal section = (ImmersionProposal) ModeDates.align(List.copyOf(proposal.modes()), calendar)
                .stream().filter(ImmersionProposal.class::isInstance).findFirst().orElseThrow();
        assertThat(section.pairings().get(0).day()).isEqualTo(day.date());
        assertThat(section.pairings().get(0).reportDue()).isEqualTo(day.reportDue());
    }

    @Test
    void aCoDevelopmentSessionMovesSoThatAMeetingWithNoOtherDateIsDated() {
        Programme programme = oneWeek();
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 2)), List.of(),
                List.of(group(1, List.of("r1", "m1", "x1"), codev(1, TUESDAY, "AM", "m1"))));

        ProgrammeCalendar calendar = search(programme, proposal);

        assertThat(calendar.unplaced()).isEmpty();
        assertThat(calendar.session("accompaniment-p1-r1-1").date()).isEqualTo(TUESDAY);
        Session moved = calendar.session("codevelopment-g1-1");
        assertThat(moved.date()).as("the nearest free value: the same day's afternoon").isEqualTo(TUESDAY);
        assertThat(moved.halfDay()).isEqualTo("PM");
        List<ModeProposal> aligned = ModeDates.align(List.copyOf(proposal.modes()), calendar);
        CodevelopmentProposal section = (CodevelopmentProposal) aligned.stream()
                .filter(CodevelopmentProposal.class::isInstance).findFirst().orElseThrow();
        assertThat(section.groups().get(0).sessions().get(0).halfDay()).isEqualTo("PM");
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void aWorkshopMovesWithItsRoomSoThatAMeetingWithNoOtherDateIsDated() {
        Room room = new Room("salle", "Salle du canal", 12, List.of(START));
        Programme programme = CalendarFixture.programme(List.of(member("p1", weekly("TUE-AM")), member("r1"),
                member("m1"), member("x1")), START.plusDays(4), List.of(), List.of(room), CalendarChanges.NONE);
        Workshop planned = new Workshop(1, "pitch", "r1", TUESDAY, "AM", "salle", List.of("m1", "x1"),
                List.of("Chosen."));
        WorkshopProposal workshops = new WorkshopProposal("0hard/0medium/0soft", 0, 0, 0, List.of(planned), List.of(),
                List.of(), List.of());
        Proposal accompaniment = proposal(List.of(assignment("p1", "r1", "pitch", 2)));
        List<ModeProposal> modes = new java.util.ArrayList<>(accompaniment.modes());
        modes.add(workshops);
        List<Session> workshopSessions = CalendarPlanner.workshopSessions(programme, workshops);
        assertThat(CalendarPlanner.plan(programme, modes, workshopSessions).unplaced())
                .extracting(UnplacedSession::id).containsExactly("accompaniment-p1-r1-1");
        CalendarPlan plan = CalendarSearch.build(programme, modes, workshopSessions);
        CalendarPlan best = SolverFactory.<CalendarPlan>create(CalendarSearch.solverConfig(
                new SolverSettings(null, null, 2_000L, 1), EnvironmentMode.FULL_ASSERT)).buildSolver().solve(plan);
        ProgrammeCalendar calendar = CalendarSearch.calendar(best);

        assertThat(calendar.session("accompaniment-p1-r1-1").date()).isEqualTo(TUESDAY);
        Session moved = calendar.session("workshop-1");
        assertThat(moved.date()).as("its nearest free half-day: the same afternoon").isEqualTo(TUESDAY);
        assertThat(moved.halfDay()).isEqualTo("PM");
        assertThat(moved.room()).isEqualTo("salle");
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
        WorkshopProposal section = (WorkshopProposal) ModeDates.align(modes, calendar).stream()
                .filter(WorkshopProposal.class::isInstance).findFirst().orElseThrow();
        assertThat(section.workshops().get(0).date()).isEqualTo(moved.date());
        assertThat(section.workshops().get(0).halfDay()).isEqualTo(moved.halfDay());
        assertThat(section.workshops().get(0).reasons().getLast()).startsWith("On the calendar, moved from ");
    }

    @Test
    void withNothingToGainTheModesSessionsStay() {
        Programme programme = oneWeek();
        Proposal proposal = proposal(List.of(assignment("r1", "x1", "pitch", 2)),
                List.of(immersion("m1", "r1", TUESDAY)), List.of());

        ProgrammeCalendar greedy = CalendarPlanner.plan(programme, proposal.modes(), List.of());
        ProgrammeCalendar calendar = search(programme, proposal);

        assertThat(calendar.session("immersion-m1-r1")).isEqualTo(greedy.session("immersion-m1-r1"));
    }
}
