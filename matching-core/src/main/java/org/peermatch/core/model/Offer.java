package org.peermatch.core.model;

/**
 * What a member offers in one mode, with its capacities.
 *
 * @param hours hours offered over the programme (0 when the mode is not counted in hours)
 * @param participants how many distinct participants, mentees or groups they take at most
 * @param days days offered (immersion: one mentee per day), 0 when the mode is not counted in days
 */
public record Offer(int hours, int participants, int days) {

    /** An offer counted in hours and participants (accompaniment). */
    public Offer(int hours, int participants) {
        this(hours, participants, 0);
    }

    /** @return an immersion offer: so many days, one mentee per day */
    public static Offer days(int days) {
        return new Offer(0, days, days);
    }
}
