package org.peermatch.core.calendar;

import java.util.List;

/**
 * The programme's one calendar: every session of every mode, the sessions that could not be placed, and each
 * accompaniment pair's hours.
 *
 * @param sessions every session (planned, fixed, held and cancelled), by date, then half-day (whole days first),
 *        then id
 * @param unplaced the sessions that could not be placed, with why, in planning order
 * @param budgets per accompaniment pair, in the order of the proposal's assignments, then pairs known only from the
 *        committee's record
 */
public record ProgrammeCalendar(List<Session> sessions, List<UnplacedSession> unplaced, List<HoursBudget> budgets) {

    /** A calendar without any session. */
    public static final ProgrammeCalendar EMPTY = new ProgrammeCalendar(List.of(), List.of(), List.of());

    public ProgrammeCalendar {
        sessions = List.copyOf(sessions);
        unplaced = List.copyOf(unplaced);
        budgets = List.copyOf(budgets);
    }

    /** @return the sessions still to take place (planned or fixed), in calendar order */
    public List<Session> upcoming() {
        return sessions.stream().filter(Session::upcoming).toList();
    }

    /** @return every session the member takes part in, in calendar order */
    public List<Session> sessionsOf(String member) {
        return sessions.stream().filter(session -> session.involves(member)).toList();
    }

    /** @return the session with that id, or null */
    public Session session(String id) {
        for (Session session : sessions) {
            if (session.id().equals(id)) {
                return session;
            }
        }
        return null;
    }
}
