package org.peermatch.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.END;
import static org.peermatch.core.calendar.CalendarFixture.START;
import static org.peermatch.core.calendar.CalendarFixture.assignment;
import static org.peermatch.core.calendar.CalendarFixture.changes;
import static org.peermatch.core.calendar.CalendarFixture.codev;
import static org.peermatch.core.calendar.CalendarFixture.group;
import static org.peermatch.core.calendar.CalendarFixture.immersion;
import static org.peermatch.core.calendar.CalendarFixture.meeting;
import static org.peermatch.core.calendar.CalendarFixture.member;
import static org.peermatch.core.calendar.CalendarFixture.of;
import static org.peermatch.core.calendar.CalendarFixture.programme;
import static org.peermatch.core.calendar.CalendarFixture.proposal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;
import org.peermatch.core.solve.Proposal;

/** The committee records what happened; the rest of the calendar is planned again around it. */
class CalendarChangesTest {

    private static final List<Member> PEOPLE = List.of(member("p1"), member("p2"), member("r1"), member("a"),
            member("b"), member("c"), member("d"), member("e"), member("m1"));
    private static final Proposal SIX_HOURS = proposal(List.of(assignment("p1", "r1", "pitch", 6)));
    private static final LocalDate REPLAN = LocalDate.of(2027, 3, 1);

    @Test
    void heldMeetingsCountAndTheNextOneKeepsTheSpacingFromTheReplanningDateOn() {
        ProgrammeCalendar calendar = plan(SIX_HOURS, changes(REPLAN,
                meeting("p1", "r1", LocalDate.of(2027, 2, 22), "AM", SessionStatus.HELD, false, "")));

        Session held = calendar.session("accompaniment-p1-r1-1");
        assertThat(held.status()).isEqualTo(SessionState.HELD);
        assertThat(held.notes()).containsExactly("Held; its 2 hours count against the hours budget.");
        List<Session> planned = planned(calendar);
        assertThat(planned).extracting(Session::id).containsExactly("accompaniment-p1-r1-2", "accompaniment-p1-r1-3");
        assertThat(planned.get(0).date()).isAfterOrEqualTo(LocalDate.of(2027, 2, 22).plusWeeks(4));
        CalendarPlannerTest.assertGapsBetween(planned, 28, 42);
        assertThat(calendar.budgets()).containsExactly(new HoursBudget("p1", "r1", 6, 2, 0, 4, 0));
    }

    @Test
    void aLateCancellationWithoutReasonCountsAgainstTheHoursAndOneWithAReasonDoesNot() {
        ProgrammeCalendar withoutReason = plan(SIX_HOURS, changes(REPLAN,
                meeting("p1", "r1", LocalDate.of(2027, 2, 22), "AM", SessionStatus.CANCELLED, true, "")));
        ProgrammeCalendar withReason = plan(SIX_HOURS, changes(REPLAN,
                meeting("p1", "r1", LocalDate.of(2027, 2, 22), "AM", SessionStatus.CANCELLED, true, "ill")));
        ProgrammeCalendar inTime = plan(SIX_HOURS, changes(REPLAN,
                meeting("p1", "r1", LocalDate.of(2027, 2, 22), "AM", SessionStatus.CANCELLED, false, "")));

        assertThat(planned(withoutReason)).hasSize(2);
        assertThat(withoutReason.budgets()).containsExactly(new HoursBudget("p1", "r1", 6, 0, 2, 4, 0));
        assertThat(withoutReason.session("accompaniment-p1-r1-1").notes()).containsExactly("Cancelled late without "
                + "a reason: its 2 hours count against the hours budget (the programme's rule).");
        assertThat(planned(withReason)).hasSize(3);
        assertThat(withReason.budgets()).containsExactly(new HoursBudget("p1", "r1", 6, 0, 0, 6, 0));
        assertThat(withReason.session("accompaniment-p1-r1-1").notes()).containsExactly("Cancelled late (ill); its "
                + "hours are not lost and are planned again.");
        assertThat(planned(inTime)).hasSize(3);
        // A cancelled meeting holds no half-day: the first new one may take the very next free half-day.
        assertThat(planned(withReason).get(0).date()).isEqualTo(REPLAN);
        assertThat(CalendarCertifier.violations(programme(CalendarChanges.NONE), withReason)).isEmpty();
    }

