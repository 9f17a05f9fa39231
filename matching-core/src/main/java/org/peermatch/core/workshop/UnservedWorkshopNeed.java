package org.peermatch.core.workshop;

import java.util.List;

/**
 * A need of a member who asked for workshops that has no seat in a workshop on its topic.
 *
 * @param participant the member id
 * @param topic the topic
 * @param priority 1 (essential) to 3
 * @param reasons why, in the committee's words
 */
public record UnservedWorkshopNeed(String participant, String topic, int priority, List<String> reasons) {

    public UnservedWorkshopNeed {
        reasons = List.copyOf(reasons);
    }
}
