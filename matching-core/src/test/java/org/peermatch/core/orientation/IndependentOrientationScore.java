package org.peermatch.core.orientation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.peermatch.core.model.Mode;

/**
 * The orientation objective re-computed in plain Java with the default weights, from the options chosen: the
 * reference the solver's score and the brute force are checked against.
 */
final class IndependentOrientationScore {

    private IndependentOrientationScore() {
    }

    /**
     * @param plan the plan (its facts)
     * @param chosen the option of each orientation, in the plan's order; null for not admitted
     * @return the score
     */
    static HardMediumSoftScore of(OrientationPlan plan, List<OrientationOption> chosen) {
        long hard = 0;
        long medium = 0;
        long soft = 0;
        Map<Mode, Long> units = new EnumMap<>(Mode.class);
        Map<Mode, Long> participants = new EnumMap<>(Mode.class);
        long admitted = 0;
        for (int i = 0; i < chosen.size(); i++) {
            Applicant applicant = plan.getOrientations().get(i).getApplicant();
            OrientationOption option = chosen.get(i);
            List<Mode> modes = option == null ? List.of() : option.modes();
            for (Mode pinned : applicant.pinned()) {
                if (!modes.contains(pinned)) {
                    hard++;
                }
            }
            int unserved = option == null ? applicant.needWeight() : option.unserved();
            medium -= unserved;
            soft -= 10L * unserved * unserved;
            if (option == null) {
                continue;
            }
            admitted++;
            for (Mode mode : modes) {
                if (!applicant.application().wishes().contains(mode)) {
                    hard++;
                }
                if (applicant.forbidden().contains(mode)) {
                    hard++;
                }
            }
            for (ModeLoad load : option.loads()) {
                units.merge(load.mode(), (long) load.units(), Long::sum);
                participants.merge(load.mode(), 1L, Long::sum);
            }
            soft += 20L * applicant.groups().size() * option.served();
            soft += option.fitReward();
            soft -= 5L * option.rankCost();
            soft -= 50L * option.useless().size();
        }
        for (ModeCapacity capacity : plan.getCapacities()) {
            hard += Math.max(0, units.getOrDefault(capacity.mode(), 0L) - capacity.units());
            hard += Math.max(0, participants.getOrDefault(capacity.mode(), 0L) - capacity.participants());
        }
        hard += Math.max(0, admitted - plan.getLimit().max());
        return HardMediumSoftScore.of(-hard, medium, soft);
    }
}
