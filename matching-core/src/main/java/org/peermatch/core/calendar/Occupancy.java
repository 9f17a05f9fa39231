package org.peermatch.core.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.scoring.HalfDayCalendar;

/**
 * The programme's places numbered from 0 (the first place of its start), which are closed, who is available and busy
 * when, which rooms are taken, and the sessions placed so far: what every part of a calendar run checks before it
 * places a session. A place is a half-day, or a part of one when a half-day holds several 1:1 meetings back to back
 * (a 4-hour morning holds two 2-hour meetings): a meeting takes one place, its own hours, and every other session
 * its whole half-day or day. Maps keyed by member id serve look-ups only.
 */
final class Occupancy {

    final Programme programme;
    private final HalfDayCalendar grid;
    final List<HalfDaySlot> slots;
    /** How many 1:1 meetings a half-day holds back to back (the shortest half-day's), at least 1. */
    final int perHalfDay;
    /** Places per day: every half-day's meeting places. */
    final int slotCount;
    final int size;
    /** First day on which new sessions may be planned: the re-planning date, or the start. */
    final LocalDate from;
    /** First place number new sessions may use. */
    final int first;
    final BitSet closed = new BitSet();
    final Map<String, BitSet> available = new HashMap<>();
    final Map<String, BitSet> busy = new HashMap<>();
    final Map<String, BitSet> roomBusy = new HashMap<>();
    /** The sessions placed so far, the committee's record first. */
    final List<Session> sessions = new ArrayList<>();

    Occupancy(Programme programme) {
        this.programme = programme;
        this.grid = new HalfDayCalendar(programme);
        this.slots = programme.halfDays();
        this.perHalfDay = meetingsPerHalfDay(slots, programme.calendar().meetingHours());
        this.slotCount = Math.max(1, slots.size()) * perHalfDay;
        this.size = Math.max(0, grid.dayCount()) * slots.size() * perHalfDay;
        LocalDate replanFrom = programme.changes() == null ? null : programme.changes().replanFrom();
        this.from = replanFrom == null || replanFrom.isBefore(programme.start()) ? programme.start() : replanFrom;
        this.first = (int) Math.min(size, Math.max(0, ChronoUnit.DAYS.between(programme.start(), from)) * slotCount);
        for (int i = 0; i < size; i++) {
            if (programme.isClosed(dateOf(i))) {
                closed.set(i);
            }
        }
    }

    /** @return how many meetings of that many hours the shortest half-day holds back to back, at least 1 */
    static int meetingsPerHalfDay(List<HalfDaySlot> slots, int meetingHours) {
        long meetingMinutes = Math.max(1, meetingHours) * 60L;
        long fits = Long.MAX_VALUE;
        for (HalfDaySlot slot : slots) {
            fits = Math.min(fits, Duration.between(slot.start(), slot.end()).toMinutes() / meetingMinutes);
        }
        return slots.isEmpty() ? 1 : (int) Math.max(1, Math.min(fits, 24));
    }

    /** @return the date of a place */
    LocalDate dateOf(int index) {
        return grid.dateOf(index / perHalfDay);
    }

    /** @return the half-day a place lies in */
    HalfDaySlot halfDayOf(int index) {
        return grid.slotOf(index / perHalfDay);
    }

    /** @return when a 1:1 meeting at that place starts: its half-day's start, after the meetings before it */
    LocalDateTime startOf(int index) {
        long offset = (long) (index % perHalfDay) * Math.max(1, programme.calendar().meetingHours());
        return dateOf(index).atTime(halfDayOf(index).start()).plusHours(offset);
    }

    /** @return when a 1:1 meeting of that many hours at that place ends: after its own hours, within its half-day */
    LocalDateTime meetingEnd(int index, int hours) {
        return Session.meetingEnd(startOf(index), dateOf(index).atTime(halfDayOf(index).end()), hours);
    }

    /** @return the half-day to search around for a session dated that day: the day clamped into the programme */
    int anchorOf(LocalDate date) {
        long day = ChronoUnit.DAYS.between(programme.start(), date);
        long position = day * slotCount;
        return (int) Math.max(first, Math.min(Math.max(0, size - slotCount), position));
    }

