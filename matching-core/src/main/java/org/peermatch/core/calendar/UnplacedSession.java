package org.peermatch.core.calendar;

import java.util.List;

import org.peermatch.core.model.Mode;

/**
 * A session the calendar could not place, and why.
 *
 * @param id the id it would have had, e.g. {@code accompaniment-m01-m12-4}
 * @param mode which kind of session
 * @param title what it is, in words
 * @param members member ids, in the same order as in a {@link Session} (for accompaniment the pair: participant,
 *        then resource person)
 * @param hours for an accompaniment meeting, the hours it would have counted; 0 otherwise
 * @param reason why it could not be placed, one full sentence naming the people
 */
public record UnplacedSession(String id, Mode mode, String title, List<String> members, int hours, String reason) {

    public UnplacedSession {
        members = List.copyOf(members);
    }
}
