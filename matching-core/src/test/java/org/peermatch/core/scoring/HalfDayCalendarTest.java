package org.peermatch.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.testing.Programmes;

class HalfDayCalendarTest {

    /** Monday 4 to Sunday 17 January 2027: two weeks, half-days AM (even numbers) and PM (odd numbers). */
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final LocalDate SUNDAY = LocalDate.of(2027, 1, 17);

    private final HalfDayCalendar calendar = new HalfDayCalendar(MONDAY, SUNDAY, Programmes.HALF_DAYS);

    private static int halfDay(LocalDate date, int slot) {
        return (int) (date.toEpochDay() - MONDAY.toEpochDay()) * 2 + slot;
    }

    private static BitSet bits(int... halfDays) {
        BitSet bits = new BitSet();
        for (int halfDay : halfDays) {
            bits.set(halfDay);
        }
        return bits;
    }

    @Test
    void numbersHalfDaysFromTheStart() {
        assertThat(calendar.dayCount()).isEqualTo(14);
        assertThat(calendar.monthCount()).isEqualTo(1.0);
        assertThat(calendar.dateOf(0)).isEqualTo(MONDAY);
        assertThat(calendar.slotOf(0).id()).isEqualTo("AM");
        assertThat(calendar.dateOf(7)).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(calendar.slotOf(7).id()).isEqualTo("PM");
        assertThat(new HalfDayCalendar(Programmes.START, Programmes.END, Programmes.HALF_DAYS).monthCount())
                .isEqualTo(348 / 30.4375);
    }

    @Test
    void alwaysMeansEveryWeekdayHalfDay() {
        BitSet available = calendar.availableHalfDays(Availability.ALWAYS);
        assertThat(available.cardinality()).isEqualTo(2 * 5 * 2);
        available.stream().forEach(halfDay -> assertThat(calendar.dateOf(halfDay).getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(available.get(halfDay(MONDAY.plusDays(5), 0))).isFalse();
    }

    @Test
    void marksWeeklyHalfDaysOnlyWithinTheirDateRangeAndTheProgramme() {
        Availability availability = new Availability(List.of(
                new WeeklyAvailability(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 10), List.of(
                        new WeeklyHalfDay(DayOfWeek.MONDAY, "AM"), new WeeklyHalfDay(DayOfWeek.THURSDAY, "PM"))),
                new WeeklyAvailability(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 3, 1), List.of(
                        new WeeklyHalfDay(DayOfWeek.MONDAY, "AM"), new WeeklyHalfDay(DayOfWeek.SATURDAY, "PM")))),
                List.of());
        assertThat(calendar.availableHalfDays(availability)).isEqualTo(bits(
                halfDay(MONDAY, 0), halfDay(LocalDate.of(2027, 1, 7), 1), halfDay(LocalDate.of(2027, 1, 16), 1)));
    }

    @Test
    void ignoresUnknownSlots() {
        Availability availability = new Availability(List.of(new WeeklyAvailability(MONDAY, SUNDAY, List.of(
                new WeeklyHalfDay(DayOfWeek.MONDAY, "EVENING"), new WeeklyHalfDay(DayOfWeek.TUESDAY, "PM")))),
                List.of());
        assertThat(calendar.availableHalfDays(availability)).isEqualTo(bits(
                halfDay(MONDAY.plusDays(1), 1), halfDay(MONDAY.plusDays(8), 1)));
    }

    @Test
    void removesBothHalfDaysOfUnavailableDates() {
        Availability availability = new Availability(List.of(),
                List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5), LocalDate.of(2026, 6, 1),
                        LocalDate.of(2027, 1, 16)));
        BitSet available = calendar.availableHalfDays(availability);
        assertThat(available.cardinality()).isEqualTo(18);
        assertThat(available.get(halfDay(LocalDate.of(2027, 1, 5), 0))).isFalse();
        assertThat(available.get(halfDay(LocalDate.of(2027, 1, 5), 1))).isFalse();
    }

    @Test
    void countsCommonHalfDays() {
        Availability mondays = new Availability(List.of(new WeeklyAvailability(MONDAY, SUNDAY,
                List.of(new WeeklyHalfDay(DayOfWeek.MONDAY, "AM"), new WeeklyHalfDay(DayOfWeek.MONDAY, "PM")))),
                List.of());
        Availability mornings = new Availability(List.of(new WeeklyAvailability(MONDAY, SUNDAY,
                List.of(new WeeklyHalfDay(DayOfWeek.MONDAY, "AM"), new WeeklyHalfDay(DayOfWeek.FRIDAY, "AM")))),
                List.of(LocalDate.of(2027, 1, 11)));
        BitSet first = calendar.availableHalfDays(mondays);
        BitSet second = calendar.availableHalfDays(mornings);
        assertThat(HalfDayCalendar.commonCount(first, second)).isEqualTo(1);
        assertThat(HalfDayCalendar.commonCount(first, calendar.availableHalfDays(Availability.ALWAYS))).isEqualTo(4);
        assertThat(first.cardinality()).as("counting leaves the sets unchanged").isEqualTo(4);
        assertThat(HalfDayCalendar.commonCount(first, new BitSet())).isZero();
    }
}
