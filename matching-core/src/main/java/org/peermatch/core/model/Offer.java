package org.peermatch.core.model;

/**
 * What a member offers in one mode, with its capacities.
 *
 * @param hours hours offered over the programme (0 when the mode is not counted in hours)
 * @param participants how many distinct participants, mentees or groups they take at most
 * @param days days offered (immersion: one mentee per day), 0 when the mode is not counted in days
 * @param sessions workshops they can lead (workshop offers), 0 for other modes
 */
public record Offer(int hours, int participants, int days, int sessions) {

    /** An offer counted in hours and participants (accompaniment). */
    public Offer(int hours, int participants) {
        this(hours, participants, 0, 0);
    }

    /** An offer counted in hours, participants and days. */
    public Offer(int hours, int participants, int days) {
        this(hours, participants, days, 0);
    }

    /** @return an immersion offer: so many days, one mentee per day */
    public static Offer days(int days) {
        return new Offer(0, days, days, 0);
    }

    /** @return a workshop offer: so many workshops to lead, each for at most so many participants */
    public static Offer workshops(int sessions, int participants) {
        return new Offer(0, participants, 0, sessions);
    }
}
