package org.peermatch.core.workshop;

import java.util.Arrays;
import java.util.List;
import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of the workshop programme: ids, levels, default weights and meaning. The ids are the names in the
 * README's constraint table and the keys of weight overrides; they carry the mode in their name because ids are
 * global to a programme. Workshops kept from an earlier calendar (fixed or held) are only checked for double
 * bookings and the animator's number of workshops: they are kept as they are.
 */
public enum WorkshopConstraint implements ModeConstraint {
    WORKSHOP_ANIMATOR_NOT_COMPETENT("workshop-animator-not-competent", ConstraintLevel.HARD, false, 1,
            "A workshop's animator does not offer to animate workshops or is below the programme's minimum level on"
                    + " its theme."),
    WORKSHOP_ANIMATOR_UNAVAILABLE("workshop-animator-unavailable", ConstraintLevel.HARD, false, 1,
            "A workshop's animator is not available on its half-day."),
    WORKSHOP_CLOSED_DAY("workshop-closed-day", ConstraintLevel.HARD, false, 1,
            "A workshop falls on a closed day, a weekend, or outside the programme (or before the day it is planned"
                    + " again from)."),
    WORKSHOP_ROOM_TOO_SMALL("workshop-room-too-small", ConstraintLevel.HARD, false, 1,
            "Rooms are planned and a workshop has none, or its room cannot seat the minimum attendance and the"
                    + " animator (per missing seat; attendance is capped by the room's seats)."),
    WORKSHOP_ROOM_UNAVAILABLE("workshop-room-unavailable", ConstraintLevel.HARD, false, 1,
            "A workshop's room is unavailable on its day."),
    WORKSHOP_ROOM_DOUBLE_BOOKED("workshop-room-double-booked", ConstraintLevel.HARD, false, 1,
            "A room hosts two workshops on the same half-day (per extra workshop)."),
    WORKSHOP_ANIMATOR_DOUBLE_BOOKED("workshop-animator-double-booked", ConstraintLevel.HARD, false, 1,
            "An animator leads two workshops on the same half-day (per extra workshop)."),
    WORKSHOP_ANIMATOR_SESSIONS_EXCEEDED("workshop-animator-sessions-exceeded", ConstraintLevel.HARD, false, 1,
            "An animator leads more workshops than they offered (per extra workshop)."),
    WORKSHOP_ATTENDANCE_OUT_OF_RANGE("workshop-attendance-out-of-range", ConstraintLevel.HARD, false, 1,
            "A workshop has fewer participants than the minimum attendance or more than the maximum (or the"
                    + " animator's own limit), per participant missing or too many."),
    WORKSHOP_ATTENDEE_DOUBLE_BOOKED("workshop-attendee-double-booked", ConstraintLevel.HARD, false, 1,
            "A member attends two workshops on the same half-day, or attends one while leading another (per extra"
                    + " workshop)."),
    WORKSHOP_NOT_HELD("workshop-not-held", ConstraintLevel.MEDIUM, false, 1,
            "A workshop of the programme has no animator and half-day, so it does not take place."),
    WORKSHOP_PRIORITY_NEED_WITHOUT_SEAT("workshop-priority-need-without-seat", ConstraintLevel.MEDIUM, false, 1,
            "A participant's essential need (priority 1) on a workshop theme has no seat in a workshop on that"
                    + " theme."),
    WORKSHOP_DEMAND_UNCOVERED("workshop-demand-uncovered", ConstraintLevel.SOFT, false, 10,
            "Each need on a workshop theme without a seat costs its priority weight (3 for priority 1, 2 for"
                    + " priority 2, 1 for priority 3)."),
    WORKSHOPS_BUNCHED("workshops-bunched", ConstraintLevel.SOFT, false, 1,
            "Two workshops fewer days apart than the programme's spacing (its length divided by the number of"
                    + " workshops, between 7 and 28 days) cost the days missing, so that workshops spread over the"
                    + " months."),
    WORKSHOP_NOT_PREFERRED_HALF_DAY("workshop-not-preferred-half-day", ConstraintLevel.SOFT, false, 20,
            "A workshop outside the committee's preferred weekly half-days (when it gave some).");

    private final ConstraintDefinition definition;

    WorkshopConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight, String description) {
        this.definition = new ConstraintDefinition(id, Mode.WORKSHOP, level, reward, defaultWeight, description);
    }

    /** @return the definitions of every constraint, in declaration order */
    public static List<ConstraintDefinition> definitions() {
        return Arrays.stream(values()).map(WorkshopConstraint::definition).toList();
    }

    @Override
    public ConstraintDefinition definition() {
        return definition;
    }
}
