package org.peermatch.core.affinity;

/**
 * A participant that received fewer resources than its demand.
 *
 * @param participant the participant's id
 * @param demand how many resources it needed
 * @param assigned how many it got
 */
public record DemandGap(String participant, int demand, int assigned) {
}
