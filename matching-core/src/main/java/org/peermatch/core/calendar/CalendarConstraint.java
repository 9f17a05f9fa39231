package org.peermatch.core.calendar;

import java.util.Arrays;
import java.util.List;

import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of the joint calendar search ({@link CalendarSearch}): ids, levels and default weights (the meaning is the constraints bundle's {@code constraints.ID}).
 * Availability, closed days and the re-planning date are no constraints: a session's values are only the places
 * that keep them. Sessions that stay where they are (the committee's record, the workshops) are only weighed against
 * the sessions that move.
 */
public enum CalendarConstraint implements ModeConstraint {
    CALENDAR_MEMBER_DOUBLE_BOOKED("calendar-member-double-booked", ConstraintLevel.HARD, false, 1),
    CALENDAR_ROOM_DOUBLE_BOOKED("calendar-room-double-booked", ConstraintLevel.HARD, false, 1),
    CALENDAR_MEETINGS_TOO_CLOSE("calendar-meetings-too-close", ConstraintLevel.HARD, false, 1),
    CALENDAR_SESSION_UNDATED("calendar-session-undated", ConstraintLevel.MEDIUM, false, 1),
    CALENDAR_CADENCE_EXCEEDED("calendar-cadence-exceeded", ConstraintLevel.SOFT, false, 100),
    CALENDAR_WEEKLY_LIMIT_EXCEEDED("calendar-weekly-limit-exceeded", ConstraintLevel.SOFT, false, 1000),
    CALENDAR_MEETINGS_BUNCHED("calendar-meetings-bunched", ConstraintLevel.SOFT, false, 10),
    CALENDAR_SERIES_ENDS_EARLY("calendar-series-ends-early", ConstraintLevel.SOFT, false, 50),
    CALENDAR_SESSION_MOVED("calendar-session-moved", ConstraintLevel.SOFT, false, 1000),
    KEEP_BASELINE_DATE("keep-baseline-date", ConstraintLevel.SOFT, false, 1000);

    private final ConstraintDefinition definition;

    CalendarConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight) {
        this.definition = ConstraintDefinition.of(id, null, level, reward, defaultWeight);
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
