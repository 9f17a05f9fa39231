package org.peermatch.core.calendar;

import java.util.Arrays;
import java.util.List;

import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of the joint calendar search ({@link CalendarSearch}): ids, levels, default weights and meaning.
 * Availability, closed days and the re-planning date are no constraints: a meeting's values are only the half-days
 * that keep them. Sessions that stay where they are (the record, the other modes' sessions) are only weighed
 * against the meetings that move.
 */
public enum CalendarConstraint implements ModeConstraint {
    CALENDAR_MEMBER_DOUBLE_BOOKED("calendar-member-double-booked", ConstraintLevel.HARD, false, 1,
            "Someone is in two sessions on the same half-day (a whole day overlaps both half-days), per pair of"
                    + " sessions."),
    CALENDAR_ROOM_DOUBLE_BOOKED("calendar-room-double-booked", ConstraintLevel.HARD, false, 1,
            "A room holds two sessions on the same half-day, per pair of sessions."),
    CALENDAR_MEETINGS_TOO_CLOSE("calendar-meetings-too-close", ConstraintLevel.HARD, false, 1,
            "Two meetings of one pair fewer than minWeeksBetweenMeetings weeks apart (fewer than a day when the"
                    + " programme is too short for that cadence), per pair of meetings."),
    CALENDAR_SESSION_UNDATED("calendar-session-undated", ConstraintLevel.MEDIUM, false, 1,
            "A 1:1 meeting the pair's hours call for has no date."),
    CALENDAR_CADENCE_EXCEEDED("calendar-cadence-exceeded", ConstraintLevel.SOFT, false, 100,
            "A pair's meeting more than maxWeeksBetweenMeetings weeks after its previous one (its first: after the"
                    + " day the calendar is planned from) costs 28 plus each day beyond, so that fewer meetings are late."),
    CALENDAR_WEEKLY_LIMIT_EXCEEDED("calendar-weekly-limit-exceeded", ConstraintLevel.SOFT, false, 1000,
            "A resource person's 1:1 meetings in a calendar week beyond maxMeetingsPerWeekPerResource, per extra"
                    + " meeting."),
    CALENDAR_MEETINGS_BUNCHED("calendar-meetings-bunched", ConstraintLevel.SOFT, false, 10,
            "The 1:1 meetings of a calendar week cost their number squared, so that meetings spread over the whole"
                    + " programme and first meetings are staggered."),
    CALENDAR_SERIES_ENDS_EARLY("calendar-series-ends-early", ConstraintLevel.SOFT, false, 50,
            "A pair's last meeting costs each whole week from it to the programme's end, so that the meetings stretch"
                    + " over the programme within their cadence.");

    private final ConstraintDefinition definition;

    CalendarConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight, String description) {
        this.definition = new ConstraintDefinition(id, null, level, reward, defaultWeight, description);
    }

    /** @return the definitions of every constraint, in declaration order */
    public static List<ConstraintDefinition> definitions() {
        return Arrays.stream(values()).map(CalendarConstraint::definition).toList();
    }

    @Override
    public ConstraintDefinition definition() {
        return definition;
    }
}
