package org.peermatch.core.orientation;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintWeights;

/**
 * The orientation's score as plain sums, kept up to date as options change, so that the construction can try every
 * change of one or two applicants in O(M) each: the same rules and weights as {@link OrientationConstraintProvider}
 * (its tests check both against an independent re-computation).
 */
final class OrientationObjective {

    private final List<ApplicantOrientation> orientations;
    private final List<ModeCapacity> capacities;
    private final long limit;
    private final long[] weights = new long[OrientationConstraint.values().length];
    private final OrientationOption[] chosen;
    private final long[] units = new long[Mode.values().length];
    private final long[] participants = new long[Mode.values().length];
    private long admitted;
    private long hard;
    private long medium;
    private long soft;

    OrientationObjective(OrientationPlan plan) {
        this.orientations = plan.getOrientations();
        this.capacities = plan.getCapacities();
        this.limit = plan.getLimit().max();
        ConstraintWeightOverrides<HardMediumSoftScore> overrides = plan.getConstraintWeightOverrides();
        for (OrientationConstraint constraint : OrientationConstraint.values()) {
            HardMediumSoftScore weight = overrides == null ? null : overrides.getConstraintWeight(constraint.id());
            weights[constraint.ordinal()] = weight == null ? constraint.definition().defaultWeight()
                    : ConstraintWeights.part(weight, constraint.level());
        }
        chosen = new OrientationOption[orientations.size()];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = orientations.get(i).getOption();
            add(i, chosen[i], 1);
        }
    }

    /** @return the option of applicant i */
    OrientationOption option(int i) {
        return chosen[i];
    }

    /** Changes applicant i's option. */
    void set(int i, OrientationOption option) {
        add(i, chosen[i], -1);
        chosen[i] = option;
        add(i, option, 1);
    }

    /** @return the score: hard, medium, soft */
    HardMediumSoftScore score() {
        long global = 0;
        for (ModeCapacity capacity : capacities) {
            int m = capacity.mode().ordinal();
            global += weight(OrientationConstraint.MODE_CAPACITY_EXCEEDED) * Math.max(0, units[m] - capacity.units());
            global += weight(OrientationConstraint.MODE_PARTICIPANTS_EXCEEDED)
                    * Math.max(0, participants[m] - capacity.participants());
        }
        global += weight(OrientationConstraint.BENEFICIARIES_EXCEEDED) * Math.max(0, admitted - limit);
        return HardMediumSoftScore.of(-hard - global, -medium, soft);
    }

    private long weight(OrientationConstraint constraint) {
        return weights[constraint.ordinal()];
    }

    private void add(int i, OrientationOption option, int sign) {
        Applicant applicant = orientations.get(i).getApplicant();
        long missing = 0;
        for (Mode mode : applicant.pinned()) {
            if (option == null || !option.modes().contains(mode)) {
                missing++;
            }
        }
        hard += sign * weight(OrientationConstraint.ORIENTATION_PIN_MISSING) * missing;
        long unserved = option == null ? applicant.needWeight() : option.unserved();
        medium += sign * weight(OrientationConstraint.APPLICANT_NEED_UNSERVED) * unserved;
        soft -= sign * weight(OrientationConstraint.ORIENTATION_WORST_OFF) * unserved * unserved;
        if (option == null) {
            return;
        }
        admitted += sign;
        hard += sign * (weight(OrientationConstraint.ORIENTATION_NOT_WISHED) * option.notWished().size()
                + weight(OrientationConstraint.ORIENTATION_FORBIDDEN) * option.forbidden().size());
        soft += sign * (weight(OrientationConstraint.PRIORITY_GROUP_SERVED) * applicant.groups().size()
                * option.served() + weight(OrientationConstraint.MODE_FIT) * option.fitReward()
                - weight(OrientationConstraint.LOWER_WISH) * option.rankCost()
                - weight(OrientationConstraint.MODE_SERVES_NO_NEED) * option.useless().size());
        for (ModeLoad load : option.loads()) {
            units[load.mode().ordinal()] += sign * load.units();
            participants[load.mode().ordinal()] += sign;
        }
    }
}
