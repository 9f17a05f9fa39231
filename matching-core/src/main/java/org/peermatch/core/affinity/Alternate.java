package org.peermatch.core.affinity;

/**
 * A ranked backup for a participant: a resource not assigned to it that could replace one of its own without
 * breaking a load (nor a conflict, nor a group rule).
 *
 * @param participant the participant's id
 * @param rank 1 for the best backup of this participant, then 2, 3…
 * @param resource the backup resource's id
 * @param score the pair's score
 * @param replaces the participant's assigned resource it would replace: among those it can replace, the one of
 *        lowest score (first in the problem's order on ties)
 */
public record Alternate(String participant, int rank, String resource, double score, String replaces) {
}
