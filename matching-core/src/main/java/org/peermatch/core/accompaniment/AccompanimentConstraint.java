package org.peermatch.core.accompaniment;

import java.util.Arrays;
import java.util.List;
import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of individual accompaniment: ids, levels and default weights (the meaning is the constraints bundle's {@code constraints.ID}). The ids are the names in
 * the README's constraint table and the keys of weight overrides.
 */
public enum AccompanimentConstraint implements ModeConstraint {
    COMPETENCE_TOO_LOW("competence-too-low", ConstraintLevel.HARD, false, 1),
    RESOURCE_HOURS_EXCEEDED("resource-hours-exceeded", ConstraintLevel.HARD, false, 1),
    RESOURCE_PARTICIPANTS_EXCEEDED("resource-participants-exceeded", ConstraintLevel.HARD, false, 1),
    CONFLICT_OF_INTEREST("conflict-of-interest", ConstraintLevel.HARD, false, 1),
    TOO_LITTLE_COMMON_AVAILABILITY("too-little-common-availability", ConstraintLevel.HARD, false, 1),
    MEETINGS_CANNOT_BE_DATED("meetings-cannot-be-dated", ConstraintLevel.HARD, false, 1),
    PINNED_PAIR_MISSING("pinned-pair-missing", ConstraintLevel.HARD, false, 1),
    TOO_MANY_RESOURCE_PERSONS("too-many-resource-persons", ConstraintLevel.HARD, false, 1),
    BASELINE_CHANGES_EXCEEDED("baseline-changes-exceeded", ConstraintLevel.HARD, false, 1),
    NEED_UNCOVERED("need-uncovered", ConstraintLevel.MEDIUM, false, 1),
    COMPETENCE_ABOVE_MINIMUM("competence-above-minimum", ConstraintLevel.SOFT, true, 10),
    SAME_SECTOR("same-sector", ConstraintLevel.SOFT, true, 30),
    REPEATED_INTERACTION("repeated-interaction", ConstraintLevel.SOFT, false, 1),
    SEVERAL_RESOURCE_PERSONS("several-resource-persons", ConstraintLevel.SOFT, false, 40),
    UNBALANCED_LOAD("unbalanced-load", ConstraintLevel.SOFT, false, 1),
    WORST_OFF_PARTICIPANT("worst-off-participant", ConstraintLevel.SOFT, false, 10),
    PREFERRED_RESOURCE_PERSON("preferred-resource-person", ConstraintLevel.SOFT, true, 10),
    KEEP_BASELINE_PAIR("keep-baseline-pair", ConstraintLevel.SOFT, false, 1000),
    ALTERNATIVE_PAIR_REUSED("alternative-pair-reused", ConstraintLevel.SOFT, false, 200);

    private final ConstraintDefinition definition;

    AccompanimentConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight) {
        this.definition = ConstraintDefinition.of(id, Mode.ACCOMPANIMENT, level, reward, defaultWeight);
    }

    /** @return the definitions of every constraint, in declaration order */
    public static List<ConstraintDefinition> definitions() {
        return Arrays.stream(values()).map(AccompanimentConstraint::definition).toList();
    }

    @Override
    public ConstraintDefinition definition() {
        return definition;
    }
}
