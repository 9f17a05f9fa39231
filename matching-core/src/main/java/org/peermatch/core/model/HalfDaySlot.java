package org.peermatch.core.model;

import java.time.LocalTime;

/**
 * One of the programme's half-day slots, e.g. {@code AM} from 09:00 to 12:30.
 *
 * @param id short id used in availabilities ({@code MON-AM})
 * @param start start time
 * @param end end time
 */
public record HalfDaySlot(String id, LocalTime start, LocalTime end) {
}
