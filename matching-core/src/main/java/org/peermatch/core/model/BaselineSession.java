package org.peermatch.core.model;

import java.time.LocalDate;

/**
 * One dated session of a published proposal's calendar.
 *
 * @param id the session's id (e.g. {@code accompaniment-m01-m12-3}), the same from one solve to the next for the
 *        same pair and meeting number
 * @param mode the mode's JSON name, e.g. {@code accompaniment}
 * @param date its day
 * @param halfDay the programme half-day id
 */
public record BaselineSession(String id, String mode, LocalDate date, String halfDay) {
}
