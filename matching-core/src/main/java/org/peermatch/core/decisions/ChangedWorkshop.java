package org.peermatch.core.decisions;

import java.time.LocalDate;

import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.text.Messages;

/**
 * One workshop of either proposal and what became of it, in the committee's words. A workshop that changes
 * animator, theme, half-day or room is the old one dropped and the new one added.
 *
 * @param kind kept, dropped or added
 * @param theme the topic it is on
 * @param animator the animator's member id
 * @param animatorName the animator's name
 * @param date its day
 * @param halfDay the programme half-day id
 * @param room the room id, or null
 * @param released whether a dropped workshop was no longer possible (animator gone or no longer competent, theme
 *        no longer wanted, half-day closed or the animator unavailable) rather than changed to serve more needs
 * @param reason why; empty for a workshop kept
 */
public record ChangedWorkshop(ChangeKind kind, String theme, String animator, String animatorName, LocalDate date,
        String halfDay, String room, boolean released, String reason) {

    /** @return e.g. "Dropped workshop: pricing with Anne-Laure Fabre on 13 January 2027 (PM). …" */
    public String line(Messages messages) {
        String key = switch (kind) {
            case KEPT -> "decisions.workshops.kept";
            case DROPPED -> "decisions.workshops.dropped";
            case ADDED -> "decisions.workshops.added";
        };
        return messages.get(key, NoveltyWords.label(theme), animatorName, messages.date(date), halfDay, reason)
                .strip();
    }
}
