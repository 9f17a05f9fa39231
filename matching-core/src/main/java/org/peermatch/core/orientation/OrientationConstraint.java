package org.peermatch.core.orientation;

import java.util.Arrays;
import java.util.List;

import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of the orientation stage, which decides the modes of each applicant before the modes are planned:
 * ids, levels, default weights and meaning. The ids are the names in the README's constraint table and the keys of
 * weight overrides. Orientation is not a mode, so its definitions have no mode ({@code null}).
 */
public enum OrientationConstraint implements ModeConstraint {
    ORIENTATION_NOT_WISHED("orientation-not-wished", ConstraintLevel.HARD, false, 1,
            "An applicant is given a mode they did not wish for (per mode)."),
    ORIENTATION_FORBIDDEN("orientation-forbidden", ConstraintLevel.HARD, false, 1,
            "An applicant is given a mode the committee forbade them (per mode)."),
    ORIENTATION_PIN_MISSING("orientation-pin-missing", ConstraintLevel.HARD, false, 1,
            "An applicant is not given a mode the committee pinned (per mode)."),
    MODE_CAPACITY_EXCEEDED("mode-capacity-exceeded", ConstraintLevel.HARD, false, 1,
            "A mode is given more than it can take, after the members already in it: accompaniment hours beyond the"
                    + " resource persons' hours, mentees beyond the mentors' days, co-development members beyond the"
                    + " groups' seats, workshop seats beyond the animators' sessions (per unit)."),
    MODE_PARTICIPANTS_EXCEEDED("mode-participants-exceeded", ConstraintLevel.HARD, false, 1,
            "A mode has more participants than rules.orientation.maxPerMode allows (per participant)."),
    BENEFICIARIES_EXCEEDED("beneficiaries-exceeded", ConstraintLevel.HARD, false, 1,
            "More applicants are admitted than rules.orientation.maxBeneficiaries allows (per applicant)."),
    APPLICANT_NEED_UNSERVED("applicant-need-unserved", ConstraintLevel.MEDIUM, false, 1,
            "An applicant's need is served by none of the modes they are given that suits its topic (fit 2 or 3),"
                    + " weighted by priority: 3 for priority 1, 2 for priority 2, 1 for priority 3."),
    ORIENTATION_WORST_OFF("orientation-worst-off", ConstraintLevel.SOFT, false, 10,
            "An applicant's unserved priority weight costs its square: spread what cannot be served rather than"
                    + " leave one applicant with nothing."),
    PRIORITY_GROUP_SERVED("priority-group-served", ConstraintLevel.SOFT, true, 20,
            "Reward the served priority weight of an applicant in a priority group of the committee, once per"
                    + " group (first-time applicants, small structures, a territory)."),
    MODE_FIT("mode-fit", ConstraintLevel.SOFT, true, 1,
            "Reward each served need's priority weight times the fit (2 or 3) of the best mode given for it."),
    LOWER_WISH("lower-wish", ConstraintLevel.SOFT, false, 5,
            "A mode given that is not the applicant's first wish costs its rank minus one."),
    MODE_SERVES_NO_NEED("mode-serves-no-need", ConstraintLevel.SOFT, false, 50,
            "A mode given that is the best suited mode of none of the applicant's needs uses capacity for nothing.");

    private final ConstraintDefinition definition;

    OrientationConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight, String description) {
        this.definition = new ConstraintDefinition(id, null, level, reward, defaultWeight, description);
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