    /** @return why the session cannot take place at that position, in words, or null when it can */
    String blocker(Session session, int position) {
        if (position < 0) {
            return programme.messages().get("calendar.blocker.outside",
                    CalendarWords.date(programme.messages(), programme.start()),
                    CalendarWords.date(programme.messages(), programme.end()));
        }
        if (position < first) {
            return programme.messages().get("calendar.blocker.replanned", CalendarWords.date(programme.messages(),
                    from));
        }
        for (int index : indices(session, position)) {
            if (closed.get(index)) {
                return programme.messages().get("calendar.blocker.closed",
                        CalendarWords.date(programme.messages(), dateOf(index)), closedReason(dateOf(index)));
            }
        }
        for (String member : session.members()) {
            for (int index : indices(session, position)) {
                if (!availability(member).get(index)) {
                    return programme.messages().get("calendar.blocker.unavailable", CalendarWords.who(programme,
                            member));
                }
            }
        }
        for (String member : session.members()) {
            for (int index : indices(session, position)) {
                if (busy(member).get(index)) {
                    Session other = occupying(member, index);
                    return other == null
                            ? programme.messages().get("calendar.blocker.busy", CalendarWords.who(programme, member))
                            : programme.messages().get("calendar.blocker.busyWith", CalendarWords.who(programme,
                                    member), other.title());
                }
            }
        }
        if (session.room() != null) {
            Room room = room(session.room());
            if (room != null && room.unavailable().contains(dateOf(position))) {
                return programme.messages().get("calendar.blocker.roomClosed", room.name());
            }
            for (int index : indices(session, position)) {
                if (roomBusy.computeIfAbsent(session.room(), id -> new BitSet()).get(index)) {
                    return programme.messages().get("calendar.blocker.roomTaken",
                            room == null ? session.room() : room.name());
                }
            }
        }
        return null;
    }

    boolean fits(Session session, int position) {
        return blocker(session, position) == null;
    }

    String closedReason(LocalDate date) {
        for (ClosedPeriod period : programme.closed()) {
            if (period.contains(date) && period.reason() != null && !period.reason().isBlank()) {
                return programme.messages().get("calendar.blocker.closed.reason", period.reason().strip());
            }
        }
        return "";
    }

    Session occupying(String member, int index) {
        for (Session session : sessions) {
            if (session.status() != SessionState.CANCELLED && session.involves(member)) {
                int position = positionOf(session);
                if (position >= 0 && Arrays.stream(indices(session, position)).anyMatch(taken -> taken == index)) {
                    return session;
                }
            }
        }
        return null;
    }

    Room room(String id) {
        return programme.room(id);
    }

    void occupy(Session session, int position) {
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

    /**
     * @return the places a session at that position takes: a 1:1 meeting its own, another session every place of
     *         its half-day, a whole day every place of the day
     */
    int[] indices(Session session, int position) {
        int span = span(session);
        int from = position - position % span;
        int[] all = new int[span];
        for (int s = 0; s < span; s++) {
            all[s] = from + s;
        }
        return all;
    }

    /** @return how many places a session takes (see {@link #indices}) */
    int span(Session session) {
        if (session.wholeDay()) {
            return slotCount;
        }
        return session.mode() == Mode.ACCOMPANIMENT ? 1 : perHalfDay;
    }

    /** @return the first place of a date and half-day (null: the day's first), or -1 when outside */
    int positionOf(LocalDate date, String halfDay) {
        if (date == null || date.isBefore(programme.start()) || date.isAfter(programme.end())) {
            return -1;
        }
        int slot = halfDay == null ? 0 : slotOrder(halfDay);
        if (slot < 0) {
            return -1;
        }
        return (int) ChronoUnit.DAYS.between(programme.start(), date) * slotCount + slot * perHalfDay;
    }

    /**
     * @return the place of a session: its half-day's first, or for a 1:1 meeting the place its start time says;
     *         -1 when outside
     */
    int positionOf(Session session) {
        int position = positionOf(session.date(), session.halfDay());
        if (position < 0 || perHalfDay == 1 || span(session) != 1 || session.start() == null) {
            return position;
        }
        long minutes = Duration.between(session.date().atTime(halfDayOf(position).start()), session.start())
                .toMinutes();
        long place = minutes / (Math.max(1, programme.calendar().meetingHours()) * 60L);
        return position + (int) Math.max(0, Math.min(perHalfDay - 1, place));
    }

    int slotOrder(String halfDay) {
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

    /** @return the places the member is available on (every place of an available half-day) */
    BitSet availability(String member) {
        return available.computeIfAbsent(member, id -> {
            Member m = programme.member(id);
            BitSet halfDays = m == null ? new BitSet() : grid.availableHalfDays(m);
            if (perHalfDay == 1) {
                return halfDays;
            }
            BitSet places = new BitSet(size);
            halfDays.stream().forEach(h -> places.set(h * perHalfDay, (h + 1) * perHalfDay));
            return places;
        });
    }

    BitSet busy(String member) {
        return busy.computeIfAbsent(member, id -> new BitSet());
    }
}
