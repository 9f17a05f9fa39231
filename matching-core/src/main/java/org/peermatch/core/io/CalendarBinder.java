package org.peermatch.core.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.CalendarRules;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.model.WorkshopRules;

/**
 * Binds what the programme's calendar needs: closed days, rooms, the workshop and calendar rules, and the sessions
 * of an earlier calendar.
 */
final class CalendarBinder {

    private static final List<String> CLOSED_FIELDS = List.of("from", "to", "reason");
    private static final List<String> ROOM_FIELDS = List.of("id", "name", "capacity", "unavailable");
    private static final List<String> WORKSHOP_FIELDS =
            List.of("count", "minimumLevel", "minAttendance", "maxAttendance", "preferredHalfDays", "themes");
    private static final List<String> CALENDAR_RULES_FIELDS = List.of("meetingHours", "minWeeksBetweenMeetings",
            "maxWeeksBetweenMeetings", "questionsDueHours", "reportDueDays", "lateCancellationHours",
            "maxMeetingsPerWeekPerResource");
    private static final List<String> CHANGES_FIELDS = List.of("replanFrom", "sessions");
    private static final List<String> SESSION_FIELDS =
            List.of("mode", "members", "date", "halfDay", "status", "late", "reason", "hours");
    private static final Map<String, SessionStatus> STATUSES = new LinkedHashMap<>();

    static {
        for (SessionStatus status : SessionStatus.values()) {
            STATUSES.put(status.jsonName(), status);
        }
    }

    private final Problems problems;
    private final LocalDate start;
    private final LocalDate end;

    CalendarBinder(Problems problems, LocalDate start, LocalDate end) {
        this.problems = problems;
        this.start = start;
        this.end = end;
    }

