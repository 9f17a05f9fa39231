package org.peermatch.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.END;
import static org.peermatch.core.calendar.CalendarFixture.assignment;
import static org.peermatch.core.calendar.CalendarFixture.member;
import static org.peermatch.core.calendar.CalendarFixture.programme;
import static org.peermatch.core.calendar.CalendarFixture.proposal;
import static org.peermatch.core.calendar.CalendarFixture.weekly;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Programme;

/**
 * A pair whose meetings, spaced as widely as the cadence allows, drift past the closures and lose the last ones
 * falls back to the minimum cadence, at which every meeting fits.
 */
class CadenceFallbackTest {

    @Test
    void elevenMeetingsAroundClosuresAllFitAtTheMinimumCadence() {
        List<ClosedPeriod> closures = List.of(
                new ClosedPeriod(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 3, 5), "winter break"),
                new ClosedPeriod(LocalDate.of(2027, 4, 19), LocalDate.of(2027, 5, 7), "spring break"),
                new ClosedPeriod(LocalDate.of(2027, 7, 12), LocalDate.of(2027, 8, 27), "summer closure"));
        Programme programme = programme(List.of(member("p1", weekly("THU-PM")), member("r1", weekly("THU-PM"))), END,
                closures, List.of(), CalendarChanges.NONE);

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme,
                proposal(List.of(assignment("p1", "r1", "business-model", 22))).modes(), List.of());

        assertThat(calendar.unplaced()).isEmpty();
        assertThat(calendar.sessions()).hasSize(11)
                .noneMatch(session -> programme.isClosed(session.date()));
        assertThat(calendar.sessions().getFirst().notes()).contains(
                "Planned about every 4 weeks, the minimum cadence: with a wider spacing the last meetings would not"
                        + " fit.");
        CalendarPlannerTest.assertGapsBetween(calendar.sessions(), 28, 7 * 52);
        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
    }
}
