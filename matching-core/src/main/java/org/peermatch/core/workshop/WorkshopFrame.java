package org.peermatch.core.workshop;

/**
 * The programme's workshop rules as the constraints read them.
 *
 * @param minAttendance fewest participants for a workshop to take place
 * @param maxAttendance most participants in one workshop
 * @param minimumLevel the lowest competence level an animator needs on the theme
 * @param spacingDays two workshops fewer days apart than this are bunched
 * @param roomsPlanned whether the programme lists rooms (then every workshop needs one)
 * @param preferencesGiven whether the committee prefers some weekly half-days
 */
public record WorkshopFrame(int minAttendance, int maxAttendance, int minimumLevel, int spacingDays,
        boolean roomsPlanned, boolean preferencesGiven) {

    /** @return the cost of two workshops this many days apart: the days missing to the spacing, 0 when enough */
    public long bunchedCost(int gapDays) {
        return Math.max(0, spacingDays - Math.abs(gapDays));
    }
}
