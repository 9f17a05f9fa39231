package org.peermatch.core.codevelopment;

import java.util.Arrays;
import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of co-development groups: ids, levels, default weights and meaning. The ids are the names in the
 * README's constraint table and the keys of weight overrides; they carry the mode in their name because weight
 * overrides of every mode share one map.
 */
public enum CodevelopmentConstraint implements ModeConstraint {
    GROUP_SIZE_OUT_OF_RANGE("group-size-out-of-range", ConstraintLevel.HARD, false, 1,
            "A co-development group that is formed (not empty) has fewer members than the minimum size or more than"
                    + " the maximum (per missing or extra member)."),
    GROUP_CONFLICT_OF_INTEREST("group-conflict-of-interest", ConstraintLevel.HARD, false, 1,
            "Two members of one co-development group work for the same organization, declared a conflict of"
                    + " interest (either of them), or are a pair the committee forbade (per pair)."),
    CODEVELOPMENT_MEMBER_UNPLACED("codevelopment-member-unplaced", ConstraintLevel.MEDIUM, false, 1,
            "A member who asked for co-development is in no group (per member)."),
    GROUP_REPEATED_PAIR("group-repeated-pair", ConstraintLevel.SOFT, false, 1,
            "Each pair of a group costs the square of its novelty cost divided by 100, rounded up: one earlier"
                    + " meeting on the programme's start costs 100, two cost 400, a pair who only share a common"
                    + " peer 7 or less, a pair who never met nothing (older meetings fade with the half-life)."),
    GROUP_SECTOR_DOMINANCE("group-sector-dominance", ConstraintLevel.SOFT, false, 50,
            "A sector held by more than half of a group's members (per member beyond half), so that peers of"
                    + " several sectors consult each other."),
    GROUP_LITTLE_COMMON_TIME("group-little-common-time", ConstraintLevel.SOFT, false, 100,
            "A group whose members share an available half-day in fewer calendar months than the sessions it needs"
                    + " (per missing month)."),
    ;

    private final ConstraintDefinition definition;

    CodevelopmentConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight, String description) {
        this.definition = new ConstraintDefinition(id, Mode.CODEVELOPMENT, level, reward, defaultWeight, description);
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
