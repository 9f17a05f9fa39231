package org.peermatch.core.decisions;

import java.time.LocalDate;

import org.peermatch.core.text.Messages;

/**
 * One immersion day of either proposal (a mentee hosted by a mentor on a date) and what became of it, in the
 * committee's words. A day moved to another date or mentor is the old day dropped and the new one added.
 *
 * @param kind kept, dropped or added
 * @param mentee the mentee's member id
 * @param menteeName the mentee's name
 * @param mentor the mentor's member id
 * @param mentorName the mentor's name
 * @param day the date
 * @param released whether a dropped day was no longer possible (a member gone, the pair forbidden, the day
 *        closed or unavailable) rather than changed to place more mentees; false for kept and added days
 * @param reason why, one or more sentences; empty for a day kept
 */
public record ChangedImmersion(ChangeKind kind, String mentee, String menteeName, String mentor, String mentorName,
        LocalDate day, boolean released, String reason) {

    /** @return e.g. "Dropped immersion day: Léa Garnier with Sophie Delmas on 29 June 2027. …" */
    public String line(Messages messages) {
        String key = switch (kind) {
            case KEPT -> "decisions.immersion.kept";
            case DROPPED -> "decisions.immersion.dropped";
            case ADDED -> "decisions.immersion.added";
        };
        return messages.get(key, menteeName, mentorName, messages.date(day), reason).strip();
    }
}
