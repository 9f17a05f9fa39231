package org.peermatch.core.accompaniment;

/**
 * One need of a participant covered by a resource person in individual accompaniment.
 *
 * @param participant the participant's member id
 * @param resource the resource person's member id
 * @param topic the need's topic
 * @param priority the need's priority (1–3)
 * @param hours hours of accompaniment
 * @param pinned whether the committee pinned this pair
 * @param why why this pair, in domain words
 */
public record Assignment(String participant, String resource, String topic, int priority, int hours,
        boolean pinned, PairExplanation why) {
}