    @Test
    void aFixedMeetingStaysCountsAsPlannedAndIsPlannedAround() {
        LocalDate fixedDay = LocalDate.of(2027, 3, 1);
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 6), assignment("p2", "r1", "pitch", 2)));
        ProgrammeCalendar calendar = plan(proposal, changes(REPLAN,
                meeting("p2", "r1", fixedDay, "AM", SessionStatus.FIXED, false, "")));

        Session fixed = calendar.session("accompaniment-p2-r1-1");
        assertThat(fixed.status()).isEqualTo(SessionState.FIXED);
        assertThat(fixed.date()).isEqualTo(fixedDay);
        assertThat(fixed.questionsDue()).isEqualTo(fixed.start().minusHours(48));
        assertThat(of(calendar, "accompaniment-p2-r1")).hasSize(1);
        // r1 already has the fixed meeting that week: p1's first meeting is staggered into the next one.
        assertThat(calendar.session("accompaniment-p1-r1-1").date()).isEqualTo(fixedDay.plusWeeks(1));
        assertThat(calendar.session("accompaniment-p1-r1-1").halfDay()).isEqualTo("AM");
        assertThat(calendar.budgets()).containsExactly(new HoursBudget("p1", "r1", 6, 0, 0, 6, 0),
                new HoursBudget("p2", "r1", 2, 0, 0, 2, 0));
        assertThat(CalendarCertifier.violations(programme(changes(REPLAN)), calendar)).isEmpty();
    }

    @Test
    void newMeetingsOfAPairKeepTheSpacingFromItsFixedMeeting() {
        LocalDate fixedDay = LocalDate.of(2027, 3, 15);
        ProgrammeCalendar calendar = plan(SIX_HOURS, changes(REPLAN,
                meeting("p1", "r1", fixedDay, "AM", SessionStatus.FIXED, false, "")));

        assertThat(planned(calendar)).hasSize(2).allSatisfy(meeting -> assertThat(
                Math.abs(ChronoUnit.DAYS.between(fixedDay, meeting.date()))).isGreaterThanOrEqualTo(28));
        assertThat(calendar.budgets()).containsExactly(new HoursBudget("p1", "r1", 6, 0, 0, 6, 0));
    }

    @Test
    void aFixedSessionMovesACoDevelopmentSessionThatClashesWithIt() {
        LocalDate day = LocalDate.of(2027, 4, 6);
        Proposal proposal = proposal(List.of(), List.of(),
                List.of(group(1, List.of("a", "b", "c", "d", "e"), codev(1, day, "AM", "a"))));
        ProgrammeCalendar calendar = plan(proposal, changes(REPLAN,
                meeting("c", "r1", day, "AM", SessionStatus.FIXED, false, "")));

        Session moved = calendar.session("codevelopment-g1-1");
        assertThat(moved.date()).isEqualTo(day);
        assertThat(moved.halfDay()).isEqualTo("PM");
        assertThat(moved.notes()).singleElement().asString().contains("Name c (c) has “Accompaniment meeting 1: "
                + "Name c with Name r1” then");
    }

    @Test
    void nothingNewIsPlannedBeforeTheReplanningDate() {
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 6)),
                List.of(immersion("m1", "p2", LocalDate.of(2027, 2, 10))),
                List.of(group(1, List.of("a", "b", "c", "d", "e"), codev(1, LocalDate.of(2027, 1, 20), "PM", "a"),
                        codev(2, LocalDate.of(2027, 3, 17), "PM", "b"))));
        ProgrammeCalendar calendar = plan(proposal, changes(REPLAN));

        assertThat(planned(calendar)).allSatisfy(session -> assertThat(session.date()).isAfterOrEqualTo(REPLAN));
        assertThat(calendar.session("immersion-m1-p2").date()).isEqualTo(REPLAN);
        assertThat(calendar.session("immersion-m1-p2").notes()).containsExactly("Moved from Wednesday 10 February "
                + "2027 (whole day) to Monday 1 March 2027 (whole day): the calendar is planned again from Monday 1 "
                + "March 2027.");
        assertThat(calendar.session("codevelopment-g1-1").date()).isEqualTo(REPLAN);
        assertThat(calendar.session("codevelopment-g1-2").date()).isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(calendar.session("accompaniment-p1-r1-1").date()).isEqualTo(REPLAN);
        assertThat(CalendarCertifier.violations(programme(changes(REPLAN)), calendar)).isEmpty();
    }

    @Test
    void aHeldImmersionDayOrCoDevelopmentSessionStandsForTheProposalsOne() {
        Proposal proposal = proposal(List.of(), List.of(immersion("m1", "p2", LocalDate.of(2027, 4, 7))),
                List.of(group(1, List.of("a", "b", "c", "d", "e"), codev(1, LocalDate.of(2027, 4, 14), "AM", "a"),
                        codev(2, LocalDate.of(2027, 5, 12), "AM", "b"))));
        ProgrammeCalendar calendar = plan(proposal, changes(REPLAN,
                new SessionRecord(Mode.IMMERSION, List.of("m1", "p2"), LocalDate.of(2027, 2, 3), null,
                        SessionStatus.HELD, false, "", 0),
                new SessionRecord(Mode.CODEVELOPMENT, List.of("e", "d", "c", "b", "a"), LocalDate.of(2027, 2, 17),
                        "AM", SessionStatus.HELD, false, "", 0)));

        assertThat(of(calendar, "immersion")).singleElement().satisfies(day -> {
            assertThat(day.status()).isEqualTo(SessionState.HELD);
            assertThat(day.id()).isEqualTo("immersion-m1-p2-20270203");
            assertThat(day.reportDue()).isEqualTo(LocalDate.of(2027, 2, 10));
        });
        assertThat(of(calendar, "codevelopment")).extracting(Session::status)
                .containsExactly(SessionState.HELD, SessionState.PLANNED);
        assertThat(planned(calendar)).extracting(Session::date).containsExactly(LocalDate.of(2027, 5, 12));
    }

    @Test
    void replanningIsDeterministicAndKeepsTheRecordsIds() {
        CalendarChanges changes = changes(REPLAN,
                meeting("p1", "r1", LocalDate.of(2027, 1, 11), "PM", SessionStatus.HELD, false, ""),
                meeting("p1", "r1", LocalDate.of(2027, 2, 15), "AM", SessionStatus.CANCELLED, true, ""));
        ProgrammeCalendar once = plan(SIX_HOURS, changes);

        assertThat(plan(SIX_HOURS, changes)).isEqualTo(once);
        assertThat(once.sessions()).extracting(Session::id).containsExactly("accompaniment-p1-r1-1",
                "accompaniment-p1-r1-2", "accompaniment-p1-r1-3");
        assertThat(once.sessions()).extracting(Session::status).containsExactly(SessionState.HELD,
                SessionState.CANCELLED, SessionState.PLANNED);
        assertThat(once.sessions().get(2).date()).isEqualTo(REPLAN);
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2027, 1, 11), REPLAN)).isGreaterThan(28);
    }

    private static ProgrammeCalendar plan(Proposal proposal, CalendarChanges changes) {
        return CalendarPlanner.plan(programme(changes), proposal.modes(), List.of());
    }

    private static Programme programme(CalendarChanges changes) {
        return CalendarFixture.programme(PEOPLE, END, List.of(), List.of(), changes);
    }

    private static List<Session> planned(ProgrammeCalendar calendar) {
        return calendar.sessions().stream().filter(session -> session.status() == SessionState.PLANNED).toList();
    }

    static {
        assertThat(START).isBefore(REPLAN);
    }
}
