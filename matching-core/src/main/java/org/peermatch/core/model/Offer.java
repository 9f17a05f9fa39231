package org.peermatch.core.model;

/**
 * What a member offers in one mode, with its capacities.
 *
 * @param hours hours offered over the programme (0 when the mode is not counted in hours)
 * @param participants how many distinct participants, mentees or groups they take at most
 */
public record Offer(int hours, int participants) {
}
