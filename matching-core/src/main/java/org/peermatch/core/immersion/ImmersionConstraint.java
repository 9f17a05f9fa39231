package org.peermatch.core.immersion;

import java.util.Arrays;
import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of immersion mentoring ("Vis ma vie"): ids, levels and default weights (the meaning is the constraints bundle's {@code constraints.ID}). The ids are the
 * names in the README's constraint table and the keys of weight overrides; they carry the mode in their name
 * because ids are global to a programme.
 */
public enum ImmersionConstraint implements ModeConstraint {
    MENTOR_OTHER_SECTOR("mentor-other-sector", ConstraintLevel.HARD, false, 1),
    MENTOR_DAYS_EXCEEDED("mentor-days-exceeded", ConstraintLevel.HARD, false, 1),
    MENTOR_DOUBLE_BOOKED("mentor-double-booked", ConstraintLevel.HARD, false, 1),
    IMMERSION_DAY_UNAVAILABLE("immersion-day-unavailable", ConstraintLevel.HARD, false, 1),
    IMMERSION_CONFLICT_OF_INTEREST("immersion-conflict-of-interest", ConstraintLevel.HARD, false, 1),
    MENTOR_LESS_EXPERIENCED("mentor-less-experienced", ConstraintLevel.HARD, false, 1),
    MENTEE_UNPLACED("mentee-unplaced", ConstraintLevel.MEDIUM, false, 1),
    IMMERSION_REPEATED_INTERACTION("immersion-repeated-interaction", ConstraintLevel.SOFT, false, 1),
    OBJECTIVES_MATCHED("objectives-matched", ConstraintLevel.SOFT, true, 20),
    MENTOR_SAME_SECTOR("mentor-same-sector", ConstraintLevel.SOFT, true, 30),
    TRAVEL_DISTANCE("travel-distance", ConstraintLevel.SOFT, false, 1),
    IMMERSION_DAYS_CLOSE("immersion-days-close", ConstraintLevel.SOFT, false, 1),
    KEEP_BASELINE_IMMERSION("keep-baseline-immersion", ConstraintLevel.SOFT, false, 1000);

    private final ConstraintDefinition definition;

    ImmersionConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight) {
        this.definition = ConstraintDefinition.of(id, Mode.IMMERSION, level, reward, defaultWeight);
    }

    /** @return the definitions of every constraint, in declaration order */
    public static List<ConstraintDefinition> definitions() {
        return Arrays.stream(values()).map(ImmersionConstraint::definition).toList();
    }

    @Override
    public ConstraintDefinition definition() {
        return definition;
    }
}
