package org.peermatch.core.model;

import java.time.DayOfWeek;

/**
 * A recurring half-day of the week, e.g. Monday morning; written {@code MON-AM} in programme documents, where
 * {@code AM} is the id of one of the programme's half-day slots.
 *
 * @param day the day of the week
 * @param slot the id of the programme's half-day slot
 */
public record WeeklyHalfDay(DayOfWeek day, String slot) {
}
