package org.peermatch.core.orientation;

import java.util.Arrays;
import java.util.List;

import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of the orientation stage, which decides the modes of each applicant before the modes are planned:
 * ids, levels and default weights (the meaning is the constraints bundle's {@code constraints.ID}). The ids are the names in the README's constraint table and the keys of
 * weight overrides. Orientation is not a mode, so its definitions have no mode ({@code null}).
 */
public enum OrientationConstraint implements ModeConstraint {
    ORIENTATION_NOT_WISHED("orientation-not-wished", ConstraintLevel.HARD, false, 1),
    ORIENTATION_FORBIDDEN("orientation-forbidden", ConstraintLevel.HARD, false, 1),
    ORIENTATION_PIN_MISSING("orientation-pin-missing", ConstraintLevel.HARD, false, 1),
    MODE_CAPACITY_EXCEEDED("mode-capacity-exceeded", ConstraintLevel.HARD, false, 1),
    MODE_PARTICIPANTS_EXCEEDED("mode-participants-exceeded", ConstraintLevel.HARD, false, 1),
    BENEFICIARIES_EXCEEDED("beneficiaries-exceeded", ConstraintLevel.HARD, false, 1),
    APPLICANT_NEED_UNSERVED("applicant-need-unserved", ConstraintLevel.MEDIUM, false, 1),
    ORIENTATION_WORST_OFF("orientation-worst-off", ConstraintLevel.SOFT, false, 10),
    PRIORITY_GROUP_SERVED("priority-group-served", ConstraintLevel.SOFT, true, 20),
    MODE_FIT("mode-fit", ConstraintLevel.SOFT, true, 1),
    LOWER_WISH("lower-wish", ConstraintLevel.SOFT, false, 5),
    MODE_SERVES_NO_NEED("mode-serves-no-need", ConstraintLevel.SOFT, false, 50);

    private final ConstraintDefinition definition;

    OrientationConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight) {
        this.definition = ConstraintDefinition.of(id, null, level, reward, defaultWeight);
    }

    /** @return the definitions of every constraint, in declaration order */
    public static List<ConstraintDefinition> definitions() {
        return Arrays.stream(values()).map(OrientationConstraint::definition).toList();
    }

    @Override
    public ConstraintDefinition definition() {
        return definition;
    }
}
