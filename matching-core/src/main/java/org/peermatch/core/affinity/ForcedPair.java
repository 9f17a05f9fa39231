package org.peermatch.core.affinity;

/**
 * A participant–resource pair the committee forces: it is kept in the assignment whatever else, and the rest of
 * the assignment is the best one around it.
 *
 * @param participant the participant's id
 * @param resource the resource's id
 */
public record ForcedPair(String participant, String resource) {
}
