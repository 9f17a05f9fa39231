package org.peermatch.core.calendar;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

import org.peermatch.core.plan.ConstraintWeights;

/**
 * The rules of the joint calendar search. Ids and default weights come from {@link CalendarConstraint}. Two pinned
 * sessions are never weighed against each other: the greedy pass and the committee put them there.
 */
public class CalendarConstraintProvider implements ConstraintProvider {

    /** A late meeting costs as many days as this on top of its days beyond: fewer late meetings come first. */
    static final int LATE_MEETING_DAYS = 28;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                calendarMemberDoubleBooked(factory),
                calendarRoomDoubleBooked(factory),
                calendarMeetingsTooClose(factory),
                calendarSessionUndated(factory),
                calendarCadenceExceeded(factory),
                calendarWeeklyLimitExceeded(factory),
                calendarMeetingsBunched(factory),
                calendarSeriesEndsEarly(factory),
                calendarSessionMoved(factory),
                keepBaselineDate(factory)
        };
    }

    /** Dated 1:1 meetings of the pairs the search plans, pinned ones (fixed, held) included. */
    private static UniConstraintStream<DatedSession> meetings(ConstraintFactory factory) {
        return factory.forEach(DatedSession.class).filter(DatedSession::meeting);
    }

    /** Every two dated sessions of one day, at least one of them movable, each couple once. */
    private static BiConstraintStream<DatedSession, DatedSession> sameDay(ConstraintFactory factory) {
        return factory.forEach(DatedSession.class)
                .join(DatedSession.class, Joiners.equal(DatedSession::day), Joiners.lessThan(DatedSession::getId))
                .filter((a, b) -> !(a.isPinned() && b.isPinned()) && a.overlaps(b));
    }

    // Hard: nobody is in two sessions at once.
    Constraint calendarMemberDoubleBooked(ConstraintFactory factory) {
        return sameDay(factory)
                .filter(DatedSession::sharesMember)
                .penalize(weight(CalendarConstraint.CALENDAR_MEMBER_DOUBLE_BOOKED))
                .asConstraint(CalendarConstraint.CALENDAR_MEMBER_DOUBLE_BOOKED.id());
    }

    // Hard: no room holds two sessions at once.
    Constraint calendarRoomDoubleBooked(ConstraintFactory factory) {
        return sameDay(factory)
                .filter((a, b) -> a.getRoom() != null && a.getRoom().equals(b.getRoom()))
                .penalize(weight(CalendarConstraint.CALENDAR_ROOM_DOUBLE_BOOKED))
                .asConstraint(CalendarConstraint.CALENDAR_ROOM_DOUBLE_BOOKED.id());
    }

    // Hard: a pair's meetings keep the minimum cadence.
    Constraint calendarMeetingsTooClose(ConstraintFactory factory) {
        return meetings(factory)
                .join(meetings(factory), Joiners.equal(DatedSession::pairKey), Joiners.lessThan(DatedSession::getId))
                .filter((a, b) -> !(a.isPinned() && b.isPinned())
                        && Math.abs(a.day() - b.day()) < a.pair().minGapDays())
                .penalize(weight(CalendarConstraint.CALENDAR_MEETINGS_TOO_CLOSE))
                .asConstraint(CalendarConstraint.CALENDAR_MEETINGS_TOO_CLOSE.id());
    }

    // Medium: every meeting the hours call for gets a date.
    Constraint calendarSessionUndated(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(DatedSession.class)
                .filter(session -> session.getPosition() == null)
                .penalize(weight(CalendarConstraint.CALENDAR_SESSION_UNDATED))
                .asConstraint(CalendarConstraint.CALENDAR_SESSION_UNDATED.id());
    }

    // Soft: a pair meets at least every maxWeeksBetweenMeetings weeks, from the day the calendar is planned from.
    Constraint calendarCadenceExceeded(ConstraintFactory factory) {
        UniConstraintStream<Integer> first = meetings(factory)
                .ifNotExists(meetings(factory), Joiners.equal(DatedSession::pairKey),
                        Joiners.greaterThan(DatedSession::day, DatedSession::day))
                .map(a -> a.day() - a.pair().firstDay() - a.pair().maxGapDays());
        UniConstraintStream<Integer> next = meetings(factory)
                .join(meetings(factory), Joiners.equal(DatedSession::pairKey),
                        Joiners.lessThan(DatedSession::day))
                .ifNotExists(meetings(factory), Joiners.equal((a, b) -> a.pairKey(), DatedSession::pairKey),
                        Joiners.filtering((a, b, c) -> a.day() < c.day() && c.day() < b.day()))
                .map((a, b) -> b.day() - a.day() - a.pair().maxGapDays());
        return first.concat(next)
                .filter(beyond -> beyond > 0)
                .penalize(weight(CalendarConstraint.CALENDAR_CADENCE_EXCEEDED), beyond -> LATE_MEETING_DAYS + beyond)
                .asConstraint(CalendarConstraint.CALENDAR_CADENCE_EXCEEDED.id());
    }

    // Soft: a resource person has at most maxMeetingsPerWeekPerResource meetings a week.
    Constraint calendarWeeklyLimitExceeded(ConstraintFactory factory) {
        return meetings(factory)
                .groupBy(DatedSession::resourceWeek, count())
                .filter((week, meetings) -> meetings > week.limit())
                .penalize(weight(CalendarConstraint.CALENDAR_WEEKLY_LIMIT_EXCEEDED),
                        (week, meetings) -> meetings - week.limit())
                .asConstraint(CalendarConstraint.CALENDAR_WEEKLY_LIMIT_EXCEEDED.id());
    }

    // Soft: meetings spread over the programme's weeks rather than bunch.
    Constraint calendarMeetingsBunched(ConstraintFactory factory) {
        return meetings(factory)
                .groupBy(DatedSession::week, count())
                .penalize(weight(CalendarConstraint.CALENDAR_MEETINGS_BUNCHED), (week, meetings) -> meetings * meetings)
                .asConstraint(CalendarConstraint.CALENDAR_MEETINGS_BUNCHED.id());
    }

    // Soft: a pair's meetings reach towards the programme's end rather than stop early.
    Constraint calendarSeriesEndsEarly(ConstraintFactory factory) {
        return meetings(factory)
                .ifNotExists(meetings(factory), Joiners.equal(DatedSession::pairKey),
                        Joiners.lessThan(DatedSession::day, DatedSession::day))
                .filter(last -> last.frame().endDay() - last.day() >= 7)
                .penalize(weight(CalendarConstraint.CALENDAR_SERIES_ENDS_EARLY),
                        last -> (last.frame().endDay() - last.day()) / 7)
                .asConstraint(CalendarConstraint.CALENDAR_SERIES_ENDS_EARLY.id());
    }

    // Soft: a session of another mode moved to date a meeting costs each day moved (another half-day: 1).
    Constraint calendarSessionMoved(ConstraintFactory factory) {
        return factory.forEach(DatedSession.class)
                .filter(session -> session.movedDays() > 0)
                .penalize(weight(CalendarConstraint.CALENDAR_SESSION_MOVED), DatedSession::movedDays)
                .asConstraint(CalendarConstraint.CALENDAR_SESSION_MOVED.id());
    }

    // Soft: a meeting already announced keeps its half-day unless moving it serves the calendar's rules.
    Constraint keepBaselineDate(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(DatedSession.class)
                .filter(DatedSession::leavesBaseline)
                .penalize(weight(CalendarConstraint.KEEP_BASELINE_DATE))
                .asConstraint(CalendarConstraint.KEEP_BASELINE_DATE.id());
    }

    private static HardMediumSoftScore weight(CalendarConstraint constraint) {
        return ConstraintWeights.defaultScore(constraint.definition());
    }
}
