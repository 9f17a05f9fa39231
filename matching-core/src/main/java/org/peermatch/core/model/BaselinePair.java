package org.peermatch.core.model;

import java.util.List;

/**
 * One need of a participant covered by a resource person in a published proposal.
 *
 * @param participant the participant's member id
 * @param resource the resource person's member id
 * @param topic the need's topic
 * @param priority the need's priority (1–3)
 * @param hours the need's hours
 * @param level the resource person's level on the topic (0 when not published)
 * @param commonSectors the sectors both work in
 */
public record BaselinePair(String participant, String resource, String topic, int priority, int hours, int level,
        List<String> commonSectors) {

    public BaselinePair {
        commonSectors = List.copyOf(commonSectors);
    }

    /** @return whether both records name the same participant and resource person */
    public boolean samePair(BaselinePair other) {
        return participant.equals(other.participant) && resource.equals(other.resource);
    }
}
