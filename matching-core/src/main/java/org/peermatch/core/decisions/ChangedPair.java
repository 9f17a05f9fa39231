package org.peermatch.core.decisions;

import java.util.List;

import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.text.Messages;

/**
 * One accompaniment pair of either proposal and what became of it, in the committee's words.
 *
 * @param kind kept, dropped or added
 * @param participant the participant's member id
 * @param participantName the participant's name
 * @param resource the resource person's member id
 * @param resourceName the resource person's name
 * @param topics the needs the pair covers (the old proposal's for a dropped pair, else the new one's)
 * @param released whether a dropped pair was no longer possible (a member gone, the pair forbidden, hours cut…)
 *        rather than changed to serve coverage; false for kept and added pairs
 * @param reason why, one or more sentences; empty for a pair kept as it was
 */
public record ChangedPair(ChangeKind kind, String participant, String participantName, String resource,
        String resourceName, List<String> topics, boolean released, String reason) {

    public ChangedPair {
        topics = List.copyOf(topics);
    }

    /** @return e.g. "Dropped: Camille Martin with Karim Benali (pricing). Karim Benali left the programme: …" */
    public String line(Messages messages) {
        String key = switch (kind) {
            case KEPT -> "decisions.line.kept";
            case DROPPED -> "decisions.line.dropped";
            case ADDED -> "decisions.line.added";
        };
        return messages.get(key, participantName, resourceName,
                messages.and(topics.stream().map(NoveltyWords::label).toList()), reason).strip();
    }
}
