package org.peermatch.core.io;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.peermatch.core.model.Availability;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;

/**
 * Finds a day on which someone can take part in the programme, to refuse a document in which nothing or someone
 * can never happen: closed periods that cover the whole programme, an availability that never meets it.
 *
 * <p>O(days × weekly patterns) at worst (a programme lasts at most three years), and it stops at the first open day.
 */
final class OpenDays {

    private OpenDays() {
    }

    /**
     * @param start the programme's first day
     * @param end the programme's last day, not before {@code start}
     * @param closed the closed periods
     * @param availability when the person can meet ({@link Availability#ALWAYS}: every weekday)
     * @return the first day of the programme that is open and in the availability, or null when there is none
     */
    static LocalDate first(LocalDate start, LocalDate end, List<ClosedPeriod> closed, Availability availability) {
        Set<LocalDate> unavailable = new HashSet<>(availability.unavailable());
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (!unavailable.contains(day) && isOpen(day, closed) && isAvailable(day, availability)) {
                return day;
            }
        }
        return null;
    }

    /** @return whether some day of the programme, weekends included, is outside every closed period */
    static boolean anyOpen(LocalDate start, LocalDate end, List<ClosedPeriod> closed) {
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (isOpen(day, closed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpen(LocalDate day, List<ClosedPeriod> closed) {
        for (ClosedPeriod period : closed) {
            if (period.contains(day)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAvailable(LocalDate day, Availability availability) {
        if (availability.weekly().isEmpty()) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
        for (WeeklyAvailability pattern : availability.weekly()) {
            if (!day.isBefore(pattern.from()) && !day.isAfter(pattern.to())) {
                for (WeeklyHalfDay halfDay : pattern.halfDays()) {
                    if (halfDay.day() == day.getDayOfWeek()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
