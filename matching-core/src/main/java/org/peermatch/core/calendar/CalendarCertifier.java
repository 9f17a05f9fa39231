package org.peermatch.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.peermatch.core.model.Availability;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.text.Messages;

/**
 * Re-checks a calendar's hard rules from the programme alone, independently of {@link CalendarPlanner} (it shares
 * no code with it: availability is read straight from the members' weekly patterns). Only sessions still to take
 * place (planned or fixed) are checked; held and cancelled ones are past facts.
 *
 * <p>The rules, with the constraint id of their violations:
 * <ul>
 * <li>{@value #DOUBLE_BOOKING}: nobody (member, animator) is in two sessions that overlap; a whole-day session
 * overlaps every half-day of its date, and two sessions of one half-day overlap unless their times follow each
 * other (two 1:1 meetings back to back in a long half-day);</li>
 * <li>{@value #ROOM_DOUBLE_BOOKING}: no room holds two sessions that overlap;</li>
 * <li>{@value #UNAVAILABLE}: every member of a session is a member of the programme and available on its half-day
 * (a whole day: on every half-day of it);</li>
 * <li>{@value #OUTSIDE_PROGRAMME}: every session lies between the programme's start and end, on one of its
 * half-days, and its times within that half-day;</li>
 * <li>{@value #CLOSED_DAY}: no session on a closed day;</li>
 * <li>{@value #ROOM_UNAVAILABLE}: a session's room is one of the programme's rooms and can be used that day;</li>
 * <li>{@value #BEFORE_REPLANNING}: nothing newly planned before the re-planning date;</li>
 * <li>{@value #DUPLICATE_ID}: session ids are unique.</li>
 * </ul>
 * Cost: O(sessions² per day + sessions × members).
 */
public final class CalendarCertifier {

    /** Someone is in two overlapping sessions. */
    public static final String DOUBLE_BOOKING = "calendar-double-booking";
    /** A room holds two overlapping sessions. */
    public static final String ROOM_DOUBLE_BOOKING = "calendar-room-double-booking";
    /** A member is not available (or not a member of the programme). */
    public static final String UNAVAILABLE = "calendar-unavailable";
    /** A session lies outside the programme's dates or half-days. */
    public static final String OUTSIDE_PROGRAMME = "calendar-outside-programme";
    /** A session falls on a closed day. */
    public static final String CLOSED_DAY = "calendar-closed-day";
    /** A session's room is unknown or cannot be used that day. */
    public static final String ROOM_UNAVAILABLE = "calendar-room-unavailable";
    /** A session was newly planned before the re-planning date. */
    public static final String BEFORE_REPLANNING = "calendar-before-replanning";
    /** Two sessions share an id. */
    public static final String DUPLICATE_ID = "calendar-duplicate-id";

    private static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private CalendarCertifier() {
    }

