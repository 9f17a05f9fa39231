package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolutionUpdatePolicy;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.ConstraintScores;
import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.testing.Programmes;

/**
 * The one-pass constraint totals ({@link ConstraintScores}) of the accompaniment plan against the plain way: re-scoring the plan once per
 * constraint with every other weight set to zero, through the public {@link SolutionManager}.
 */
class AccompanimentScoresTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 11, 12, 13, 14, 15, 16 })
    void constraintTotalsEqualTheRescoringOneConstraintAtATime(long seed) {
        Map<String, Long> weights = new LinkedHashMap<>();
        // Some programmes override weights, one of them to zero (the constraint is then switched off).
        if (seed % 2 == 0) {
            weights.put(AccompanimentConstraint.SAME_SECTOR.id(), 7L);
            weights.put(AccompanimentConstraint.SEVERAL_RESOURCE_PERSONS.id(), 0L);
            weights.put(AccompanimentConstraint.NEED_UNCOVERED.id(), 3L);
        }
        Programme generated = Programmes.generateVaried(seed, 12, 5, 6);
        Programme programme = new Programme(generated.name(), generated.start(), generated.end(),
                generated.timeZone(), generated.halfDays(), generated.accompaniment(), generated.immersion(),
                generated.codevelopment(), generated.members(), generated.history(), generated.decisions(), weights,
                new SolverSettings(null, null, 400L, seed));
        SolverFactory<AccompanimentPlan> factory = SolverFactory.create(
                AccompanimentProblem.solverConfig(programme.solver(), EnvironmentMode.PHASE_ASSERT));
        AccompanimentPlan plan = factory.buildSolver().solve(
                AccompanimentProblem.build(programme, new PairScoring(programme)));

        ConstraintScores scores = ConstraintScores.of(factory, plan, AccompanimentConstraint.definitions(),
                programme.weights());

        assertThat(scores.score()).isEqualTo(plan.getScore());
        assertThat(scores.constraints()).isEqualTo(rescored(programme, factory, plan));
        assertThat(scores.constraints()).anySatisfy(c -> assertThat(c.score()).isNotZero());
    }

    /** Each constraint's contribution by re-scoring with every other constraint's weight set to zero. */
    private static List<ConstraintScore> rescored(Programme programme, SolverFactory<AccompanimentPlan> factory,
            AccompanimentPlan plan) {
        SolutionManager<AccompanimentPlan, HardMediumSoftScore> manager = SolutionManager.create(factory);
        ConstraintWeightOverrides<HardMediumSoftScore> original = plan.getConstraintWeightOverrides();
        HardMediumSoftScore originalScore = plan.getScore();
        List<ConstraintScore> scores = new ArrayList<>();
        try {
            for (AccompanimentConstraint constraint : AccompanimentConstraint.values()) {
                long weight = programme.weights().getOrDefault(constraint.id(),
                        constraint.definition().defaultWeight());
                Map<String, HardMediumSoftScore> only = new LinkedHashMap<>();
                for (AccompanimentConstraint other : AccompanimentConstraint.values()) {
                    only.put(other.id(), ConstraintWeights.score(other.level(), other == constraint ? weight : 0));
                }
                plan.setConstraintWeightOverrides(ConstraintWeightOverrides.of(only));
                HardMediumSoftScore alone = manager.update(plan, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
                long value = switch (constraint.level()) {
                    case HARD -> alone.hardScore();
                    case MEDIUM -> alone.mediumScore();
                    case SOFT -> alone.softScore();
                };
                scores.add(new ConstraintScore(constraint.id(), constraint.level(), weight, value));
            }
        } finally {
            plan.setConstraintWeightOverrides(original);
            plan.setScore(originalScore);
        }
        return scores;
    }
}
