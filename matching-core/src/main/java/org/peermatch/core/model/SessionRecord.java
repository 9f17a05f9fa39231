package org.peermatch.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A session of an earlier calendar: held, cancelled or fixed.
 *
 * @param mode which kind of session (accompaniment meeting, immersion day, co-development session, workshop)
 * @param members who takes part; for accompaniment the participant first, then the resource person
 * @param date its day
 * @param halfDay the programme's half-day slot id, or null for a whole day (immersion)
 * @param status what happened to it
 * @param late for a cancellation: whether it came later than the programme's late-cancellation notice
 * @param reason for a cancellation: why, or an empty text when none was given
 * @param hours for an accompaniment meeting: its length in hours (0 for other modes)
 */
public record SessionRecord(Mode mode, List<String> members, LocalDate date, String halfDay, SessionStatus status,
        boolean late, String reason, int hours) {

    public SessionRecord {
        members = List.copyOf(members);
    }

    /**
     * @return whether its hours count against the participant's hours budget: held, or cancelled late without a
     *         reason (the programme's rule)
     */
    public boolean countsAgainstBudget() {
        return status == SessionStatus.HELD
                || status == SessionStatus.CANCELLED && late && (reason == null || reason.isBlank());
    }
}