    /** @return the closed periods of {@code programme.closed} */
    List<ClosedPeriod> closed(Node node) {
        List<ClosedPeriod> closed = new ArrayList<>();
        for (Node item : items(node, "closed periods")) {
            Fields fields = Fields.of(item, problems, "a closed period", CLOSED_FIELDS);
            if (fields == null) {
                continue;
            }
            Node fromNode = fields.required("from", "\"2027-05-01\"");
            LocalDate from = fromNode == null ? null : Values.date(fromNode, problems);
            Node toNode = fields.get("to");
            LocalDate to = toNode == null ? from : Values.date(toNode, problems);
            Node reasonNode = fields.get("reason");
            String reason = reasonNode == null ? "" : Values.text(reasonNode, problems);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(toNode, "this closed period ends on " + to + ", before it starts (" + from + ").",
                        "Maybe swap `from` and `to`.");
            } else if (from != null && to != null && reason != null) {
                within(fromNode, from, "closed period");
                closed.add(new ClosedPeriod(from, to, reason));
            }
        }
        return closed;
    }

    /** @return the rooms of the root's {@code rooms}, ids unique */
    List<Room> rooms(Node node) {
        List<Room> rooms = new ArrayList<>();
        Map<String, Node> ids = new LinkedHashMap<>();
        for (Node item : items(node, "rooms")) {
            Fields fields = Fields.of(item, problems, "a room", ROOM_FIELDS);
            if (fields == null) {
                continue;
            }
            Node idNode = fields.required("id", "\"salle-garonne\"");
            String id = idNode == null ? null : Values.id(idNode, problems, "room id");
            if (id != null && ids.containsKey(id)) {
                problems.add(idNode, "the room id `" + id + "` is used twice (also at line "
                        + problems.position(ids.get(id).offset()) + ").", "Maybe give each room its own id.");
                id = null;
            } else if (id != null) {
                ids.put(id, idNode);
            }
            Node nameNode = fields.required("name", "\"Salle Garonne\"");
            String name = nameNode == null ? null : Values.nonBlank(nameNode, problems, "name");
            Node capacityNode = fields.required("capacity", "20");
            Integer capacity = capacityNode == null ? null : Values.integer(capacityNode, problems, "capacity", 1,
                    1000, "Maybe give how many people the room seats, from 1 to 1000.");
            List<LocalDate> unavailable = new ArrayList<>();
            for (Node dateNode : items(fields.get("unavailable"), "dates")) {
                LocalDate date = Values.date(dateNode, problems);
                if (date != null) {
                    unavailable.add(date);
                }
            }
            if (id != null && name != null && capacity != null) {
                rooms.add(new Room(id, name, capacity, unavailable));
            }
        }
        return rooms;
    }

    /** @return the workshop rules of {@code rules.workshop}, defaults where absent */
    WorkshopRules workshopRules(Node node, AvailabilityBinder availability) {
        WorkshopRules defaults = WorkshopRules.DEFAULT;
        Fields rules = node == null ? null : Fields.of(node, problems, "the workshop rules", WORKSHOP_FIELDS);
        if (rules == null) {
            return defaults;
        }
        int count = Values.optionalInteger(rules, "count", defaults.count(), 0, 200, problems,
                "Maybe give how many workshops to hold, or 0 to let peer-match choose from the needs.");
        int level = Values.optionalInteger(rules, "minimumLevel", defaults.minimumLevel(), 1, 5, problems,
                "Maybe use a level between 1 (notions) and 5 (expert); animators usually have 4.");
        int min = Values.optionalInteger(rules, "minAttendance", defaults.minAttendance(), 1, 500, problems,
                "Maybe give the fewest participants for a workshop to take place, e.g. 4.");
        int max = Values.optionalInteger(rules, "maxAttendance", Math.max(min, defaults.maxAttendance()), 1, 500,
                problems, "Maybe give the most participants in one workshop, e.g. 16.");
        if (max < min) {
            problems.add(rules.get("maxAttendance"), "maxAttendance " + max + " is smaller than minAttendance "
                    + min + ".", "Maybe swap them, or set maxAttendance to at least " + min + ".");
            max = min;
        }
        List<WeeklyHalfDay> preferred = new ArrayList<>();
        for (Node item : items(rules.get("preferredHalfDays"), "weekly half-days")) {
            WeeklyHalfDay halfDay = availability.halfDay(item);
            if (halfDay != null && !preferred.contains(halfDay)) {
                preferred.add(halfDay);
            }
        }
        List<String> themes = new ArrayList<>();
        for (Node item : items(rules.get("themes"), "topic ids")) {
            String theme = Values.kebab(item, problems, "topic id");
            if (theme != null && themes.contains(theme)) {
                problems.add(item, "the theme `" + theme + "` is listed twice.", "Maybe remove one of them.");
            } else if (theme != null) {
                themes.add(theme);
            }
        }
        return new WorkshopRules(count, level, min, max, preferred, themes);
    }

    /** @return the calendar rules of {@code rules.calendar}, defaults where absent */
    CalendarRules calendarRules(Node node) {
        CalendarRules defaults = CalendarRules.DEFAULT;
        Fields rules = node == null ? null
                : Fields.of(node, problems, "the calendar rules", CALENDAR_RULES_FIELDS);
        if (rules == null) {
            return defaults;
        }
        int hours = Values.optionalInteger(rules, "meetingHours", defaults.meetingHours(), 1, 8, problems,
                "Maybe give the length of one meeting in hours, from 1 to 8 (usually 2).");
        int minWeeks = Values.optionalInteger(rules, "minWeeksBetweenMeetings", defaults.minWeeksBetweenMeetings(),
                1, 52, problems, "Maybe give the fewest weeks between two meetings of a pair, e.g. 4.");
        int maxWeeks = Values.optionalInteger(rules, "maxWeeksBetweenMeetings",
                Math.max(minWeeks, defaults.maxWeeksBetweenMeetings()), 1, 52, problems,
                "Maybe give the most weeks between two meetings of a pair, e.g. 6.");
        if (maxWeeks < minWeeks) {
            problems.add(rules.get("maxWeeksBetweenMeetings"), "maxWeeksBetweenMeetings " + maxWeeks
                    + " is smaller than minWeeksBetweenMeetings " + minWeeks + ".",
                    "Maybe swap them, or set maxWeeksBetweenMeetings to at least " + minWeeks + ".");
            maxWeeks = minWeeks;
        }
        int questions = Values.optionalInteger(rules, "questionsDueHours", defaults.questionsDueHours(), 0, 336,
                problems, "Maybe give how many hours before a meeting questions are due, e.g. 48.");
        int report = Values.optionalInteger(rules, "reportDueDays", defaults.reportDueDays(), 0, 90, problems,
                "Maybe give how many days after a meeting its report is due, e.g. 7.");
        int late = Values.optionalInteger(rules, "lateCancellationHours", defaults.lateCancellationHours(), 0, 336,
                problems, "Maybe give the notice below which a cancellation is late, in hours, e.g. 48.");
        int perWeek = Values.optionalInteger(rules, "maxMeetingsPerWeekPerResource",
                defaults.maxMeetingsPerWeekPerResource(), 1, 20, problems,
                "Maybe give the most 1:1 meetings a resource person has in one week, from 1 to 20 (usually 3).");
        return new CalendarRules(hours, minWeeks, maxWeeks, questions, report, late, perWeek);
    }

    /** @return the root's {@code calendar}: sessions of an earlier calendar and the day to plan again from */
    CalendarChanges changes(Node node, MemberIndex index, List<HalfDaySlot> halfDays, int meetingHours) {
        if (node == null) {
            return CalendarChanges.NONE;
        }
        Fields fields = Fields.of(node, problems, "the calendar", CHANGES_FIELDS);
        if (fields == null) {
            return CalendarChanges.NONE;
        }
        Node replanNode = fields.get("replanFrom");
        LocalDate replanFrom = replanNode == null ? null : Values.date(replanNode, problems);
        if (replanFrom != null) {
            within(replanNode, replanFrom, "day to plan again from");
        }
        List<String> slots = halfDays.stream().map(HalfDaySlot::id).toList();
        List<SessionRecord> sessions = new ArrayList<>();
        for (Node item : items(fields.get("sessions"), "sessions")) {
            SessionRecord session = session(item, index, slots, meetingHours);
            if (session != null) {
                sessions.add(session);
            }
        }
        return new CalendarChanges(replanFrom, sessions);
    }

    private SessionRecord session(Node node, MemberIndex index, List<String> slots, int meetingHours) {
        Fields fields = Fields.of(node, problems, "a session", SESSION_FIELDS);
        if (fields == null) {
            return null;
        }
        Node modeNode = fields.required("mode", "\"accompaniment\"");
        Mode mode = modeNode == null ? null : Values.choice(modeNode, problems, "mode", Modes.PARTICIPATION);
        Node membersNode = fields.required("members", "[\"m01\", \"m12\"]");
        List<String> members = new ArrayList<>();
        boolean membersClean = true;
        for (Node item : items(membersNode, "member ids")) {
            String id = index.reference(item, problems);
            if (id == null) {
                membersClean = false;
            } else if (members.contains(id)) {
                problems.add(item, "the member `" + id + "` is listed twice.", "Maybe remove one of them.");
                membersClean = false;
            } else {
                members.add(id);
            }
        }
        if (membersNode != null && membersClean && members.isEmpty()) {
            problems.add(membersNode, "this session has no member.", "Maybe list who took part, e.g. [\"m01\","
                    + " \"m12\"].");
        } else if (mode == Mode.ACCOMPANIMENT && membersClean && members.size() != 2) {
            problems.add(membersNode, "an accompaniment meeting has two members, not " + members.size() + ".",
                    "Maybe list the participant first, then the resource person.");
        }
        Node dateNode = fields.required("date", "\"2027-03-02\"");
        LocalDate date = dateNode == null ? null : Values.date(dateNode, problems);
        if (date != null) {
            within(dateNode, date, "session");
        }
        Node halfDayNode = mode == Mode.IMMERSION ? fields.get("halfDay") : fields.required("halfDay", "\"AM\"");
        String halfDay = null;
        if (halfDayNode != null) {
            halfDay = Values.text(halfDayNode, problems);
            if (halfDay != null && !slots.contains(halfDay)) {
                problems.add(halfDayNode, "`" + Texts.shorten(halfDay) + "` is not a half-day of the programme.",
                        DidYouMean.advice(halfDay, slots, "one of the programme's half-days"));
                halfDay = null;
            }
        }
        Node statusNode = fields.required("status", "\"held\"");
        SessionStatus status = statusNode == null ? null
                : Values.choice(statusNode, problems, "session status", STATUSES);
        Node lateNode = fields.get("late");
        boolean late = false;
        if (lateNode != null) {
            if (!(lateNode instanceof Node.Bool bool)) {
                Values.wrongType(lateNode, problems, "true or false");
            } else if (status != null && status != SessionStatus.CANCELLED) {
                problems.add(lateNode, "only a cancelled session can be late, not a " + status.jsonName() + " one.",
                        "Maybe remove `late`, or set \"status\": \"cancelled\".");
            } else {
                late = bool.value();
            }
        }
        Node reasonNode = fields.get("reason");
        String reason = reasonNode == null ? "" : Values.text(reasonNode, problems);
        Node hoursNode = fields.get("hours");
        int hours = mode == Mode.ACCOMPANIMENT ? meetingHours : 0;
        if (hoursNode != null) {
            Integer value = Values.integer(hoursNode, problems, "hours", 1, 8,
                    "Maybe give the meeting's length in hours, from 1 to 8.");
            if (value != null && mode != null && mode != Mode.ACCOMPANIMENT) {
                problems.add(hoursNode, "`hours` only counts for accompaniment meetings, not for "
                        + mode.jsonName() + ".", "Maybe remove `hours`.");
            } else if (value != null) {
                hours = value;
            }
        }
        if (mode == null || !membersClean || members.isEmpty() || date == null || status == null || reason == null
                || mode != Mode.IMMERSION && halfDay == null) {
            return null;
        }
        return new SessionRecord(mode, members, date, halfDay, status, late, reason, hours);
    }

    /** Reports a day outside the programme. */
    private void within(Node node, LocalDate day, String what) {
        if (start != null && end != null && (day.isBefore(start) || day.isAfter(end))) {
            problems.add(node, "this " + what + " (" + day + ") is outside the programme (" + start + " to " + end
                    + ").", "Maybe check its year, or the programme's `start` and `end`.");
        }
    }

    private List<Node> items(Node node, String what) {
        if (node == null) {
            return List.of();
        }
        List<Node> items = Values.list(node, problems, what);
        return items == null ? List.of() : items;
    }
}
