package org.peermatch.core.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.scoring.HalfDayCalendar;

/**
 * The programme's half-days numbered from 0 (the first slot of its start), which are closed, who is available and
 * busy when, which rooms are taken, and the sessions placed so far: what every part of a calendar run checks before
 * it places a session. Maps keyed by member id serve look-ups only.
 */
final class Occupancy {

    final Programme programme;
    final HalfDayCalendar grid;
    final List<HalfDaySlot> slots;
    final int slotCount;
    final int size;
    /** First day on which new sessions may be planned: the re-planning date, or the start. */
    final LocalDate from;
    /** First half-day number new sessions may use. */
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
                        CalendarWords.date(programme.messages(), grid.dateOf(index)), closedReason(grid.dateOf(index)));
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
            if (room != null && room.unavailable().contains(grid.dateOf(position))) {
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

    /** @return the half-day numbers a session at that position takes: one, or every half-day of a whole day */
    int[] indices(Session session, int position) {
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
    int positionOf(LocalDate date, String halfDay) {
        if (date == null || date.isBefore(programme.start()) || date.isAfter(programme.end())) {
            return -1;
        }
        int slot = halfDay == null ? 0 : slotOrder(halfDay);
        if (slot < 0) {
            return -1;
        }
        return (int) ChronoUnit.DAYS.between(programme.start(), date) * slotCount + slot;
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

    BitSet availability(String member) {
        return available.computeIfAbsent(member, id -> {
            Member m = programme.member(id);
            return m == null ? new BitSet() : grid.availableHalfDays(m);
        });
    }

    BitSet busy(String member) {
        return busy.computeIfAbsent(member, id -> new BitSet());
    }
}