    /**
     * @param programme the programme the calendar was planned for
     * @param calendar the calendar
     * @return every broken rule, in the calendar's order of sessions (double bookings after the per-session rules);
     *         empty when the calendar is sound
     */
    public static List<Violation> violations(Programme programme, ProgrammeCalendar calendar) {
        List<Violation> violations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Session session : calendar.sessions()) {
            if (!ids.add(session.id())) {
                violations.add(new Violation(DUPLICATE_ID,
                        programme.messages().get("calendar.certify.duplicateId", session.id())));
            }
        }
        Map<LocalDate, List<Session>> byDate = new TreeMap<>();
        for (Session session : calendar.upcoming()) {
            checkSession(programme, session, violations);
            if (session.date() != null) {
                byDate.computeIfAbsent(session.date(), date -> new ArrayList<>()).add(session);
            }
        }
        for (List<Session> day : byDate.values()) {
            for (long pair : sharingPairs(day)) {
                checkOverlap(programme, day.get((int) (pair >>> 32)), day.get((int) pair), violations);
            }
        }
        return List.copyOf(violations);
    }

    private static void checkSession(Programme programme, Session session, List<Violation> violations) {
        Messages messages = programme.messages();
        String what = messages.get("calendar.certify.what", session.title(), session.id());
        LocalDate date = session.date();
        boolean knownSlot = session.halfDay() == null || slotIds(programme).contains(session.halfDay());
        if (date == null || date.isBefore(programme.start()) || date.isAfter(programme.end()) || !knownSlot) {
            violations.add(new Violation(OUTSIDE_PROGRAMME, messages.get("calendar.certify.outside", what,
                    CalendarWords.when(messages, date, session.halfDay()), CalendarWords.date(messages,
                            programme.start()), CalendarWords.date(messages, programme.end()),
                    String.join(", ", slotIds(programme)))));
            return;
        }
        HalfDaySlot slot = programme.halfDays().stream().filter(s -> s.id().equals(session.halfDay())).findFirst()
                .orElse(null);
        if (slot != null && session.start() != null && session.end() != null
                && (session.start().isBefore(date.atTime(slot.start())) || session.end().isAfter(date.atTime(slot.end()))
                        || !session.start().isBefore(session.end()))) {
            violations.add(new Violation(OUTSIDE_PROGRAMME, messages.get("calendar.certify.hours", what,
                    session.start().toLocalTime().toString(), session.end().toLocalTime().toString(), slot.id(),
                    slot.start().toString(), slot.end().toString())));
        }
        if (programme.isClosed(date)) {
            violations.add(new Violation(CLOSED_DAY, messages.get("calendar.certify.closed", what,
                    CalendarWords.date(messages, date))));
        }
        LocalDate replanFrom = programme.changes() == null ? null : programme.changes().replanFrom();
        if (session.status() == SessionState.PLANNED && replanFrom != null && date.isBefore(replanFrom)) {
            violations.add(new Violation(BEFORE_REPLANNING, messages.get("calendar.certify.beforeReplanning", what,
                    CalendarWords.date(messages, date), CalendarWords.date(messages, replanFrom))));
        }
        List<String> halfDays = session.halfDay() == null ? slotIds(programme) : List.of(session.halfDay());
        for (String member : session.members()) {
            Member m = programme.member(member);
            if (m == null) {
                violations.add(new Violation(UNAVAILABLE, messages.get("calendar.certify.unknownMember", what,
                        member)));
                continue;
            }
            for (String halfDay : halfDays) {
                if (!available(m.availability(), date, halfDay)) {
                    violations.add(new Violation(UNAVAILABLE, messages.get("calendar.certify.unavailable",
                            CalendarWords.who(programme, member), CalendarWords.when(messages, date, halfDay), what)));
                    break;
                }
            }
        }
        if (session.room() != null) {
            Room room = programme.room(session.room());
            if (room == null) {
                violations.add(new Violation(ROOM_UNAVAILABLE, messages.get("calendar.certify.unknownRoom", what,
                        session.room())));
            } else if (room.unavailable().contains(date)) {
                violations.add(new Violation(ROOM_UNAVAILABLE, messages.get("calendar.certify.roomUnavailable", what,
                        room.name(), CalendarWords.date(messages, date))));
            }
        }
    }

    /**
     * @return the pairs i < j of the day's sessions that share a member or a room, as {@code i << 32 | j}, in the
     *         order of a scan of every pair (i, then j): only they can overlap, and a day of hundreds of sessions
     *         has tens of thousands of pairs but few that share anyone
     */
    private static long[] sharingPairs(List<Session> day) {
        Map<String, List<Integer>> byMember = new HashMap<>();
        Map<String, List<Integer>> byRoom = new HashMap<>();
        for (int i = 0; i < day.size(); i++) {
            Session session = day.get(i);
            for (String member : session.members()) {
                List<Integer> sessions = byMember.computeIfAbsent(member, m -> new ArrayList<>());
                if (sessions.isEmpty() || sessions.getLast() != i) {
                    sessions.add(i);
                }
            }
            if (session.room() != null) {
                byRoom.computeIfAbsent(session.room(), r -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> pairs = new HashSet<>();
        for (Map<String, List<Integer>> index : List.of(byMember, byRoom)) {
            for (List<Integer> sessions : index.values()) {
                for (int a = 0; a < sessions.size(); a++) {
                    for (int b = a + 1; b < sessions.size(); b++) {
                        pairs.add((long) sessions.get(a) << 32 | sessions.get(b));
                    }
                }
            }
        }
        return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static void checkOverlap(Programme programme, Session a, Session b, List<Violation> violations) {
        boolean overlap = a.date().equals(b.date())
                && (a.halfDay() == null || b.halfDay() == null || a.halfDay().equals(b.halfDay()))
                // two 1:1 meetings of one half-day may follow each other
                && (a.start() == null || b.start() == null || a.end() == null || b.end() == null
                        || a.start().isBefore(b.end()) && b.start().isBefore(a.end()));
        if (!overlap) {
            return;
        }
        String when = CalendarWords.when(programme.messages(), a.date(), a.halfDay() == null ? b.halfDay() : a.halfDay());
        for (String member : a.members()) {
            if (b.members().contains(member)) {
                violations.add(new Violation(DOUBLE_BOOKING, programme.messages().get("calendar.certify.twice",
                        CalendarWords.who(programme, member), when, a.title(), b.title())));
            }
        }
        if (a.room() != null && a.room().equals(b.room())) {
            violations.add(new Violation(ROOM_DOUBLE_BOOKING, programme.messages().get("calendar.certify.roomTwice",
                    a.room(), when, a.title(), b.title())));
        }
    }

    /**
     * Availability read straight from the model: not on an unavailable date; with no weekly pattern, every weekday
     * half-day; otherwise a pattern covering the date must list the day of the week and the half-day.
     */
    private static boolean available(Availability availability, LocalDate date, String halfDay) {
        if (availability.unavailable().contains(date)) {
            return false;
        }
        if (availability.weekly().isEmpty()) {
            return WEEKDAYS.contains(date.getDayOfWeek());
        }
        WeeklyHalfDay wanted = new WeeklyHalfDay(date.getDayOfWeek(), halfDay);
        for (WeeklyAvailability pattern : availability.weekly()) {
            if (!date.isBefore(pattern.from()) && !date.isAfter(pattern.to()) && pattern.halfDays().contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> slotIds(Programme programme) {
        return programme.halfDays().stream().map(HalfDaySlot::id).toList();
    }
}
