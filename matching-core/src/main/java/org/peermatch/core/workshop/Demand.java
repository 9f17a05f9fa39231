package org.peermatch.core.workshop;

import java.util.BitSet;

/**
 * A participant's need on a workshop theme, with when they can attend. Immutable by convention: the availability
 * bit set is never changed after building.
 *
 * @param participant the participant's index among the programme's workshop participants (kept attendees who did not
 *        ask for workshops come after them)
 * @param memberId the member id
 * @param label "Name (id)"
 * @param topic the theme
 * @param priority 1 (essential) to 3, or 0 for an attendee of a kept workshop without a need on its theme
 * @param available the programme half-day numbers on which they are available
 */
public record Demand(int participant, String memberId, String label, String topic, int priority, BitSet available) {

    /** @return the priority weight of the need: 3 for priority 1, 2 for 2, 1 for 3, 0 without a need */
    public int weight() {
        return priority == 0 ? 0 : 4 - priority;
    }

    /** @return whether the need is essential (priority 1) */
    public boolean essential() {
        return priority == 1;
    }

    /** @return whether they are available on the half-day */
    public boolean availableOn(int halfDayNumber) {
        return halfDayNumber >= 0 && available.get(halfDayNumber);
    }

    @Override
    public String toString() {
        return label;
    }
}
