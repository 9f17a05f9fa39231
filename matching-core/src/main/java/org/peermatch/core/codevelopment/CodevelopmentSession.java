package org.peermatch.core.codevelopment;

import java.time.LocalDate;
import java.util.List;

/**
 * One session of a co-development group: the client(s) bring a situation, the other members consult.
 *
 * @param number the session's number in the group, from 1, in date order
 * @param date the day of the session, on a half-day every member is available; null when no such half-day could
 *        be found (the group's reasons say why)
 * @param halfDay the programme's half-day slot id (e.g. {@code AM}), null when the session has no date
 * @param clients the ids of the session's clients (one, or two when the programme hears two per session)
 */
public record CodevelopmentSession(int number, LocalDate date, String halfDay, List<String> clients) {

    public CodevelopmentSession {
        clients = List.copyOf(clients);
    }
}
