package org.peermatch.core.calendar;

import java.time.LocalDate;

import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;

/** What a session says of itself whoever places it: its title, its questions and report due dates, a pair's key. */
final class SessionFacts {

    private final Programme programme;

    SessionFacts(Programme programme) {
        this.programme = programme;
    }

    String accompanimentTitle(int number, String participant, String resource) {
        return programme.messages().get("calendar.title.accompaniment", number,
                CalendarWords.name(programme, participant), CalendarWords.name(programme, resource));
    }

    String immersionTitle(String mentee, String mentor) {
        return programme.messages().get("calendar.title.immersion", CalendarWords.name(programme, mentee),
                CalendarWords.name(programme, mentor));
    }

    /** @return the session with its questions and report due dates set by the programme's rules */
    Session withDueDates(Session session, java.time.LocalDate immersionReport) {
        if (session.mode() == Mode.ACCOMPANIMENT && session.start() != null) {
            return new Session(session.id(), session.mode(), session.title(), session.members(), session.date(),
                    session.halfDay(), session.start(), session.end(), session.room(), session.status(),
                    session.start().minusHours(programme.calendar().questionsDueHours()),
                    session.date().plusDays(programme.calendar().reportDueDays()), session.hours(),
                    session.notes());
        }
        if (session.mode() == Mode.IMMERSION && session.date() != null) {
            return new Session(session.id(), session.mode(), session.title(), session.members(), session.date(),
                    session.halfDay(), session.start(), session.end(), session.room(), session.status(), null,
                    immersionReport != null ? immersionReport
                            : session.date().plusDays(programme.immersion().reportDueDays()),
                    session.hours(), session.notes());
        }
        return session;
    }

    static String pairKey(String participant, String resource) {
        return participant + "|" + resource;
    }
}
