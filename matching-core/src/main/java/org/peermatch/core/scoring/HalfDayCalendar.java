package org.peermatch.core.scoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.peermatch.core.model.Availability;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;

/**
 * The programme's half-days, numbered from 0 (the first slot of the start date), and members' availability as
 * sets of those numbers. Counting the half-days two members share is an {@code AND} of two bit sets.
 *
 * <p>Building a member's set costs O(days × slots); counting common half-days O(days × slots / 64).
 */
public final class HalfDayCalendar {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final LocalDate start;
    private final LocalDate end;
    private final List<HalfDaySlot> slots;

    /** Builds the calendar of a programme. */
    public HalfDayCalendar(Programme programme) {
        this(programme.start(), programme.end(), programme.halfDays());
    }

    /** Builds the calendar between two dates (both included) with these half-day slots. */
    public HalfDayCalendar(LocalDate start, LocalDate end, List<HalfDaySlot> slots) {
        this.start = start;
        this.end = end;
        this.slots = List.copyOf(slots);
    }

    /** @return how many days the programme spans */
    public int dayCount() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * @return how many calendar months the programme spans, counting partial months as a fraction of 30 days,
     *         at least 1
     */
    public double monthCount() {
        return Math.max(1.0, dayCount() / 30.4375);
    }

    /** @return the date of a half-day number */
    public LocalDate dateOf(int halfDay) {
        return start.plusDays(halfDay / slots.size());
    }

    /** @return the half-day number of a date's slot (the slot's position among the programme's half-days) */
    public int halfDayNumber(LocalDate date, int slot) {
        return (int) ChronoUnit.DAYS.between(start, date) * slots.size() + slot;
    }

    /** @return the slot of a half-day number */
    public HalfDaySlot slotOf(int halfDay) {
        return slots.get(halfDay % slots.size());
    }

    /** @return the half-days on which the member is available */
    public BitSet availableHalfDays(Member member) {
        return availableHalfDays(member.availability());
    }

    /** @return the half-days covered by the availability */
    public BitSet availableHalfDays(Availability availability) {
        BitSet available = new BitSet(dayCount() * slots.size());
        if (availability.weekly().isEmpty()) {
            for (WeeklyHalfDay weekly : everyWeekdayHalfDay()) {
                mark(available, start, end, weekly);
            }
        } else {
            for (WeeklyAvailability pattern : availability.weekly()) {
                LocalDate from = pattern.from().isBefore(start) ? start : pattern.from();
                LocalDate to = pattern.to().isAfter(end) ? end : pattern.to();
                for (WeeklyHalfDay weekly : pattern.halfDays()) {
                    mark(available, from, to, weekly);
                }
            }
        }
        Set<LocalDate> unavailable = new HashSet<>(availability.unavailable());
        for (LocalDate date : unavailable) {
            if (!date.isBefore(start) && !date.isAfter(end)) {
                int first = (int) ChronoUnit.DAYS.between(start, date) * slots.size();
                available.clear(first, first + slots.size());
            }
        }
        return available;
    }

    /** @return how many half-days both sets share */
    public static int commonCount(BitSet first, BitSet second) {
        BitSet common = (BitSet) first.clone();
        common.and(second);
        return common.cardinality();
    }

    private List<WeeklyHalfDay> everyWeekdayHalfDay() {
        return WEEKDAYS.stream()
                .flatMap(day -> slots.stream().map(slot -> new WeeklyHalfDay(day, slot.id())))
                .toList();
    }

    private void mark(BitSet available, LocalDate from, LocalDate to, WeeklyHalfDay weekly) {
        int slotIndex = slotIndex(weekly.slot());
        if (slotIndex < 0) {
            return;
        }
        LocalDate date = from;
        while (date.getDayOfWeek() != weekly.day()) {
            date = date.plusDays(1);
        }
        for (; !date.isAfter(to); date = date.plusWeeks(1)) {
            available.set((int) ChronoUnit.DAYS.between(start, date) * slots.size() + slotIndex);
        }
    }

    private int slotIndex(String slotId) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).id().equals(slotId)) {
                return i;
            }
        }
        return -1;
    }
}
