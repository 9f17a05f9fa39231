package org.peermatch.core.calendar;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;

/**
 * The committee's record of an earlier calendar ({@code programme.changes()}) as sessions: held and cancelled ones
 * are past facts, fixed ones stay at their date; a held or fixed immersion day, co-development session or workshop
 * stands for the session of the proposal with the same mode and members, which is then not planned again.
 */
final class CommitteeRecord {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final Programme programme;
    private final Occupancy occupancy;
    private final SessionFacts facts;
    /** Held or fixed sessions of the record not yet matched with a session of a mode, by mode and member set. */
    private final Map<String, Integer> recorded = new HashMap<>();

    CommitteeRecord(Programme programme, Occupancy occupancy, SessionFacts facts) {
        this.programme = programme;
        this.occupancy = occupancy;
        this.facts = facts;
    }

    /** The record's sessions, with ids; held and fixed sessions of other modes wait to be matched. */
    List<Session> sessions() {
        List<SessionRecord> records = programme.changes() == null ? List.of() : programme.changes().sessions();
        // Accompaniment meetings are numbered per pair in date order, so their ids stay when the record grows.
        Map<String, List<SessionRecord>> byPair = new LinkedHashMap<>();
        for (SessionRecord record : records) {
            if (record.mode() == Mode.ACCOMPANIMENT && record.members().size() >= 2) {
                byPair.computeIfAbsent(SessionFacts.pairKey(record.members().get(0), record.members().get(1)),
                        key -> new ArrayList<>()).add(record);
            }
        }
        Map<SessionRecord, Integer> numbers = new HashMap<>();
        for (List<SessionRecord> pairRecords : byPair.values()) {
            List<SessionRecord> byDate = new ArrayList<>(pairRecords);
            byDate.sort(Comparator.comparing(SessionRecord::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingInt(record -> occupancy.slotOrder(record.halfDay())));
            for (int i = 0; i < byDate.size(); i++) {
                numbers.putIfAbsent(byDate.get(i), i + 1);
            }
        }
        List<Session> result = new ArrayList<>();
        for (SessionRecord record : records) {
            result.add(recordSession(record, numbers.getOrDefault(record, 0)));
            if (record.mode() != Mode.ACCOMPANIMENT && record.status() != SessionStatus.CANCELLED) {
                recorded.merge(matchKey(record.mode(), record.members()), 1, Integer::sum);
            }
        }
        return result;
    }

    Session recordSession(SessionRecord record, int number) {
        SessionState state = SessionState.of(record.status());
        List<String> members = record.members();
        String id;
        String title;
        List<String> notes = new ArrayList<>();
        int hours = 0;
        if (record.mode() == Mode.ACCOMPANIMENT && members.size() >= 2) {
            id = "accompaniment-" + members.get(0) + "-" + members.get(1) + "-" + number;
            title = facts.accompanimentTitle(number, members.get(0), members.get(1));
            hours = record.hours() > 0 ? record.hours() : programme.calendar().meetingHours();
        } else {
            id = record.mode().jsonName() + "-" + String.join("-", members)
                    + (record.date() == null ? "" : "-" + COMPACT.format(record.date()))
                    + (record.halfDay() == null ? "" : "-" + record.halfDay().toLowerCase(Locale.ROOT));
            title = recordTitle(record);
        }
        switch (record.status()) {
            case HELD -> notes.add(hours > 0 ? programme.messages().get("calendar.note.heldHours", hours)
                    : programme.messages().get("calendar.note.held"));
            case FIXED -> notes.add(programme.messages().get("calendar.note.fixed"));
            case CANCELLED -> notes.add(cancellation(record, hours));
            default -> {
            }
        }
        LocalDateTime start = Session.startOf(programme, record.date(), record.halfDay());
        LocalDateTime end = Session.endOf(programme, record.date(), record.halfDay());
        if (hours > 0 && start != null && end != null) {
            // a 1:1 meeting takes its own hours from its half-day's start
            end = Session.meetingEnd(start, end, hours);
        }
        Session session = new Session(id, record.mode(), title, members, record.date(), record.halfDay(), start, end,
                null, state, null, null, hours, notes);
        return facts.withDueDates(session, null);
    }

    String cancellation(SessionRecord record, int hours) {
        boolean noReason = record.reason() == null || record.reason().isBlank();
        if (record.late() && noReason && hours > 0) {
            return programme.messages().get("calendar.note.lateNoReasonHours", hours);
        }
        if (record.late() && noReason) {
            return programme.messages().get("calendar.note.lateNoReason");
        }
        String why = noReason ? "" : programme.messages().get("calendar.note.cancelled.reason",
                record.reason().strip());
        return programme.messages().get(record.late() ? "calendar.note.cancelledLate" : "calendar.note.cancelledInTime",
                why, programme.messages().get(hours > 0 ? "calendar.note.cancelled.replanned"
                        : "calendar.note.cancelled.end"));
    }

    String recordTitle(SessionRecord record) {
        List<String> members = record.members();
        return switch (record.mode()) {
            case IMMERSION -> members.size() >= 2
                    ? facts.immersionTitle(members.get(0), members.get(1))
                    : programme.messages().get("calendar.title.immersionOf", CalendarWords.names(programme, members));
            case CODEVELOPMENT -> programme.messages().get("calendar.title.codevelopmentOf",
                    CalendarWords.names(programme, members));
            case WORKSHOP -> members.isEmpty() ? programme.messages().get("calendar.title.workshopAlone")
                    : programme.messages().get("calendar.title.workshopLedBy",
                            CalendarWords.name(programme, members.get(0)));
            default -> programme.messages().get("calendar.title.session", CalendarWords.names(programme, members));
        };
    }

    /** @return whether a held or fixed session of the record stands for this one (and uses that record up) */
    boolean matchesRecord(Session session) {
        String key = matchKey(session.mode(), session.members());
        Integer left = recorded.get(key);
        if (left == null || left == 0) {
            return false;
        }
        recorded.put(key, left - 1);
        return true;
    }

    static String matchKey(Mode mode, List<String> members) {
        return mode + "|" + String.join("|", new TreeSet<>(members));
    }
}
