package org.peermatch.core.model;

/**
 * A committee decision: this participant works with this resource person in individual accompaniment.
 *
 * @param participant the participant's member id
 * @param resource the resource person's member id
 * @param topic the need's topic the pair covers, or null to let the solver choose which of the participant's
 *        needs the resource person covers
 */
public record PinnedPair(String participant, String resource, String topic) {
}
