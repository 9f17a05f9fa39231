package org.peermatch.core.calendar;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.workshop.Workshop;
import org.peermatch.core.workshop.WorkshopProposal;

/**
 * Puts every session of a programme on one calendar: the committee's record of an earlier calendar, the workshops,
 * the immersion days, the co-development sessions and the 1:1 accompaniment meetings, without anybody (or any room)
 * booked twice, on half-days everyone is available, never on a closed day.
 *
 * <p>The order, which is also the precedence when two sessions want the same half-day:
 * <ol>
 * <li>the committee's record ({@code programme.changes()}): held and cancelled sessions are past facts and stay as
 * they are; fixed sessions stay at their date and half-day. A held or fixed immersion day, co-development session or
 * workshop stands for the session of the proposal with the same mode and the same members, which is then not
 * planned again;</li>
 * <li>workshops, in the order given;</li>
 * <li>immersion days, in the proposal's order;</li>
 * <li>co-development sessions, group by group, session by session;</li>
 * <li>1:1 accompaniment meetings.</li>
 * </ol>
 * A workshop, immersion day or co-development session keeps the date its mode gave it when that date is still free
 * for all its members (and its room), available to all, not closed and not before the re-planning date; otherwise it
 * moves to the nearest fitting half-day (a whole day for an immersion day) on or after the re-planning date, a later
 * one winning a tie, and its notes say from where and why. When nothing fits it is listed as not placed, with why.
 *
 * <p>Accompaniment meetings, pair by pair: a pair needs as many meetings of {@code meetingHours} as the hours of
 * the needs it covers call for, minus the hours already held, lost to late cancellations without a reason, or
 * fixed (the last meeting may be shorter). Pairs with the fewest common available half-days go first (ties: the
 * order of the proposal's assignments), since they have the least choice. A pair's meetings are spaced
 * {@code minWeeksBetweenMeetings} to {@code maxWeeksBetweenMeetings} weeks apart — what is left of the programme
 * shared among the meetings left, within that range, recomputed after each meeting — starting, for a pair that has
 * not met yet, in the week among the first {@code maxWeeksBetweenMeetings} with the fewest first meetings (first
 * meetings are staggered) or, after a held meeting, the spacing after it; when the programme is too short for that,
 * they are spread evenly over what is left. No resource person gets more than
 * {@code maxMeetingsPerWeekPerResource} meetings in a calendar week when another half-day fits; when none does, the
 * limit gives way and the meeting's notes say so. Each meeting takes the
 * first half-day from its target on (then the nearest before it, down to the minimum spacing, then any later one)
 * on which both are available, both free, the day not closed and the minimum spacing kept from the pair's fixed
 * meetings; when none is left it is listed as not placed. When the wider spacing drifts past closures and busy
 * weeks so that meetings are left over, the pair is planned at the minimum spacing instead if that dates more of
 * them (its first meeting's notes say so).
 *
 * <p>Greedy and deterministic: the same programme, proposal and workshops give the same calendar, ids included.
 * {@link CalendarSearch} then improves its 1:1 meetings as one problem.
 * Cost: O(sessions × half-days × members of a session).
 */
public final class CalendarPlanner {

    private CalendarPlanner() {
    }

    /**
     * Plans the programme's calendar.
     *
     * @param programme the programme, with its half-days, rules, closed days, rooms and record of earlier sessions
     * @param modes the solved modes: their accompaniment pairs, immersion days and co-development groups (empty:
     *        only the record and the workshops)
     * @param workshopSessions the workshops as the workshop programme dates them (see
     *        {@link Session#workshop}); empty when there are none
     * @return the calendar
     */
    public static ProgrammeCalendar plan(Programme programme, List<? extends ModeProposal> modes,
            List<Session> workshopSessions) {
        return new Planning(programme, List.copyOf(modes), workshopSessions).plan();
    }

    /**
     * @param programme the programme, for the half-days' hours
     * @param workshops the workshop programme as its mode dates it
     * @return one session per workshop, in the programme's order, numbered as the workshops are
     */
    public static List<Session> workshopSessions(Programme programme, WorkshopProposal workshops) {
        List<Session> sessions = new ArrayList<>();
        for (Workshop workshop : workshops.workshops()) {
            sessions.add(Session.workshop(programme, "workshop-" + workshop.number(),
                    programme.messages().get("calendar.title.workshop", workshop.number(),
                            NoveltyWords.label(workshop.theme())),
                    workshop.animator(), workshop.attendees(), workshop.date(), workshop.halfDay(),
                    workshop.room()));
        }
        return sessions;
    }
}
