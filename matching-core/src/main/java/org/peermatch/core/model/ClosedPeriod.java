package org.peermatch.core.model;

import java.time.LocalDate;

/**
 * Days on which nothing of the programme takes place: public holidays, a summer closure.
 *
 * @param from first closed day
 * @param to last closed day (equal to {@code from} for a single day)
 * @param reason why, for the committee (may be empty)
 */
public record ClosedPeriod(LocalDate from, LocalDate to, String reason) {

    /** @return whether the day falls in this period */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
