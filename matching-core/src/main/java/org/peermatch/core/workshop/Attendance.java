package org.peermatch.core.workshop;

/**
 * A member present at a workshop, to find who is in two places on one half-day.
 *
 * @param person the member id
 * @param label "Name (id)"
 * @param halfDay the programme half-day number
 * @param workshop the workshop
 * @param leads whether they lead it (otherwise they attend)
 */
record Attendance(String person, String label, int halfDay, PlannedWorkshop workshop, boolean leads) {
}
