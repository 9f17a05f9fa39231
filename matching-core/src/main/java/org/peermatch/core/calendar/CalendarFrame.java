package org.peermatch.core.calendar;

/**
 * The grid every {@link DatedSession} of one joint search lies on.
 *
 * @param slotCount places per day: each half-day's places for 1:1 meetings (see {@code Occupancy})
 * @param weekOffset days from the Monday of the programme's first week to its start: day {@code d} lies in week
 *        {@code (d + weekOffset) / 7}
 * @param weeklyLimit the most 1:1 meetings a resource person has in a calendar week
 * @param endDay the programme's last day, as a day number from its start
 */
record CalendarFrame(int slotCount, int weekOffset, int weeklyLimit, int endDay) {

    /** @return the calendar week of a day number */
    int weekOf(int day) {
        return (day + weekOffset) / 7;
    }
}
