package org.peermatch.core.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/** A programme's weights as Timefold scores: every mode's planning problem weighs its constraints this way. */
public final class ConstraintWeights {

    private ConstraintWeights() {
    }

    /** @return the weight as a score on the level */
    public static HardMediumSoftScore score(ConstraintLevel level, long weight) {
        return switch (level) {
            case HARD -> HardMediumSoftScore.ofHard(weight);
            case MEDIUM -> HardMediumSoftScore.ofMedium(weight);
            case SOFT -> HardMediumSoftScore.ofSoft(weight);
        };
    }

    /** @return the constraint's default weight as a score on its level */
    public static HardMediumSoftScore defaultScore(ConstraintDefinition definition) {
        return score(definition.level(), definition.defaultWeight());
    }

    /**
     * @param weights the programme's weights by constraint id
     * @param definitions the constraints of one planning problem
     * @return the overrides of those constraints the programme weighs, each on its own level
     */
    public static ConstraintWeightOverrides<HardMediumSoftScore> overrides(Map<String, Long> weights,
            List<ConstraintDefinition> definitions) {
        Map<String, HardMediumSoftScore> overrides = new LinkedHashMap<>();
        for (ConstraintDefinition definition : definitions) {
            Long weight = weights.get(definition.id());
            if (weight != null) {
                overrides.put(definition.id(), score(definition.level(), weight));
            }
        }
        return ConstraintWeightOverrides.of(overrides);
    }

    /** @return the part of a score on the level */
    public static long part(HardMediumSoftScore score, ConstraintLevel level) {
        return switch (level) {
            case HARD -> score.hardScore();
            case MEDIUM -> score.mediumScore();
            case SOFT -> score.softScore();
        };
    }
}
