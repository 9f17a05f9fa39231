package org.peermatch.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.START;
import static org.peermatch.core.calendar.CalendarFixture.assignment;
import static org.peermatch.core.calendar.CalendarFixture.member;
import static org.peermatch.core.calendar.CalendarFixture.proposal;
import static org.peermatch.core.calendar.CalendarFixture.weekly;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.CalendarRules;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.solve.Proposal;

/**
 * A 1:1 meeting occupies its own hours, not its whole half-day: its event ends when its hours are spent, and a
 * half-day long enough for two meetings holds two, back to back, for the same resource person or participant.
 * Every other session still takes its whole half-day.
 */
class MeetingHoursTest {

    /** The first Tuesday of the programme. */
    private static final LocalDate TUESDAY = START.plusDays(1);
    /** Four-hour half-days: each holds two meetings of two hours. */
    private static final List<HalfDaySlot> LONG_HALF_DAYS = List.of(
            new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(13, 0)),
            new HalfDaySlot("PM", LocalTime.of(14, 0), LocalTime.of(18, 0)));

    /** Members available on Tuesday mornings only, in a programme of one week: one morning to meet on. */
    private static Programme oneMorning(List<HalfDaySlot> halfDays, String... ids) {
        List<Member> members = java.util.Arrays.stream(ids).map(id -> member(id, weekly("TUE-AM"))).toList();
        return CalendarFixture.programme(members, START.plusDays(4), List.of(), List.of(), CalendarChanges.NONE)
                .withDay(halfDays, CalendarRules.DEFAULT);
    }

    @Test
    void aMeetingEndsWhenItsHoursAreSpent() {
        Programme programme = CalendarFixture.programme(List.of(member("p1"), member("r1")));
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 5)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.sessions()).extracting(Session::hours).containsExactly(2, 2, 1);
        for (Session meeting : calendar.sessions()) {
            assertThat(meeting.start().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(meeting.end()).isEqualTo(meeting.start().plusHours(meeting.hours()));
        }
    }

    @Test
    void aHalfDayOfFourHoursHoldsTwoMeetingsOfOneResourcePersonBackToBack() {
        Programme programme = oneMorning(LONG_HALF_DAYS, "p1", "p2", "r1");
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 2),
                assignment("p2", "r1", "pricing", 2)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.unplaced()).isEmpty();
        assertThat(calendar.sessions()).extracting(Session::date).containsOnly(TUESDAY);
        assertThat(calendar.sessions()).extracting(Session::start).containsExactly(TUESDAY.atTime(9, 0),
                TUESDAY.atTime(11, 0));
        assertThat(calendar.sessions()).extracting(Session::end).containsExactly(TUESDAY.atTime(11, 0),
                TUESDAY.atTime(13, 0));
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void aHalfDayTooShortForTwoMeetingsHoldsOne() {
        Programme programme = oneMorning(CalendarFixture.HALF_DAYS, "p1", "p2", "r1");
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 2),
                assignment("p2", "r1", "pricing", 2)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.sessions()).hasSize(1);
        assertThat(calendar.unplaced()).hasSize(1);
    }

    @Test
    void aParticipantMeetsTwoResourcePersonsInOneMorning() {
        Programme programme = oneMorning(LONG_HALF_DAYS, "p1", "r1", "r2");
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 2),
                assignment("p1", "r2", "pricing", 2)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.unplaced()).isEmpty();
        assertThat(calendar.sessions()).extracting(Session::start).containsExactlyInAnyOrder(TUESDAY.atTime(9, 0),
                TUESDAY.atTime(11, 0));
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void aWorkshopTakesItsWholeHalfDay() {
        Programme programme = oneMorning(LONG_HALF_DAYS, "p1", "p2", "r1");
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 2)));
        Session workshop = Session.workshop(programme, "workshop-1", "Pricing", "r1", List.of("p2"), TUESDAY, "AM",
                null);

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of(workshop));

        assertThat(calendar.sessions()).extracting(Session::id).containsExactly("workshop-1");
        assertThat(calendar.sessions().get(0).end()).isEqualTo(TUESDAY.atTime(13, 0));
        assertThat(calendar.unplaced()).extracting(UnplacedSession::id).containsExactly("accompaniment-p1-r1-1");
    }

    @Test
    void aHeldMeetingOfTheRecordTakesItsOwnHoursAndLeavesTheRestOfItsHalfDay() {
        Programme base = oneMorning(LONG_HALF_DAYS, "p1", "p2", "r1");
        Programme programme = CalendarFixture.programme(base.members(), START.plusDays(4), List.of(), List.of(),
                new CalendarChanges(null, List.of(new SessionRecord(Mode.ACCOMPANIMENT, List.of("p1", "r1"),
                        TUESDAY, "AM", SessionStatus.FIXED, false, "", 2))))
                .withDay(LONG_HALF_DAYS, CalendarRules.DEFAULT);
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 2),
                assignment("p2", "r1", "pricing", 2)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.unplaced()).isEmpty();
        assertThat(calendar.sessions()).extracting(Session::start, Session::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TUESDAY.atTime(9, 0), TUESDAY.atTime(11, 0)),
                org.assertj.core.groups.Tuple.tuple(TUESDAY.atTime(11, 0), TUESDAY.atTime(13, 0)));
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void theSearchKeepsMeetingsApartWithinAHalfDay() {
        // A programme of twelve weeks, everybody on Tuesday mornings: meetings share mornings, never their hours.
        List<Member> members = java.util.stream.Stream.of("p1", "p2", "p3", "r1", "r2")
                .map(id -> member(id, weekly("TUE-AM"))).toList();
        Programme programme = CalendarFixture.programme(members, START.plusWeeks(12), List.of(), List.of(),
                CalendarChanges.NONE).withDay(LONG_HALF_DAYS, CalendarRules.DEFAULT);
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 6), assignment("p2", "r1", "pricing", 6),
                assignment("p3", "r1", "touring", 6), assignment("p1", "r2", "funding", 6),
                assignment("p3", "r2", "legal", 6)));

        CalendarPlan plan = CalendarSearch.build(programme, proposal.modes(), List.of());
        CalendarPlan best = SolverFactory.<CalendarPlan>create(CalendarSearch.solverConfig(
                new SolverSettings(null, null, 3_000L, 1), EnvironmentMode.FULL_ASSERT)).buildSolver().solve(plan);
        ProgrammeCalendar calendar = CalendarSearch.calendar(best);

        assertThat(best.getScore().hardScore()).isZero();
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
        long sharedMornings = calendar.sessions().stream().filter(s -> s.start().toLocalTime().equals(LocalTime.of(11, 0)))
                .count();
        assertThat(sharedMornings).as("meetings at 11:00, after another that morning").isPositive();
        for (Session a : calendar.sessions()) {
            for (Session b : calendar.sessions()) {
                if (a != b && a.members().stream().anyMatch(b.members()::contains)) {
                    assertThat(a.start().isBefore(b.end()) && b.start().isBefore(a.end()))
                            .as("%s and %s overlap", a.id(), b.id()).isFalse();
                }
            }
        }
    }

    @Test
    void theCertifierFindsTwoMeetingsAtTheSameHour() {
        Programme programme = oneMorning(LONG_HALF_DAYS, "p1", "p2", "r1");
        LocalDateTime nine = TUESDAY.atTime(9, 0);
        Session first = new Session("accompaniment-p1-r1-1", Mode.ACCOMPANIMENT, "One", List.of("p1", "r1"), TUESDAY,
                "AM", nine, nine.plusHours(2), null, SessionState.PLANNED, null, null, 2, List.of());
        Session second = new Session("accompaniment-p2-r1-1", Mode.ACCOMPANIMENT, "Two", List.of("p2", "r1"), TUESDAY,
                "AM", nine.plusHours(1), nine.plusHours(3), null, SessionState.PLANNED, null, null, 2, List.of());

        ProgrammeCalendar calendar = new ProgrammeCalendar(List.of(first, second), List.of(), List.of());

        assertThat(CalendarCertifier.violations(programme, calendar)).extracting(Violation::constraint)
                .containsExactly(CalendarCertifier.DOUBLE_BOOKING);
        Session late = new Session("accompaniment-p2-r1-1", Mode.ACCOMPANIMENT, "Two", List.of("p2", "r1"), TUESDAY,
                "AM", nine.plusHours(3), nine.plusHours(5), null, SessionState.PLANNED, null, null, 2, List.of());
        assertThat(CalendarCertifier.violations(programme, new ProgrammeCalendar(List.of(first, late), List.of(),
                List.of()))).extracting(Violation::constraint).containsExactly(CalendarCertifier.OUTSIDE_PROGRAMME);
    }
}
