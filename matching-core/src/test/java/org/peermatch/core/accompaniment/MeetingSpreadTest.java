package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.testing.Programmes;

/** What the meetings-cannot-be-dated rule counts: meetings the common half-days date at the minimum cadence. */
class MeetingSpreadTest {

    private static Member member(String id, Availability availability) {
        return new Member(id, "Name " + id, "Org " + id, List.of("music"), List.of(), List.of(), List.of(), Map.of(),
                availability, List.of(), List.of(), List.of());
    }

    @Test
    void commonHalfDaysInTheFirstTwoMonthsDateOnlyTwoOrThreeMeetings() {
        // Both available every weekday half-day, but only in January and February.
        Availability early = new Availability(List.of(new WeeklyAvailability(Programmes.START,
                LocalDate.of(2027, 2, 28), List.of(new WeeklyHalfDay(DayOfWeek.MONDAY, "AM"),
                        new WeeklyHalfDay(DayOfWeek.TUESDAY, "PM")))), List.of());
        Programme programme = Programmes.of(List.of(member("p1", early), member("r1", early)));
        MeetingSpread spread = new MeetingSpread(programme);

        // 16 common half-days, but 4 weeks apart from 4 January: 4 January, 1 February (and no third before March).
        assertThat(spread.datable(programme.member("p1"), programme.member("r1"))).isEqualTo(2);
        assertThat(spread.meetingsFor(16)).isEqualTo(8);
        assertThat(spread.meetingsFor(3)).isEqualTo(2);
    }

    @Test
    void closedDaysDateNothing() {
        // Open all year: a meeting every 4 weeks from 4 January; closed until June: from 1 July only.
        Programme open = Programmes.of(List.of(member("p1", Availability.ALWAYS), member("r1", Availability.ALWAYS)));
        Programme closed = open.withClosed(List.of(new ClosedPeriod(Programmes.START, LocalDate.of(2027, 6, 30),
                "works")));

        int whole = new MeetingSpread(open).datable(open.member("p1"), open.member("r1"));
        int half = new MeetingSpread(closed).datable(closed.member("p1"), closed.member("r1"));

        assertThat(whole).isEqualTo(13);
        assertThat(half).isEqualTo(7);
    }
}
