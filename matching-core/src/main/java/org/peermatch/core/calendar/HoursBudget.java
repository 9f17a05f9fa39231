package org.peermatch.core.calendar;

/**
 * The hours of one accompaniment pair (participant, resource person) on the calendar.
 *
 * @param participant the participant's member id
 * @param resource the resource person's member id
 * @param covered hours of the participant's needs this resource person covers in the proposal
 * @param held hours of meetings held
 * @param lost hours of meetings cancelled late without a reason: they count against the budget (the programme's
 *        rule)
 * @param planned hours of meetings still to take place (planned or fixed)
 * @param unplaced hours of meetings the calendar could not place
 */
public record HoursBudget(String participant, String resource, int covered, int held, int lost, int planned,
        int unplaced) {

    /** @return the hours still to plan after what was held and lost: {@code max(0, covered - held - lost)} */
    public int remaining() {
        return Math.max(0, covered - held - lost);
    }
}
