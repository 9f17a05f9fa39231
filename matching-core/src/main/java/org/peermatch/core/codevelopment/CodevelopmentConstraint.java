package org.peermatch.core.codevelopment;

import java.util.Arrays;
import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of co-development groups: ids, levels and default weights (the meaning is the constraints bundle's {@code constraints.ID}). The ids are the names in the
 * README's constraint table and the keys of weight overrides; they carry the mode in their name because weight
 * overrides of every mode share one map.
 */
public enum CodevelopmentConstraint implements ModeConstraint {
    GROUP_SIZE_OUT_OF_RANGE("group-size-out-of-range", ConstraintLevel.HARD, false, 1),
    GROUP_CONFLICT_OF_INTEREST("group-conflict-of-interest", ConstraintLevel.HARD, false, 1),
    CODEVELOPMENT_MEMBER_UNPLACED("codevelopment-member-unplaced", ConstraintLevel.MEDIUM, false, 1),
    GROUP_REPEATED_PAIR("group-repeated-pair", ConstraintLevel.SOFT, false, 1),
    GROUP_SECTOR_DOMINANCE("group-sector-dominance", ConstraintLevel.SOFT, false, 50),
    GROUP_LITTLE_COMMON_TIME("group-little-common-time", ConstraintLevel.SOFT, false, 100),
    KEEP_BASELINE_GROUP("keep-baseline-group", ConstraintLevel.SOFT, false, 200);

    private final ConstraintDefinition definition;

    CodevelopmentConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight) {
        this.definition = ConstraintDefinition.of(id, Mode.CODEVELOPMENT, level, reward, defaultWeight);
    }

    /** @return the definitions of every constraint, in declaration order */
    public static List<ConstraintDefinition> definitions() {
        return Arrays.stream(values()).map(CodevelopmentConstraint::definition).toList();
    }

    @Override
    public ConstraintDefinition definition() {
        return definition;
    }
}
