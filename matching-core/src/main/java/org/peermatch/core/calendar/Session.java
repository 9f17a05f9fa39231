package org.peermatch.core.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;

/**
 * One session of the programme calendar: a 1:1 accompaniment meeting, an immersion day, a co-development session or
 * a workshop.
 *
 * @param id stable id, e.g. {@code accompaniment-m01-m12-3} (the third meeting of m01 with m12); the same input
 *        gives the same ids
 * @param mode which kind of session
 * @param title what it is, in words, e.g. "Accompaniment meeting 3: Ana Martin with Bruno Petit"
 * @param members member ids: for accompaniment the participant then the resource person; for immersion the mentee
 *        then the mentor; for a workshop the animator first
 * @param date its day
 * @param halfDay the programme's half-day slot id, or null for a whole day (an immersion day)
 * @param start when it starts, in the programme's time zone (a whole day: the first half-day's start)
 * @param end when it ends, in the programme's time zone (a whole day: the last half-day's end)
 * @param room the room's id, or null
 * @param status planned, held, cancelled or fixed
 * @param questionsDue for an accompaniment meeting: when the questions are due (the start minus the programme's
 *        {@code questionsDueHours}); null otherwise
 * @param reportDue when the report is due (accompaniment: the date plus {@code reportDueDays}; immersion: the
 *        pairing's report date); null when no report is expected
 * @param hours for an accompaniment meeting, the hours it counts for the pair's budget; 0 otherwise
 * @param notes full sentences for the committee: topics, moves and why, what a cancellation costs
 */
public record Session(String id, Mode mode, String title, List<String> members, LocalDate date, String halfDay,
        LocalDateTime start, LocalDateTime end, String room, SessionState status, LocalDateTime questionsDue,
        LocalDate reportDue, int hours, List<String> notes) {

    public Session {
        members = List.copyOf(members);
        notes = List.copyOf(notes);
    }

    /**
     * A workshop session as the workshop programme dates it, with its times taken from the programme's half-days;
     * the calendar planner takes these as input.
     *
     * @param programme the programme, for its half-day slots
     * @param id a stable id, e.g. {@code workshop-3}
     * @param title the workshop's theme in words
     * @param animator the animator's member id
     * @param attendees the attendees' member ids
     * @param date the workshop's day
     * @param halfDay the programme's half-day slot id
     * @param room the room's id, or null when rooms are not planned
     * @return a planned workshop session
     */
    public static Session workshop(Programme programme, String id, String title, String animator,
            List<String> attendees, LocalDate date, String halfDay, String room) {
        List<String> members = new java.util.ArrayList<>();
        members.add(animator);
        for (String attendee : attendees) {
            if (!members.contains(attendee)) {
                members.add(attendee);
            }
        }
        return new Session(id, Mode.WORKSHOP, title, members, date, halfDay, startOf(programme, date, halfDay),
                endOf(programme, date, halfDay), room, SessionState.PLANNED, null, null, 0, List.of());
    }

    /** @return whether it takes a whole day (an immersion day) */
    public boolean wholeDay() {
        return halfDay == null;
    }

    /** @return whether it is still to take place: planned or fixed */
    public boolean upcoming() {
        return status.upcoming();
    }

    /** @return whether the member takes part */
    public boolean involves(String member) {
        return members.contains(member);
    }

    /** @return a copy with another id */
    Session withId(String newId) {
        return new Session(newId, mode, title, members, date, halfDay, start, end, room, status, questionsDue,
                reportDue, hours, notes);
    }

    /**
     * @param start when a 1:1 meeting starts
     * @param halfDayEnd when its half-day ends
     * @param hours the hours it lasts (at least one counted)
     * @return when it ends: after its own hours, within its half-day
     */
    static LocalDateTime meetingEnd(LocalDateTime start, LocalDateTime halfDayEnd, int hours) {
        LocalDateTime end = start.plusHours(Math.max(1, hours));
        return end.isAfter(halfDayEnd) ? halfDayEnd : end;
    }

    /**
     * @return when a session on that date and half-day (null: the whole day) starts, or null when the programme has
     *         no such half-day
     */
    static LocalDateTime startOf(Programme programme, LocalDate date, String halfDay) {
        List<HalfDaySlot> slots = programme.halfDays();
        if (date == null || slots.isEmpty()) {
            return null;
        }
        if (halfDay == null) {
            return date.atTime(slots.get(0).start());
        }
        for (HalfDaySlot slot : slots) {
            if (slot.id().equals(halfDay)) {
                return date.atTime(slot.start());
            }
        }
        return null;
    }

    /** @return when a session on that date and half-day (null: the whole day) ends, or null when unknown */
    static LocalDateTime endOf(Programme programme, LocalDate date, String halfDay) {
        List<HalfDaySlot> slots = programme.halfDays();
        if (date == null || slots.isEmpty()) {
            return null;
        }
        if (halfDay == null) {
            return date.atTime(slots.get(slots.size() - 1).end());
        }
        for (HalfDaySlot slot : slots) {
            if (slot.id().equals(halfDay)) {
                return date.atTime(slot.end());
            }
        }
        return null;
    }
}
