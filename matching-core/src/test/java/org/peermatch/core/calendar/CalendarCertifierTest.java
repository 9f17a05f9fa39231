package org.peermatch.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.END;
import static org.peermatch.core.calendar.CalendarFixture.START;
import static org.peermatch.core.calendar.CalendarFixture.member;
import static org.peermatch.core.calendar.CalendarFixture.programme;
import static org.peermatch.core.calendar.CalendarFixture.weekly;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.plan.Violation;

/** Hand-made calendars, each breaking one rule, and a sound one. */
class CalendarCertifierTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private final Programme programme = programme(
            List.of(member("a"), member("b"), member("c"), member("d", weekly("MON-AM"))), END,
            List.of(new ClosedPeriod(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 1), "Labour Day")),
            List.of(new Room("hall", "Main hall", 20, List.of(TUESDAY))),
            new CalendarChanges(LocalDate.of(2027, 1, 11), List.of()));

    @Test
    void aSoundCalendarGivesNothing() {
        ProgrammeCalendar calendar = calendar(
                session("s1", Mode.ACCOMPANIMENT, List.of("a", "b"), MONDAY, "AM", null, SessionState.PLANNED),
                session("s2", Mode.ACCOMPANIMENT, List.of("a", "c"), MONDAY, "PM", null, SessionState.FIXED),
                session("s3", Mode.IMMERSION, List.of("b", "c"), TUESDAY, null, null, SessionState.PLANNED),
                session("s4", Mode.WORKSHOP, List.of("d", "a"), MONDAY.plusWeeks(1), "AM", "hall",
                        SessionState.PLANNED),
                // Past facts are not checked: a held session before the re-planning date, a cancelled clash.
                session("s5", Mode.ACCOMPANIMENT, List.of("a", "b"), START, "AM", null, SessionState.HELD),
                session("s6", Mode.ACCOMPANIMENT, List.of("a", "b"), MONDAY, "AM", null, SessionState.CANCELLED));

        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void someoneInTwoOverlappingSessionsIsCaught() {
        ProgrammeCalendar calendar = calendar(
                session("s1", Mode.ACCOMPANIMENT, List.of("a", "b"), MONDAY, "AM", null, SessionState.PLANNED),
                session("s2", Mode.IMMERSION, List.of("c", "b"), MONDAY, null, null, SessionState.FIXED));

        assertThat(CalendarCertifier.violations(programme, calendar)).containsExactly(new Violation(
                CalendarCertifier.DOUBLE_BOOKING, "Name b (b) is booked twice on Monday 1 February 2027 (AM): "
                        + "“Session s1” and “Session s2”."));
    }

    /** Only sessions sharing someone or a room are compared, but the clashes come in the order of every pair. */
    @Test
    void severalClashesOfOneDayComeInTheOrderOfThePairs() {
        ProgrammeCalendar calendar = calendar(
                session("s1", Mode.WORKSHOP, List.of("a", "b"), MONDAY, "AM", "hall", SessionState.PLANNED),
                session("s2", Mode.ACCOMPANIMENT, List.of("c", "d"), MONDAY, "AM", null, SessionState.PLANNED),
                session("s3", Mode.WORKSHOP, List.of("d", "b", "a"), MONDAY, "AM", "hall", SessionState.PLANNED),
                session("s4", Mode.IMMERSION, List.of("c", "a"), MONDAY, null, null, SessionState.PLANNED),
                session("s5", Mode.ACCOMPANIMENT, List.of("a", "c"), MONDAY, "PM", null, SessionState.PLANNED));

        assertThat(CalendarCertifier.violations(programme, calendar)).extracting(Violation::message)
                .filteredOn(message -> message.contains("twice") || message.contains("holds two"))
                .containsExactly(
                        "Name a (a) is booked twice on Monday 1 February 2027 (AM): “Session s1” and “Session s3”.",
                        "Name b (b) is booked twice on Monday 1 February 2027 (AM): “Session s1” and “Session s3”.",
                        "Room hall holds two sessions on Monday 1 February 2027 (AM): “Session s1” and “Session s3”.",
                        "Name a (a) is booked twice on Monday 1 February 2027 (AM): “Session s1” and “Session s4”.",
                        "Name d (d) is booked twice on Monday 1 February 2027 (AM): “Session s2” and “Session s3”.",
                        "Name c (c) is booked twice on Monday 1 February 2027 (AM): “Session s2” and “Session s4”.",
                        "Name a (a) is booked twice on Monday 1 February 2027 (AM): “Session s3” and “Session s4”.",
                        "Name c (c) is booked twice on Monday 1 February 2027 (PM): “Session s4” and “Session s5”.",
                        "Name a (a) is booked twice on Monday 1 February 2027 (PM): “Session s4” and “Session s5”.");
    }

    @Test
    void aRoomHoldingTwoSessionsAtOnceIsCaught() {
        ProgrammeCalendar calendar = calendar(
                session("s1", Mode.WORKSHOP, List.of("a"), MONDAY, "PM", "hall", SessionState.PLANNED),
                session("s2", Mode.WORKSHOP, List.of("b"), MONDAY, "PM", "hall", SessionState.PLANNED));

        assertThat(CalendarCertifier.violations(programme, calendar)).extracting(Violation::constraint)
                .containsExactly(CalendarCertifier.ROOM_DOUBLE_BOOKING);
    }

    @Test
    void aMemberOutsideTheirAvailabilityIsCaughtOnEveryHalfDayOfAWholeDay() {
        ProgrammeCalendar calendar = calendar(
                session("s1", Mode.ACCOMPANIMENT, List.of("d", "a"), MONDAY, "PM", null, SessionState.PLANNED),
                session("s2", Mode.IMMERSION, List.of("d", "b"), MONDAY.plusWeeks(1), null, null,
                        SessionState.PLANNED),
                session("s3", Mode.ACCOMPANIMENT, List.of("zz", "a"), MONDAY.plusWeeks(2), "AM", null,
                        SessionState.PLANNED),
                session("s4", Mode.ACCOMPANIMENT, List.of("a", "b"), LocalDate.of(2027, 2, 6), "AM", null,
                        SessionState.PLANNED));

        assertThat(CalendarCertifier.violations(programme, calendar)).extracting(Violation::message).containsExactly(
                "Name d (d) is not available on Monday 1 February 2027 (PM) for “Session s1” (s1).",
                "Name d (d) is not available on Monday 8 February 2027 (PM) for “Session s2” (s2).",
                "“Session s3” (s3) names zz, who is not a member of the programme.",
                "Name a (a) is not available on Saturday 6 February 2027 (AM) for “Session s4” (s4).",
                "Name b (b) is not available on Saturday 6 February 2027 (AM) for “Session s4” (s4).");
    }

    @Test
    void anUnavailableDateIsCaught() {
        Programme away = programme(List.of(member("a", new Availability(List.<WeeklyAvailability>of(),
                List.of(MONDAY))), member("b")));
        ProgrammeCalendar calendar = calendar(
                session("s1", Mode.ACCOMPANIMENT, List.of("a", "b"), MONDAY, "AM", null, SessionState.PLANNED));

        assertThat(CalendarCertifier.violations(away, calendar)).extracting(Violation::constraint)
                .containsExactly(CalendarCertifier.UNAVAILABLE);
    }

    @Test
    void sessionsOutsideTheProgrammeOnClosedDaysInUnusableRoomsOrBeforeReplanningAreCaught() {
        ProgrammeCalendar calendar = calendar(
                session("s1", Mode.ACCOMPANIMENT, List.of("a", "b"), END.plusDays(3), "AM", null,
                        SessionState.PLANNED),
                session("s2", Mode.ACCOMPANIMENT, List.of("a", "b"), MONDAY, "EVENING", null, SessionState.PLANNED),
                session("s3", Mode.ACCOMPANIMENT, List.of("a", "b"), LocalDate.of(2027, 5, 1).minusDays(0), "AM",
                        null, SessionState.FIXED),
                session("s4", Mode.WORKSHOP, List.of("a"), TUESDAY, "AM", "hall", SessionState.PLANNED),
                session("s5", Mode.WORKSHOP, List.of("b"), TUESDAY, "PM", "attic", SessionState.PLANNED),
                session("s6", Mode.ACCOMPANIMENT, List.of("a", "b"), START, "PM", null, SessionState.PLANNED),
                session("s6", Mode.ACCOMPANIMENT, List.of("c", "b"), START, "PM", null, SessionState.FIXED));

        List<Violation> violations = CalendarCertifier.violations(programme, calendar);

        assertThat(violations).extracting(Violation::constraint).contains(
                CalendarCertifier.OUTSIDE_PROGRAMME, CalendarCertifier.CLOSED_DAY, CalendarCertifier.ROOM_UNAVAILABLE,
                CalendarCertifier.BEFORE_REPLANNING, CalendarCertifier.DUPLICATE_ID);
        assertThat(violations).extracting(Violation::message).contains(
                "“Session s3” (s3) falls on Saturday 1 May 2027, a closed day.",
                "“Session s4” (s4) is in room Main hall, which cannot be used on Tuesday 2 February 2027.",
                "“Session s5” (s5) is in room attic, which is not one of the programme's rooms.",
                "“Session s6” (s6) is planned on Monday 4 January 2027, before the re-planning date Monday 11 "
                        + "January 2027.",
                "Two sessions have the id s6.");
        assertThat(violations.stream().filter(v -> v.constraint().equals(CalendarCertifier.OUTSIDE_PROGRAMME)))
                .hasSize(2);
        // The fixed session s6 is not "newly planned": only the planned one is caught.
        assertThat(violations.stream().filter(v -> v.constraint().equals(CalendarCertifier.BEFORE_REPLANNING)))
                .hasSize(1);
    }

    private static ProgrammeCalendar calendar(Session... sessions) {
        return new ProgrammeCalendar(List.of(sessions), List.of(), List.of());
    }

    private Session session(String id, Mode mode, List<String> members, LocalDate date, String halfDay, String room,
            SessionState status) {
        return new Session(id, mode, "Session " + id, members, date, halfDay, Session.startOf(programme, date,
                halfDay), Session.endOf(programme, date, halfDay), room, status, null, null, 0, List.of());
    }
}
