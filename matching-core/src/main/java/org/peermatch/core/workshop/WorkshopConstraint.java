package org.peermatch.core.workshop;

import java.util.Arrays;
import java.util.List;
import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of the workshop programme: ids, levels and default weights (the meaning is the constraints bundle's {@code constraints.ID}). The ids are the names in the
 * README's constraint table and the keys of weight overrides; they carry the mode in their name because ids are
 * global to a programme. Workshops kept from an earlier calendar (fixed or held) are only checked for double
 * bookings and the animator's number of workshops: they are kept as they are.
 */
public enum WorkshopConstraint implements ModeConstraint {
    WORKSHOP_ANIMATOR_NOT_COMPETENT("workshop-animator-not-competent", ConstraintLevel.HARD, false, 1),
    WORKSHOP_ANIMATOR_UNAVAILABLE("workshop-animator-unavailable", ConstraintLevel.HARD, false, 1),
    WORKSHOP_CLOSED_DAY("workshop-closed-day", ConstraintLevel.HARD, false, 1),
    WORKSHOP_ROOM_TOO_SMALL("workshop-room-too-small", ConstraintLevel.HARD, false, 1),
    WORKSHOP_ROOM_UNAVAILABLE("workshop-room-unavailable", ConstraintLevel.HARD, false, 1),
    WORKSHOP_ROOM_DOUBLE_BOOKED("workshop-room-double-booked", ConstraintLevel.HARD, false, 1),
    WORKSHOP_ANIMATOR_DOUBLE_BOOKED("workshop-animator-double-booked", ConstraintLevel.HARD, false, 1),
    WORKSHOP_ANIMATOR_SESSIONS_EXCEEDED("workshop-animator-sessions-exceeded", ConstraintLevel.HARD, false, 1),
    WORKSHOP_ATTENDANCE_OUT_OF_RANGE("workshop-attendance-out-of-range", ConstraintLevel.HARD, false, 1),
    WORKSHOP_ATTENDEE_DOUBLE_BOOKED("workshop-attendee-double-booked", ConstraintLevel.HARD, false, 1),
    WORKSHOP_NOT_HELD("workshop-not-held", ConstraintLevel.MEDIUM, false, 1),
    WORKSHOP_PRIORITY_NEED_WITHOUT_SEAT("workshop-priority-need-without-seat", ConstraintLevel.MEDIUM, false, 1),
    WORKSHOP_DEMAND_UNCOVERED("workshop-demand-uncovered", ConstraintLevel.SOFT, false, 10),
    WORKSHOPS_BUNCHED("workshops-bunched", ConstraintLevel.SOFT, false, 1),
    WORKSHOP_NOT_PREFERRED_HALF_DAY("workshop-not-preferred-half-day", ConstraintLevel.SOFT, false, 20),
    KEEP_BASELINE_WORKSHOP("keep-baseline-workshop", ConstraintLevel.SOFT, false, 1000);

    private final ConstraintDefinition definition;

    WorkshopConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight) {
        this.definition = ConstraintDefinition.of(id, Mode.WORKSHOP, level, reward, defaultWeight);
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
