package org.peermatch.core.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;
import org.peermatch.core.scoring.HalfDayCalendar;
import org.peermatch.core.solve.Assignment;
import org.peermatch.core.solve.Proposal;

/**
 * One run of {@link CalendarPlanner}: the programme's half-days numbered from 0 (the first slot of its start), who
 * is busy when, and the sessions placed so far. Maps keyed by member id serve look-ups only; everything output
 * follows lists.
 */
final class Planning {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final Programme programme;
    private final Proposal proposal;
    private final List<Session> workshops;
    private final HalfDayCalendar grid;
    private final List<HalfDaySlot> slots;
    private final int slotCount;
    private final int size;
    /** First day on which new sessions may be planned: the re-planning date, or the start. */
    private final LocalDate from;
    /** First half-day number new sessions may use. */
    private final int first;
    private final BitSet closed = new BitSet();
    private final Map<String, BitSet> available = new HashMap<>();
    private final Map<String, BitSet> busy = new HashMap<>();
    private final Map<String, BitSet> roomBusy = new HashMap<>();
    private final List<Session> sessions = new ArrayList<>();
    private final List<UnplacedSession> unplaced = new ArrayList<>();
    /** Held or fixed sessions of the record not yet matched with a session of a mode, by mode and member set. */
    private final Map<String, Integer> recorded = new HashMap<>();

    Planning(Programme programme, Proposal proposal, List<Session> workshops) {
        this.programme = programme;
        this.proposal = proposal;
        this.workshops = workshops == null ? List.of() : List.copyOf(workshops);
        this.grid = new HalfDayCalendar(programme);
        this.slots = programme.halfDays();
        this.slotCount = Math.max(1, slots.size());
        this.size = Math.max(0, grid.dayCount()) * slots.size();
        LocalDate replanFrom = programme.changes() == null ? null : programme.changes().replanFrom();
        this.from = replanFrom == null || replanFrom.isBefore(programme.start()) ? programme.start() : replanFrom;
        this.first = (int) Math.min(size, Math.max(0, ChronoUnit.DAYS.between(programme.start(), from)) * slotCount);
        for (int i = 0; i < size; i++) {
            if (programme.isClosed(grid.dateOf(i))) {
                closed.set(i);
            }
        }
    }

    ProgrammeCalendar plan() {
        if (slots.isEmpty()) {
            return ProgrammeCalendar.EMPTY;
        }
        List<Session> record = record();
        for (Session session : record) {
            if (session.status() != SessionState.CANCELLED) {
                occupy(session, positionOf(session.date(), session.halfDay()));
            }
            sessions.add(session);
        }
        for (Session workshop : workshops) {
            if (!matchesRecord(workshop)) {
                place(timed(workshop), "workshop");
            }
        }
        if (proposal != null && proposal.immersion() != null) {
            for (ImmersionPairing pairing : proposal.immersion().pairings()) {
                Session day = immersionDay(pairing);
                if (!matchesRecord(day)) {
                    place(day, "immersion day");
                }
            }
        }
        if (proposal != null && proposal.codevelopment() != null) {
            for (CodevelopmentGroup group : proposal.codevelopment().groups()) {
                for (CodevelopmentSession session : group.sessions()) {
                    Session planned = codevelopmentSession(group, session);
                    if (!matchesRecord(planned)) {
                        place(planned, "co-development session");
                    }
                }
            }
        }
        List<HoursBudget> budgets = accompaniment(record);
        return new ProgrammeCalendar(ordered(uniqueIds(sessions)), unplaced, budgets);
    }

    // ---- The committee's record ---------------------------------------------------------------------------------

