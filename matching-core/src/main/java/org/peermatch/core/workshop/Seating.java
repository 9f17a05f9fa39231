package org.peermatch.core.workshop;

import java.util.List;

/**
 * Who attends one workshop, as {@link ThemeEnrolment} computed it.
 *
 * @param workshop the workshop
 * @param attendees its participants, in programme order
 */
record Seating(PlannedWorkshop workshop, List<Demand> attendees) {

    public Seating {
        attendees = List.copyOf(attendees);
    }

    /** @return how many participants attend */
    public int size() {
        return attendees.size();
    }

    /** @return how far the attendance is outside the rules: missing participants or participants too many */
    public int outOfRange() {
        int size = attendees.size();
        int minimum = workshop.getFrame().minAttendance();
        int maximum = workshop.maximum();
        return size < minimum ? minimum - size : Math.max(0, size - maximum);
    }
}
