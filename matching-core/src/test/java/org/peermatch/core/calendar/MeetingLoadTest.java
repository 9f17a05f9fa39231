package org.peermatch.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.END;
import static org.peermatch.core.calendar.CalendarFixture.HALF_DAYS;
import static org.peermatch.core.calendar.CalendarFixture.START;
import static org.peermatch.core.calendar.CalendarFixture.assignment;
import static org.peermatch.core.calendar.CalendarFixture.member;
import static org.peermatch.core.calendar.CalendarFixture.proposal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.CalendarRules;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WorkshopRules;

/**
 * How the 1:1 meetings load the calendar: first meetings staggered over the first weeks, a resource person's
 * meetings per week kept under {@code maxMeetingsPerWeekPerResource} when another date exists (and said so when
 * none does), and each pair's meetings spread over the programme within its cadence.
 */
public class MeetingLoadTest {

    private static Programme programme(List<Member> members, LocalDate end, CalendarRules rules) {
        return new Programme("Calendar test", START, end, ZoneId.of("Europe/Paris"), HALF_DAYS,
                AccompanimentRules.DEFAULT, ImmersionRules.DEFAULT, CodevelopmentRules.DEFAULT, WorkshopRules.DEFAULT,
                rules, List.of(), List.of(), members, List.of(), Decisions.NONE, Map.of(),
                new SolverSettings(null, null, 1_000L, 0L), CalendarChanges.NONE);
    }

    /** @return the most meetings any resource person (a session's second member) has in one ISO week */
    public static int mostMeetingsPerWeek(ProgrammeCalendar calendar) {
        Map<String, Integer> counts = new HashMap<>();
        for (Session session : calendar.sessions()) {
            if (session.id().startsWith("accompaniment-") && session.date() != null) {
                String key = session.members().get(1) + "@" + session.date().get(IsoFields.WEEK_BASED_YEAR) + "-"
                        + session.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @Test
    void aBusyResourcePersonHasAtMostTheLimitAWeekAndFirstMeetingsAreStaggered() {
        List<Member> members = new ArrayList<>(List.of(member("r1")));
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            members.add(member("p" + i));
            assignments.add(assignment("p" + i, "r1", "pitch", 6));
        }
        Programme programme = programme(members, END, CalendarRules.DEFAULT);

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal(assignments).modes(), List.of());

        assertThat(calendar.unplaced()).isEmpty();
        assertThat(calendar.sessions()).hasSize(24);
        assertThat(mostMeetingsPerWeek(calendar)).isLessThanOrEqualTo(3);
        assertThat(calendar.sessions()).noneMatch(session -> session.notes().stream()
                .anyMatch(note -> note.contains("more than the limit")));
        // Eight first meetings, none before the others without reason: they spread over the first weeks.
        List<LocalDate> firsts = calendar.sessions().stream().filter(session -> session.id().endsWith("-1"))
                .map(Session::date).toList();
        assertThat(firsts.stream().map(date -> date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).distinct().count())
                .isGreaterThanOrEqualTo(4);
        assertThat(firsts).allMatch(date -> date.isBefore(START.plusWeeks(6)));
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void theLimitGivesWayOnlyWhenNoOtherDateExistsAndTheMeetingSaysSo() {
        // One week, a limit of one meeting a week: the second pair's meeting has no other date.
        CalendarRules rules = new CalendarRules(2, 4, 6, 48, 7, 48, 1);
        Programme programme = programme(List.of(member("r1"), member("p1"), member("p2")), START.plusDays(4), rules);

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme,
                proposal(List.of(assignment("p1", "r1", "pitch", 2), assignment("p2", "r1", "pitch", 2))).modes(),
                List.of());

        assertThat(calendar.unplaced()).isEmpty();
        assertThat(calendar.sessions()).hasSize(2);
        assertThat(calendar.session("accompaniment-p1-r1-1").notes()).noneMatch(note -> note.contains("limit"));
        assertThat(calendar.session("accompaniment-p2-r1-1").notes()).contains("Name r1 (r1) has 2 meetings this week, more "
                + "than the limit of 1 a week: no other half-day is free and common to both.");
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }

    @Test
    void aPairsMeetingsSpreadOverTheProgrammeWithinItsCadence() {
        // Three meetings over 50 weeks with a cadence of 4 to 20 weeks: about every 16 weeks, not bunched at the start.
        CalendarRules rules = new CalendarRules(2, 4, 20, 48, 7, 48, 3);
        Programme programme = programme(List.of(member("r1"), member("p1")), END, rules);

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme,
                proposal(List.of(assignment("p1", "r1", "pitch", 6))).modes(), List.of());

        assertThat(calendar.sessions()).hasSize(3);
        CalendarPlannerTest.assertGapsBetween(calendar.sessions(), 15 * 7, 17 * 7);
        assertThat(calendar.sessions().getLast().date()).isAfter(LocalDate.of(2027, 7, 31));
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }
}
