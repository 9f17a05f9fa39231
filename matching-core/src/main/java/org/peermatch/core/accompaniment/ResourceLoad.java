package org.peermatch.core.accompaniment;

import java.util.List;

/**
 * A resource person's load against their capacity.
 *
 * @param resource the resource person's member id
 * @param hours hours given
 * @param hoursCapacity hours offered
 * @param participants the participants they accompany, in document order
 * @param participantsCapacity how many participants they offered to take
 */
public record ResourceLoad(String resource, int hours, int hoursCapacity, List<String> participants,
        int participantsCapacity) {
    public ResourceLoad {
        participants = List.copyOf(participants);
    }
}
