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
                problems.add(toNode, problems.t("io.cal.closedBackwards", to.toString(), from.toString()),
                        problems.t("io.cal.closedBackwards.advice"));
            } else if (from != null && to != null && reason != null) {
                within(fromNode, from, "io.cal.within.closed");
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
                problems.add(idNode, problems.t("io.cal.roomTwice", id, problems.position(ids.get(id).offset())),
                        problems.t("io.cal.roomTwice.advice"));
                id = null;
            } else if (id != null) {
                ids.put(id, idNode);
            }
            Node nameNode = fields.required("name", "\"Salle Garonne\"");
            String name = nameNode == null ? null : Values.nonBlank(nameNode, problems, "name");
            Node capacityNode = fields.required("capacity", "20");
            Integer capacity = capacityNode == null ? null : Values.integer(capacityNode, problems, "capacity", 1,
                    1000, problems.t("io.cal.capacity.advice"));
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
                problems.t("io.cal.workshopCount.advice"));
        int level = Values.optionalInteger(rules, "minimumLevel", defaults.minimumLevel(), 1, 5, problems,
                problems.t("io.cal.workshopLevel.advice"));
        int min = Values.optionalInteger(rules, "minAttendance", defaults.minAttendance(), 1, 500, problems,
                problems.t("io.cal.minAttendance.advice"));
        int max = Values.optionalInteger(rules, "maxAttendance", Math.max(min, defaults.maxAttendance()), 1, 500,
                problems, problems.t("io.cal.maxAttendance.advice"));
        if (max < min) {
            problems.add(rules.get("maxAttendance"), problems.t("io.cal.attendanceBackwards", String.valueOf(max),
                    String.valueOf(min)), problems.t("io.cal.attendanceBackwards.advice", String.valueOf(min)));
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
                problems.add(item, problems.t("io.cal.themeTwice", theme), problems.t("io.members.listedTwice.advice"));
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
                problems.t("io.cal.meetingHours.advice"));
        int minWeeks = Values.optionalInteger(rules, "minWeeksBetweenMeetings", defaults.minWeeksBetweenMeetings(),
                1, 52, problems, problems.t("io.cal.minWeeks.advice"));
        int maxWeeks = Values.optionalInteger(rules, "maxWeeksBetweenMeetings",
                Math.max(minWeeks, defaults.maxWeeksBetweenMeetings()), 1, 52, problems,
                problems.t("io.cal.maxWeeks.advice"));
        if (maxWeeks < minWeeks) {
            problems.add(rules.get("maxWeeksBetweenMeetings"), problems.t("io.cal.weeksBackwards",
                    String.valueOf(maxWeeks), String.valueOf(minWeeks)),
                    problems.t("io.cal.weeksBackwards.advice", String.valueOf(minWeeks)));
            maxWeeks = minWeeks;
        }
        int questions = Values.optionalInteger(rules, "questionsDueHours", defaults.questionsDueHours(), 0, 336,
                problems, problems.t("io.cal.questionsDue.advice"));
        int report = Values.optionalInteger(rules, "reportDueDays", defaults.reportDueDays(), 0, 90, problems,
                problems.t("io.cal.reportDue.advice"));
        int late = Values.optionalInteger(rules, "lateCancellationHours", defaults.lateCancellationHours(), 0, 336,
                problems, problems.t("io.cal.lateCancellation.advice"));
        int perWeek = Values.optionalInteger(rules, "maxMeetingsPerWeekPerResource",
                defaults.maxMeetingsPerWeekPerResource(), 1, 20, problems,
                problems.t("io.cal.perWeek.advice"));
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
            within(replanNode, replanFrom, "io.cal.within.replanFrom");
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
                problems.add(item, problems.t("io.cal.memberTwice", id), problems.t("io.members.listedTwice.advice"));
                membersClean = false;
            } else {
                members.add(id);
            }
        }
        if (membersNode != null && membersClean && members.isEmpty()) {
            problems.add(membersNode, problems.t("io.cal.noMember"), problems.t("io.cal.noMember.advice"));
        } else if (mode == Mode.ACCOMPANIMENT && membersClean && members.size() != 2) {
            problems.add(membersNode, problems.t("io.cal.twoMembers", String.valueOf(members.size())),
                    problems.t("io.cal.twoMembers.advice"));
        }
        Node dateNode = fields.required("date", "\"2027-03-02\"");
        LocalDate date = dateNode == null ? null : Values.date(dateNode, problems);
        if (date != null) {
            within(dateNode, date, "io.cal.within.session");
        }
        Node halfDayNode = mode == Mode.IMMERSION ? fields.get("halfDay") : fields.required("halfDay", "\"AM\"");
        String halfDay = null;
        if (halfDayNode != null) {
            halfDay = Values.text(halfDayNode, problems);
            if (halfDay != null && !slots.contains(halfDay)) {
                problems.add(halfDayNode, problems.t("io.cal.halfDay", Texts.shorten(halfDay)),
                        DidYouMean.advice(problems.messages(), halfDay, slots, problems.t("io.cal.halfDay.listIntro")));
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
                problems.add(lateNode, problems.t("io.cal.late", status.jsonName()), problems.t("io.cal.late.advice"));
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
                    problems.t("io.cal.hours.advice"));
            if (value != null && mode != null && mode != Mode.ACCOMPANIMENT) {
                problems.add(hoursNode, problems.t("io.cal.hoursMode", mode.jsonName()), problems.t("io.cal.hoursMode.advice"));
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

    /** Reports a day outside the programme; {@code what} is the key of the sentence naming the day. */
    private void within(Node node, LocalDate day, String what) {
        if (start != null && end != null && (day.isBefore(start) || day.isAfter(end))) {
            problems.add(node, problems.t(what, day.toString(), start.toString(), end.toString()),
                    problems.t("io.cal.within.advice"));
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
