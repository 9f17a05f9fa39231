package org.peermatch.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the committee records of an earlier calendar before planning the rest of the programme again.
 *
 * @param replanFrom plan new sessions from this day on (null: from the programme's start)
 * @param sessions sessions held, cancelled or fixed
 */
public record CalendarChanges(LocalDate replanFrom, List<SessionRecord> sessions) {

    /** No earlier calendar. */
    public static final CalendarChanges NONE = new CalendarChanges(null, List.of());

    public CalendarChanges {
        sessions = List.copyOf(sessions);
    }
}
