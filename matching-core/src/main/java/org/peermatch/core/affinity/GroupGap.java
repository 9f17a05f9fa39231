package org.peermatch.core.affinity;

/**
 * A participant that got fewer resources of a group than its rule's minimum.
 *
 * @param participant the participant's id
 * @param group the group
 * @param min the rule's minimum
 * @param assigned how many resources of the group it got
 */
public record GroupGap(String participant, String group, int min, int assigned) {
}
