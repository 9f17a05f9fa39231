package org.peermatch.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.END;
import static org.peermatch.core.calendar.CalendarFixture.START;
import static org.peermatch.core.calendar.CalendarFixture.assignment;
import static org.peermatch.core.calendar.CalendarFixture.codev;
import static org.peermatch.core.calendar.CalendarFixture.group;
import static org.peermatch.core.calendar.CalendarFixture.immersion;
import static org.peermatch.core.calendar.CalendarFixture.member;
import static org.peermatch.core.calendar.CalendarFixture.of;
import static org.peermatch.core.calendar.CalendarFixture.programme;
import static org.peermatch.core.calendar.CalendarFixture.proposal;
import static org.peermatch.core.calendar.CalendarFixture.weekly;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.solve.Proposal;

class CalendarPlannerTest {

    @Test
    void aPairMeetsAsOftenAsItsHoursNeedEveryFourToSixWeeksWithTheProgrammesDueDates() {
        Programme programme = programme(List.of(member("p1"), member("r1")));
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "business-model", 4),
                assignment("p1", "r1", "pitch", 2)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.sessions()).extracting(Session::id).containsExactly("accompaniment-p1-r1-1",
                "accompaniment-p1-r1-2", "accompaniment-p1-r1-3");
        Session firstMeeting = calendar.sessions().get(0);
        assertThat(firstMeeting.date()).isEqualTo(START);
        assertThat(firstMeeting.halfDay()).isEqualTo("AM");
        assertThat(firstMeeting.start()).isEqualTo(LocalDateTime.of(2027, 1, 4, 9, 0));
        assertThat(firstMeeting.end()).as("its own two hours").isEqualTo(LocalDateTime.of(2027, 1, 4, 11, 0));
        assertThat(firstMeeting.members()).containsExactly("p1", "r1");
        assertThat(firstMeeting.title()).isEqualTo("Accompaniment meeting 1: Name p1 with Name r1");
        assertThat(firstMeeting.notes()).containsExactly("Topics: business model and pitch.");
        for (Session meeting : calendar.sessions()) {
            assertThat(meeting.status()).isEqualTo(SessionState.PLANNED);
            assertThat(meeting.hours()).isEqualTo(2);
            assertThat(meeting.questionsDue()).isEqualTo(meeting.start().minusHours(48));
            assertThat(meeting.reportDue()).isEqualTo(meeting.date().plusDays(7));
        }
        assertGapsBetween(calendar.sessions(), 28, 42);
        assertThat(calendar.budgets()).containsExactly(new HoursBudget("p1", "r1", 6, 0, 0, 6, 0));
        assertThat(calendar.unplaced()).isEmpty();
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void theLastMeetingTakesTheHoursLeft() {
        Programme programme = programme(List.of(member("p1"), member("r1")));
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 5)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.sessions()).extracting(Session::hours).containsExactly(2, 2, 1);
        assertThat(calendar.budgets().get(0).planned()).isEqualTo(5);
    }

    @Test
    void aShortProgrammeSpreadsTheMeetingsEvenly() {
        Programme programme = programme(List.of(member("p1"), member("r1")), START.plusWeeks(6).minusDays(3),
                List.of(), List.of(), CalendarChanges.NONE);
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 8)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.sessions()).hasSize(4);
        assertGapsBetween(calendar.sessions(), 7, 14);
        assertThat(calendar.sessions().get(1).notes()).anyMatch(note -> note.contains("spread evenly"));
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void meetingsTakeOnlyHalfDaysBothAreAvailable() {
        Programme programme = programme(List.of(member("p1", weekly("TUE-PM", "THU-AM")),
                member("r1", weekly("TUE-AM", "TUE-PM"))));
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 6)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.sessions()).hasSize(3).allSatisfy(meeting -> {
            assertThat(meeting.date().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(meeting.halfDay()).isEqualTo("PM");
        });
        assertThat(calendar.sessions().get(0).date()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void aResourcePersonIsNeverBookedTwice() {
        Programme programme = programme(List.of(member("p1", weekly("MON-AM")), member("p2", weekly("MON-AM")),
                member("p3", weekly("MON-AM")), member("r1", weekly("MON-AM"))));
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 4), assignment("p2", "r1", "pitch", 4),
                assignment("p3", "r1", "pitch", 4)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.sessions()).hasSize(6);
        assertThat(calendar.sessions().stream().map(Session::date).distinct()).hasSize(6);
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
        // Same availability everywhere, so the order of the proposal decides: p1 first.
        assertThat(calendar.sessions().get(0).id()).isEqualTo("accompaniment-p1-r1-1");
    }

    @Test
    void thePairWithTheLeastChoiceIsPlannedFirst() {
        Programme programme = programme(List.of(member("p1"), member("p2", weekly("MON-AM")), member("r1")));
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 2), assignment("p2", "r1", "pitch", 2)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.sessions()).extracting(Session::id, Session::date, Session::halfDay).containsExactly(
                org.assertj.core.groups.Tuple.tuple("accompaniment-p2-r1-1", START, "AM"),
                // First meetings are staggered: p1's starts in the next week, which has none yet.
                org.assertj.core.groups.Tuple.tuple("accompaniment-p1-r1-1", START.plusWeeks(1), "AM"));
    }

    @Test
    void nothingTakesPlaceOnAClosedDay() {
        Programme programme = programme(List.of(member("p1"), member("r1"), member("m1"), member("m2")), END,
                List.of(new ClosedPeriod(START, LocalDate.of(2027, 1, 15), "winter break")), List.of(),
                CalendarChanges.NONE);
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 2)),
                List.of(immersion("m1", "m2", LocalDate.of(2027, 1, 12))), List.of());

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(of(calendar, "accompaniment").get(0).date()).isEqualTo(LocalDate.of(2027, 1, 18));
        Session day = of(calendar, "immersion").get(0);
        assertThat(day.date()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(day.wholeDay()).isTrue();
        assertThat(day.reportDue()).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(day.notes()).containsExactly("Moved from Tuesday 12 January 2027 (whole day) to Monday 18 "
                + "January 2027 (whole day): Tuesday 12 January 2027 is a closed day (winter break).");
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void aCoDevelopmentSessionClashingWithAnImmersionDayMovesToTheNearestCommonFreeHalfDay() {
        LocalDate tuesday = LocalDate.of(2027, 2, 2);
        Programme programme = programme(List.of(member("a", weekly("TUE-AM", "TUE-PM", "WED-PM")), member("b"),
                member("c"), member("d"), member("e"), member("m1")));
        Proposal proposal = proposal(List.of(), List.of(immersion("a", "m1", tuesday)),
                List.of(group(1, List.of("a", "b", "c", "d", "e"), codev(1, tuesday, "PM", "a"),
                        codev(2, LocalDate.of(2027, 3, 2), "AM", "b"))));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(of(calendar, "immersion-a-m1").get(0).date()).isEqualTo(tuesday);
        Session moved = calendar.session("codevelopment-g1-1");
        assertThat(moved.date()).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(moved.halfDay()).isEqualTo("PM");
        assertThat(moved.title()).isEqualTo("Co-development group 1, session 1 (client: Name a)");
        assertThat(moved.notes()).containsExactly("Moved from Tuesday 2 February 2027 (PM) to Wednesday 3 February "
                + "2027 (PM): Name a (a) has “Immersion day: Name a with Name m1” then.");
        assertThat(calendar.session("codevelopment-g1-2").date()).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(calendar.session("codevelopment-g1-2").notes()).isEmpty();
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void workshopsComeBeforeImmersionDaysAndCoDevelopmentBeforeMeetings() {
        LocalDate monday = LocalDate.of(2027, 2, 1);
        Programme programme = programme(List.of(member("a"), member("b"), member("c"), member("d"), member("e"),
                member("m1"), member("r1")), END, List.of(), List.of(new Room("hall", "Main hall", 20, List.of())),
                CalendarChanges.NONE);
        Session workshop = Session.workshop(programme, "workshop-1", "Workshop: pitch", "a", List.of("b", "m1"),
                monday, "AM", "hall");
        Proposal proposal = proposal(List.of(assignment("e", "r1", "pitch", 2)),
                List.of(immersion("m1", "c", monday)),
                List.of(group(1, List.of("a", "b", "c", "d", "e"), codev(1, monday, "AM", "a"))));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme,
                proposal.modes(), List.of(workshop));

        assertThat(calendar.session("workshop-1").date()).isEqualTo(monday);
        assertThat(calendar.session("workshop-1").room()).isEqualTo("hall");
        assertThat(calendar.session("workshop-1").notes()).isEmpty();
        // m1 leads nothing but attends the workshop that morning: the immersion day moves to the next day.
        assertThat(calendar.session("immersion-m1-c").date()).isEqualTo(monday.plusDays(1));
        assertThat(calendar.session("immersion-m1-c").notes()).singleElement().asString()
                .contains("Name m1 (m1) has “Workshop: pitch” then");
        // The group's session cannot be that morning (a, b at the workshop) nor Tuesday (c's immersion day).
        Session codevelopment = calendar.session("codevelopment-g1-1");
        assertThat(codevelopment.date()).isEqualTo(monday);
        assertThat(codevelopment.halfDay()).isEqualTo("PM");
        // e's first meeting takes what is left on the programme's first day.
        assertThat(calendar.session("accompaniment-e-r1-1").date()).isEqualTo(START);
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void aPairWithoutACommonHalfDayIsListedWithWhy() {
        Programme programme = programme(List.of(member("p1", weekly("MON-AM")), member("r1", weekly("FRI-PM"))));
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 4)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.sessions()).isEmpty();
        assertThat(calendar.unplaced()).extracting(UnplacedSession::id).containsExactly("accompaniment-p1-r1-1",
                "accompaniment-p1-r1-2");
        assertThat(calendar.unplaced().get(0).mode()).isEqualTo(Mode.ACCOMPANIMENT);
        assertThat(calendar.unplaced().get(0).members()).containsExactly("p1", "r1");
        assertThat(calendar.unplaced().get(0).reason()).isEqualTo("Name p1 (p1) and Name r1 (r1) have no common "
                + "available half-day from Monday 4 January 2027 to Friday 17 December 2027 outside closed days.");
        assertThat(calendar.budgets()).containsExactly(new HoursBudget("p1", "r1", 4, 0, 0, 0, 4));
    }

    @Test
    void aFullResourcePersonLeavesTheLastMeetingsUnplacedWithWhy() {
        Programme programme = programme(List.of(member("p1", weekly("MON-AM")), member("r1", weekly("MON-AM"))),
                START.plusWeeks(2).minusDays(1), List.of(), List.of(), CalendarChanges.NONE);
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 6)));

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(calendar.sessions()).hasSize(2);
        assertThat(calendar.unplaced()).singleElement().satisfies(meeting -> {
            assertThat(meeting.id()).isEqualTo("accompaniment-p1-r1-3");
            assertThat(meeting.hours()).isEqualTo(2);
            assertThat(meeting.reason()).isEqualTo("Name p1 (p1) and Name r1 (r1) have no common available "
                    + "half-day from Tuesday 12 January 2027 to Sunday 17 January 2027 outside closed days.");
        });
    }

    @Test
    void theSameInputGivesTheSameCalendar() {
        Programme programme = programme(List.of(member("p1", weekly("MON-AM", "WED-PM")), member("p2"),
                member("r1", weekly("MON-AM", "WED-PM", "FRI-AM")), member("r2")));
        Proposal proposal = proposal(List.of(assignment("p1", "r1", "pitch", 6), assignment("p2", "r1", "pitch", 4),
                assignment("p2", "r2", "funding", 6)));

        ProgrammeCalendar once = CalendarPlanner.plan(programme, proposal.modes(), List.of());
        ProgrammeCalendar again = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(again).isEqualTo(once);
        assertThat(once.sessions()).extracting(Session::date).isSorted();
        assertThat(CalendarCertifier.violations(programme, once)).isEmpty();
    }

    static void assertGapsBetween(List<Session> meetings, long minDays, long maxDays) {
        for (int i = 1; i < meetings.size(); i++) {
            long gap = ChronoUnit.DAYS.between(meetings.get(i - 1).date(), meetings.get(i).date());
            assertThat(gap).as("gap before %s", meetings.get(i).id()).isBetween(minDays, maxDays);
        }
    }
}
