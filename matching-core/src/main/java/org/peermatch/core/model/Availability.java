package org.peermatch.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * When a member can meet: weekly half-days within date ranges, minus unavailable dates.
 *
 * @param weekly the recurring patterns; empty means every weekday half-day of the programme
 * @param unavailable dates on which the member is not available at all
 */
public record Availability(List<WeeklyAvailability> weekly, List<LocalDate> unavailable) {

    /** Available on every weekday half-day of the programme. */
    public static final Availability ALWAYS = new Availability(List.of(), List.of());

    public Availability {
        weekly = List.copyOf(weekly);
        unavailable = List.copyOf(unavailable);
    }
}