    /** The record's sessions, with ids; held and fixed sessions of other modes wait to be matched. */
    private List<Session> record() {
        List<SessionRecord> records = programme.changes() == null ? List.of() : programme.changes().sessions();
        // Accompaniment meetings are numbered per pair in date order, so their ids stay when the record grows.
        Map<String, List<SessionRecord>> byPair = new LinkedHashMap<>();
        for (SessionRecord record : records) {
            if (record.mode() == Mode.ACCOMPANIMENT && record.members().size() >= 2) {
                byPair.computeIfAbsent(pairKey(record.members().get(0), record.members().get(1)),
                        key -> new ArrayList<>()).add(record);
            }
        }
        Map<SessionRecord, Integer> numbers = new HashMap<>();
        for (List<SessionRecord> pairRecords : byPair.values()) {
            List<SessionRecord> byDate = new ArrayList<>(pairRecords);
            byDate.sort(Comparator.comparing(SessionRecord::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingInt(record -> slotOrder(record.halfDay())));
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

    private Session recordSession(SessionRecord record, int number) {
        SessionState state = SessionState.of(record.status());
        List<String> members = record.members();
        String id;
        String title;
        List<String> notes = new ArrayList<>();
        int hours = 0;
        if (record.mode() == Mode.ACCOMPANIMENT && members.size() >= 2) {
            id = "accompaniment-" + members.get(0) + "-" + members.get(1) + "-" + number;
            title = accompanimentTitle(number, members.get(0), members.get(1));
            hours = record.hours() > 0 ? record.hours() : programme.calendar().meetingHours();
        } else {
            id = record.mode().jsonName() + "-" + String.join("-", members)
                    + (record.date() == null ? "" : "-" + COMPACT.format(record.date()))
                    + (record.halfDay() == null ? "" : "-" + record.halfDay().toLowerCase(Locale.ROOT));
            title = recordTitle(record);
        }
        switch (record.status()) {
            case HELD -> notes.add(hours > 0
                    ? "Held; its " + Words.count(hours, "hour counts", "hours count") + " against the hours budget."
                    : "Held.");
            case FIXED -> notes.add("Fixed at this date by the committee; the rest of the calendar is planned "
                    + "around it.");
            case CANCELLED -> notes.add(cancellation(record, hours));
            default -> {
            }
        }
        Session session = new Session(id, record.mode(), title, members, record.date(), record.halfDay(),
                Session.startOf(programme, record.date(), record.halfDay()),
                Session.endOf(programme, record.date(), record.halfDay()), null, state, null, null, hours, notes);
        return withDueDates(session, null);
    }

    private String cancellation(SessionRecord record, int hours) {
        boolean noReason = record.reason() == null || record.reason().isBlank();
        if (record.late() && noReason && hours > 0) {
            return "Cancelled late without a reason: its " + Words.count(hours, "hour counts", "hours count")
                    + " against the hours budget (the programme's rule).";
        }
        if (record.late() && noReason) {
            return "Cancelled late without a reason.";
        }
        String why = noReason ? "" : " (" + record.reason().strip() + ")";
        return (record.late() ? "Cancelled late" : "Cancelled in time") + why
                + (hours > 0 ? "; its hours are not lost and are planned again." : ".");
    }

    private String recordTitle(SessionRecord record) {
        List<String> members = record.members();
        return switch (record.mode()) {
            case IMMERSION -> members.size() >= 2
                    ? immersionTitle(members.get(0), members.get(1))
                    : "Immersion day: " + Words.names(programme, members);
            case CODEVELOPMENT -> "Co-development session: " + Words.names(programme, members);
            case WORKSHOP -> members.isEmpty() ? "Workshop"
                    : "Workshop led by " + Words.name(programme, members.get(0));
            default -> "Session: " + Words.names(programme, members);
        };
    }

    /** @return whether a held or fixed session of the record stands for this one (and uses that record up) */
    private boolean matchesRecord(Session session) {
        String key = matchKey(session.mode(), session.members());
        Integer left = recorded.get(key);
        if (left == null || left == 0) {
            return false;
        }
        recorded.put(key, left - 1);
        return true;
    }

    private static String matchKey(Mode mode, List<String> members) {
        return mode + "|" + String.join("|", new TreeSet<>(members));
    }

    // ---- Sessions of the modes ----------------------------------------------------------------------------------

    private Session timed(Session session) {
        return new Session(session.id(), session.mode(), session.title(), session.members(), session.date(),
                session.halfDay(), Session.startOf(programme, session.date(), session.halfDay()),
                Session.endOf(programme, session.date(), session.halfDay()), session.room(), SessionState.PLANNED,
                null, session.reportDue(), session.hours(), session.notes());
    }

    private Session immersionDay(ImmersionPairing pairing) {
        return new Session("immersion-" + pairing.mentee() + "-" + pairing.mentor(), Mode.IMMERSION,
                immersionTitle(pairing.mentee(), pairing.mentor()), List.of(pairing.mentee(), pairing.mentor()),
                pairing.day(), null, Session.startOf(programme, pairing.day(), null),
                Session.endOf(programme, pairing.day(), null), null, SessionState.PLANNED, null,
                pairing.reportDue(), 0, List.of());
    }

    private String immersionTitle(String mentee, String mentor) {
        return "Immersion day: " + Words.name(programme, mentee) + " with " + Words.name(programme, mentor);
    }

    private Session codevelopmentSession(CodevelopmentGroup group, CodevelopmentSession session) {
        String title = "Co-development group " + group.number() + ", session " + session.number()
                + (session.clients().isEmpty() ? "" : " (client: " + Words.names(programme, session.clients())
                        + ")");
        return new Session("codevelopment-g" + group.number() + "-" + session.number(), Mode.CODEVELOPMENT, title,
                group.members(), session.date(), session.halfDay(),
                Session.startOf(programme, session.date(), session.halfDay()),
                Session.endOf(programme, session.date(), session.halfDay()), null, SessionState.PLANNED, null, null,
                0, List.of());
    }

    /**
     * Places a session its mode dated: at its date when it fits, else at the nearest fitting half-day (a whole day
     * for an immersion day) on or after the re-planning date, else not at all.
     */
    private void place(Session session, String kind) {
        if (session.date() == null) {
            unplaced.add(new UnplacedSession(session.id(), session.mode(), session.title(), session.members(),
                    session.hours(), "The " + kind + " has no date: no half-day is common to all of "
                            + Words.names(programme, session.members()) + "."));
            return;
        }
        int original = positionOf(session.date(), session.halfDay());
        String blocker = blocker(session, original);
        if (blocker == null) {
            occupy(session, original);
            sessions.add(session);
            return;
        }
        int anchor = original >= first ? original : anchorOf(session.date());
        int step = session.wholeDay() ? slotCount : 1;
        int found = -1;
        for (int distance = 0; found < 0 && distance <= size; distance += step) {
            int later = anchor + distance;
            int earlier = anchor - distance;
            if (later < size && (session.wholeDay() ? later % slotCount == 0 : true) && fits(session, later)) {
                found = later;
            } else if (distance > 0 && earlier >= first && fits(session, earlier)) {
                found = earlier;
            }
        }
        if (found < 0) {
            unplaced.add(new UnplacedSession(session.id(), session.mode(), session.title(), session.members(),
                    session.hours(), "No " + (session.wholeDay() ? "day" : "half-day") + " from "
                            + Words.date(from) + " to " + Words.date(programme.end())
                            + " is free and available for all of " + Words.names(programme, session.members())
                            + (session.room() == null ? "" : " with its room free")
                            + "; at its date (" + Words.when(session.date(), session.halfDay()) + ") " + blocker
                            + "."));
            return;
        }
        LocalDate date = grid.dateOf(found);
        String halfDay = session.wholeDay() ? null : grid.slotOf(found).id();
        List<String> notes = new ArrayList<>(session.notes());
        notes.add("Moved from " + Words.when(session.date(), session.halfDay()) + " to "
                + Words.when(date, halfDay) + ": " + blocker + ".");
        Session moved = new Session(session.id(), session.mode(), session.title(), session.members(), date, halfDay,
                Session.startOf(programme, date, halfDay), Session.endOf(programme, date, halfDay), session.room(),
                SessionState.PLANNED, null,
                session.reportDue() == null ? null
                        : session.mode() == Mode.IMMERSION
                                ? date.plusDays(programme.immersion().reportDueDays())
                                : session.reportDue(),
                session.hours(), notes);
        occupy(moved, found);
        sessions.add(moved);
    }

    /** @return the half-day to search around for a session dated that day: the day clamped into the programme */
    private int anchorOf(LocalDate date) {
        long day = ChronoUnit.DAYS.between(programme.start(), date);
        long position = day * slotCount;
        return (int) Math.max(first, Math.min(Math.max(0, size - slotCount), position));
    }

    /** @return why the session cannot take place at that position, in words, or null when it can */
    private String blocker(Session session, int position) {
        if (position < 0) {
            return "its date is outside the programme (" + Words.date(programme.start()) + " to "
                    + Words.date(programme.end()) + ") or its half-day is not one of the programme's";
        }
        if (position < first) {
            return "the calendar is planned again from " + Words.date(from);
        }
        for (int index : indices(session, position)) {
            if (closed.get(index)) {
                return Words.date(grid.dateOf(index)) + " is a closed day" + closedReason(grid.dateOf(index));
            }
        }
        for (String member : session.members()) {
            for (int index : indices(session, position)) {
                if (!availability(member).get(index)) {
                    return Words.who(programme, member) + " is not available then";
                }
            }
        }
        for (String member : session.members()) {
            for (int index : indices(session, position)) {
                if (busy(member).get(index)) {
                    Session other = occupying(member, index);
                    return Words.who(programme, member) + " has "
                            + (other == null ? "another session" : "“" + other.title() + "”") + " then";
                }
            }
        }
        if (session.room() != null) {
            Room room = room(session.room());
            if (room != null && room.unavailable().contains(grid.dateOf(position))) {
                return "room " + room.name() + " cannot be used that day";
            }
            for (int index : indices(session, position)) {
                if (roomBusy.computeIfAbsent(session.room(), id -> new BitSet()).get(index)) {
                    return "room " + (room == null ? session.room() : room.name()) + " is taken then";
                }
            }
        }
        return null;
    }

    private boolean fits(Session session, int position) {
        return blocker(session, position) == null;
    }

    private String closedReason(LocalDate date) {
        for (ClosedPeriod period : programme.closed()) {
            if (period.contains(date) && period.reason() != null && !period.reason().isBlank()) {
                return " (" + period.reason().strip() + ")";
            }
        }
        return "";
    }

    private Session occupying(String member, int index) {
        LocalDate date = grid.dateOf(index);
        String slot = grid.slotOf(index).id();
        for (Session session : sessions) {
            if (session.status() != SessionState.CANCELLED && session.involves(member) && date.equals(session.date())
                    && (session.halfDay() == null || session.halfDay().equals(slot))) {
                return session;
            }
        }
        return null;
    }

    private Room room(String id) {
        return programme.room(id);
    }

    // ---- Accompaniment meetings ---------------------------------------------------------------------------------

    /** An accompaniment pair and what the record says of it. */
    private static final class Pair {
        final String participant;
        final String resource;
        final int order;
        final Set<String> topics = new LinkedHashSet<>();
        int covered;
        int held;
        int lost;
        int fixed;
        int recordCount;
        /** The latest held or fixed meeting before the re-planning date, as a day number, or -1. */
        long lastDay = -1;
        /** Days of the pair's fixed meetings: new meetings keep the spacing from them. */
        final List<Long> fixedDays = new ArrayList<>();
        int planned;
        int unplacedHours;
        int commonHalfDays;

        Pair(String participant, String resource, int order) {
            this.participant = participant;
            this.resource = resource;
            this.order = order;
        }
    }

    private List<HoursBudget> accompaniment(List<Session> record) {
        Map<String, Pair> pairs = new LinkedHashMap<>();
        if (proposal != null) {
            for (Assignment assignment : proposal.assignments()) {
                Pair pair = pairs.computeIfAbsent(pairKey(assignment.participant(), assignment.resource()),
                        key -> new Pair(assignment.participant(), assignment.resource(), pairs.size()));
                pair.covered += assignment.hours();
                pair.topics.add(assignment.topic());
            }
        }
        List<SessionRecord> records = programme.changes() == null ? List.of() : programme.changes().sessions();
        long fromDay = ChronoUnit.DAYS.between(programme.start(), from);
        for (int i = 0; i < records.size(); i++) {
            SessionRecord rec = records.get(i);
            if (rec.mode() != Mode.ACCOMPANIMENT || rec.members().size() < 2) {
                continue;
            }
            Pair pair = pairs.computeIfAbsent(pairKey(rec.members().get(0), rec.members().get(1)),
                    key -> new Pair(rec.members().get(0), rec.members().get(1), pairs.size()));
            int hours = record.get(i).hours();
            pair.recordCount++;
            if (rec.status() == SessionStatus.HELD) {
                pair.held += hours;
            } else if (rec.status() == SessionStatus.FIXED) {
                pair.fixed += hours;
            } else if (rec.countsAgainstBudget()) {
                pair.lost += hours;
            }
            if (rec.status() != SessionStatus.CANCELLED && rec.date() != null) {
                long day = ChronoUnit.DAYS.between(programme.start(), rec.date());
                if (rec.status() == SessionStatus.FIXED) {
                    pair.fixedDays.add(day);
                }
                if (day < fromDay) {
                    pair.lastDay = Math.max(pair.lastDay, day);
                }
            }
        }
        List<Pair> order = new ArrayList<>(pairs.values());
        for (Pair pair : order) {
            BitSet common = commonAvailable(pair.participant, pair.resource);
            pair.commonHalfDays = common.cardinality();
        }
        order.sort(Comparator.comparingInt((Pair pair) -> pair.commonHalfDays).thenComparingInt(pair -> pair.order));
        for (Pair pair : order) {
            planMeetings(pair);
        }
        List<HoursBudget> budgets = new ArrayList<>();
        for (Pair pair : pairs.values()) {
            budgets.add(new HoursBudget(pair.participant, pair.resource, pair.covered, pair.held, pair.lost,
                    pair.fixed + pair.planned, pair.unplacedHours));
        }
        return budgets;
    }

    /** @return the half-days from the re-planning date on, not closed, on which both are available */
    private BitSet commonAvailable(String participant, String resource) {
        BitSet common = (BitSet) availability(participant).clone();
        common.and(availability(resource));
        common.andNot(closed);
        common.clear(0, first);
        return common;
    }

    private void planMeetings(Pair pair) {
        int meetingHours = Math.max(1, programme.calendar().meetingHours());
        int toPlan = Math.max(0, pair.covered - pair.held - pair.lost - pair.fixed);
        int count = (toPlan + meetingHours - 1) / meetingHours;
        if (count == 0) {
            return;
        }
        int days = size / slotCount;
        int firstDay = first / slotCount;
        int span = Math.max(0, days - 1 - firstDay);
        int minGap = Math.max(1, programme.calendar().minWeeksBetweenMeetings() * 7);
        int maxGap = Math.max(minGap, programme.calendar().maxWeeksBetweenMeetings() * 7);
        int gap;
        boolean longEnough = (long) (count - 1) * minGap <= span;
        if (longEnough) {
            gap = count <= 1 ? minGap : Math.max(minGap, Math.min(maxGap, span / count));
        } else {
            gap = count <= 1 ? 1 : Math.max(1, span / (count - 1));
            minGap = 1;
            maxGap = Integer.MAX_VALUE / 4;
        }
        int unplacedAtGap = placeMeetings(pair, count, toPlan, gap, minGap, maxGap, longEnough, false, null);
        String fallback = null;
        if (unplacedAtGap > 0 && longEnough && gap > minGap
                && placeMeetings(pair, count, toPlan, minGap, minGap, maxGap, true, false, null) < unplacedAtGap) {
            // The wider spacing drifts past closures and busy weeks: the minimum cadence dates more meetings.
            gap = minGap;
            fallback = "Planned about every " + Words.count(programme.calendar().minWeeksBetweenMeetings(), "week",
                    "weeks") + ", the minimum cadence: with a wider spacing the last meetings would not fit.";
        }
        placeMeetings(pair, count, toPlan, gap, minGap, maxGap, longEnough, true, fallback);
    }

    /**
     * Places a pair's meetings {@code gap} days apart (see {@link #planMeetings}); only when {@code commit} are
     * they put on the calendar (a pair's own meetings are days apart, so a trial finds the same half-days).
     *
     * @return how many meetings find no half-day
     */
    private int placeMeetings(Pair pair, int count, int toPlan, int gap, int minGap, int maxGap, boolean longEnough,
            boolean commit, String fallback) {
        int meetingHours = Math.max(1, programme.calendar().meetingHours());
        int days = size / slotCount;
        int firstDay = first / slotCount;
        int missing = 0;
        long previous = pair.lastDay;
        int number = pair.recordCount + 1;
        for (int k = 0; k < count; k++, number++) {
            int hours = k == count - 1 ? toPlan - (count - 1) * meetingHours : meetingHours;
            long earliest;
            long target;
            long latest;
            if (previous < 0) {
                earliest = firstDay;
                target = firstDay;
                latest = (long) firstDay + maxGap;
            } else {
                earliest = Math.max(firstDay, previous + minGap);
                target = Math.max(earliest, previous + gap);
                latest = Math.max(target, previous + maxGap);
            }
            int found = earliest >= days ? -1 : findMeeting(pair, earliest, target, latest, minGap);
            String id = "accompaniment-" + pair.participant + "-" + pair.resource + "-" + number;
            String title = accompanimentTitle(number, pair.participant, pair.resource);
            if (found < 0) {
                missing++;
                if (!commit) {
                    continue;
                }
                pair.unplacedHours += hours;
                unplaced.add(new UnplacedSession(id, Mode.ACCOMPANIMENT, title,
                        List.of(pair.participant, pair.resource), hours, noMeetingReason(pair, earliest)));
                continue;
            }
            long day = found / slotCount;
            if (!commit) {
                previous = day;
                continue;
            }
            LocalDate date = grid.dateOf(found);
            String halfDay = grid.slotOf(found).id();
            List<String> notes = new ArrayList<>();
            if (!pair.topics.isEmpty()) {
                List<String> topics = new ArrayList<>();
                for (String topic : pair.topics) {
                    topics.add(Words.topic(topic));
                }
                notes.add("Topics: " + Words.and(topics) + ".");
            }
            if (fallback != null && k == 0) {
                notes.add(fallback);
            }
            if (previous >= 0 && day - previous > maxGap && maxGap < Integer.MAX_VALUE / 4) {
                notes.add("Planned " + Words.count((day - previous + 6) / 7, "week", "weeks")
                        + " after the previous meeting, later than every "
                        + programme.calendar().maxWeeksBetweenMeetings()
                        + " weeks: no earlier half-day is free and common to both.");
            }
            if (!longEnough && count > 1) {
                notes.add("The rest of the programme is too short for a meeting every "
                        + programme.calendar().minWeeksBetweenMeetings() + " weeks or more: the "
                        + Words.count(count, "meeting is", "meetings are") + " spread evenly.");
            }
            Session meeting = new Session(id, Mode.ACCOMPANIMENT, title, List.of(pair.participant, pair.resource),
                    date, halfDay, Session.startOf(programme, date, halfDay), Session.endOf(programme, date, halfDay),
                    null, SessionState.PLANNED, null, null, hours, notes);
            meeting = withDueDates(meeting, null);
            occupy(meeting, found);
            sessions.add(meeting);
            pair.planned += hours;
            previous = day;
        }
        return missing;
    }

    /**
     * @return the first fitting half-day from the target day up to the latest day, else the nearest before it down
     *         to the earliest day, else the first one after the latest day; -1 when none fits
     */
    private int findMeeting(Pair pair, long earliest, long target, long latest, int minGap) {
        int lo = (int) Math.max(first, Math.min(size, earliest * slotCount));
        int mid = (int) Math.max(lo, Math.min(size, target * slotCount));
        int hi = (int) Math.min(size, Math.max(mid, Math.min((long) size, (latest + 1) * slotCount)));
        for (int i = mid; i < hi; i++) {
            if (meetingFits(pair, i, minGap)) {
                return i;
            }
        }
        for (int i = mid - 1; i >= lo; i--) {
            if (meetingFits(pair, i, minGap)) {
                return i;
            }
        }
        for (int i = hi; i < size; i++) {
            if (meetingFits(pair, i, minGap)) {
                return i;
            }
        }
        return -1;
    }

    private boolean meetingFits(Pair pair, int index, int minGap) {
        long day = index / slotCount;
        for (long fixedDay : pair.fixedDays) {
            if (Math.abs(day - fixedDay) < minGap) {
                return false;
            }
        }
        return index >= first && !closed.get(index)
                && availability(pair.participant).get(index) && availability(pair.resource).get(index)
                && !busy(pair.participant).get(index) && !busy(pair.resource).get(index);
    }

    private String noMeetingReason(Pair pair, long earliest) {
        int days = size / slotCount;
        String both = Words.who(programme, pair.participant) + " and " + Words.who(programme, pair.resource);
        if (earliest >= days) {
            return "The programme ends (" + Words.date(programme.end()) + ") before another meeting of " + both
                    + " could take place.";
        }
        LocalDate earliestDate = programme.start().plusDays(earliest);
        BitSet common = commonAvailable(pair.participant, pair.resource);
        common.clear(0, (int) Math.min(size, earliest * slotCount));
        if (common.isEmpty()) {
            return both + " have no common available half-day from " + Words.date(earliestDate) + " to "
                    + Words.date(programme.end()) + " outside closed days.";
        }
        return "Every half-day from " + Words.date(earliestDate) + " to " + Words.date(programme.end())
                + " on which " + both + " are both available (" + common.cardinality()
                + ") is taken by other sessions.";
    }

    private String accompanimentTitle(int number, String participant, String resource) {
        return "Accompaniment meeting " + number + ": " + Words.name(programme, participant) + " with "
                + Words.name(programme, resource);
    }

    /** @return the session with its questions and report due dates set by the programme's rules */
    private Session withDueDates(Session session, java.time.LocalDate immersionReport) {
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

    // ---- Bookkeeping --------------------------------------------------------------------------------------------

    private void occupy(Session session, int position) {
        if (position < 0) {
            return;
        }
        for (int index : indices(session, position)) {
            for (String member : session.members()) {
                busy(member).set(index);
            }
            if (session.room() != null) {
                roomBusy.computeIfAbsent(session.room(), id -> new BitSet()).set(index);
            }
        }
    }

    /** @return the half-day numbers a session at that position takes: one, or every half-day of a whole day */
    private int[] indices(Session session, int position) {
        if (!session.wholeDay()) {
            return new int[] {position};
        }
        int dayStart = position - position % slotCount;
        int[] all = new int[slotCount];
        for (int s = 0; s < slotCount; s++) {
            all[s] = dayStart + s;
        }
        return all;
    }

    /** @return the half-day number of a date and slot (null: the day's first half-day), or -1 when outside */
    private int positionOf(LocalDate date, String halfDay) {
        if (date == null || date.isBefore(programme.start()) || date.isAfter(programme.end())) {
            return -1;
        }
        int slot = halfDay == null ? 0 : slotOrder(halfDay);
        if (slot < 0) {
            return -1;
        }
        return (int) ChronoUnit.DAYS.between(programme.start(), date) * slotCount + slot;
    }

    private int slotOrder(String halfDay) {
        if (halfDay == null) {
            return -1;
        }
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).id().equals(halfDay)) {
                return i;
            }
        }
        return -2;
    }

    private BitSet availability(String member) {
        return available.computeIfAbsent(member, id -> {
            Member m = programme.member(id);
            return m == null ? new BitSet() : grid.availableHalfDays(m);
        });
    }

    private BitSet busy(String member) {
        return busy.computeIfAbsent(member, id -> new BitSet());
    }

    private static String pairKey(String participant, String resource) {
        return participant + "|" + resource;
    }

    /** @return the sessions with duplicate ids made unique by a suffix ({@code -2}, {@code -3}…), in order */
    private static List<Session> uniqueIds(List<Session> all) {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        for (Session session : all) {
            taken.add(session.id());
        }
        List<Session> result = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        for (Session session : all) {
            String id = session.id();
            if (used.add(id)) {
                result.add(session);
                continue;
            }
            int k = seen.getOrDefault(session.id(), 1);
            String candidate;
            do {
                k++;
                candidate = session.id() + "-" + k;
            } while (taken.contains(candidate) || used.contains(candidate));
            seen.put(session.id(), k);
            used.add(candidate);
            result.add(session.withId(candidate));
        }
        return result;
    }

    /** @return the sessions by date, then half-day (whole days first), then id */
    private List<Session> ordered(List<Session> all) {
        List<Session> result = new ArrayList<>(all);
        result.sort(Comparator.comparing(Session::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(session -> slotOrder(session.halfDay()))
                .thenComparing(Session::id));
        return result;
    }
}
