package org.peermatch.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Recurring weekly half-days on which a member is available, between two dates (both included).
 *
 * @param from the first date the pattern applies
 * @param to the last date the pattern applies
 * @param halfDays the weekly half-days
 */
public record WeeklyAvailability(LocalDate from, LocalDate to, List<WeeklyHalfDay> halfDays) {
    public WeeklyAvailability {
        halfDays = List.copyOf(halfDays);
    }
}
