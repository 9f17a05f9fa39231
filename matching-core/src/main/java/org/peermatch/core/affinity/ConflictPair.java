package org.peermatch.core.affinity;

/**
 * A participant–resource pair that must never be assigned (e.g. a conflict of interest), even when it is scored.
 *
 * @param participant the participant's id
 * @param resource the resource's id
 */
public record ConflictPair(String participant, String resource) {
}
