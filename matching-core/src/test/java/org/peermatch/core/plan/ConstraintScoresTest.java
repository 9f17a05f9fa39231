package org.peermatch.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolutionUpdatePolicy;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.junit.jupiter.api.Test;
import org.peermatch.core.codevelopment.CodevelopmentConstraint;
import org.peermatch.core.codevelopment.CodevelopmentPlan;
import org.peermatch.core.codevelopment.CodevelopmentProblem;
import org.peermatch.core.immersion.ImmersionConstraint;
import org.peermatch.core.immersion.ImmersionPlan;
import org.peermatch.core.immersion.ImmersionProblem;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.scoring.DecayingNovelty;
import org.peermatch.core.solve.ProgrammeModesTest;

/**
 * The one-pass constraint totals ({@link ConstraintScores}) agree with the slow way: re-scoring the plan with every
 * other constraint's weight at zero, on the demo programme's immersion and co-development plans, with a weight
 * overridden so that overrides are seen to count.
 */
class ConstraintScoresTest {

    private static final SolverSettings MOVES = new SolverSettings(null, null, 2_000L, 3);

    @Test
    void immersionTotalsAgreeWithReScoring() throws Exception {
        Programme demo = withWeights(ProgrammeModesTest.demo(), Map.of("travel-distance", 3L));
        ImmersionPlan plan = ImmersionProblem.build(demo, DecayingNovelty.of(demo));
        check(demo, plan, ImmersionProblem.solverConfig(MOVES, EnvironmentMode.PHASE_ASSERT),
                ImmersionConstraint.definitions(), ImmersionPlan::getConstraintWeightOverrides,
                ImmersionPlan::setConstraintWeightOverrides, 4);
    }

    @Test
    void coDevelopmentTotalsAgreeWithReScoring() throws Exception {
        Programme demo = withWeights(ProgrammeModesTest.demo(), Map.of("group-repeated-pair", 2L));
        CodevelopmentPlan plan = CodevelopmentProblem.build(demo, DecayingNovelty.of(demo));
        check(demo, plan, CodevelopmentProblem.solverConfig(MOVES, EnvironmentMode.PHASE_ASSERT),
                CodevelopmentConstraint.definitions(), CodevelopmentPlan::getConstraintWeightOverrides,
                CodevelopmentPlan::setConstraintWeightOverrides, 1);
    }

    private static <S> void check(Programme programme, S problem, SolverConfig config,
            List<ConstraintDefinition> definitions,
            Function<S, ConstraintWeightOverrides<HardMediumSoftScore>> overrides,
            java.util.function.BiConsumer<S, ConstraintWeightOverrides<HardMediumSoftScore>> setOverrides,
            int weighing) {
        SolverFactory<S> factory = SolverFactory.create(config);
        S best = factory.buildSolver().solve(problem);

        ConstraintScores scores = ConstraintScores.of(factory, best, definitions, programme.weights());

        SolutionManager<S, HardMediumSoftScore> manager = SolutionManager.create(factory);
        ConstraintWeightOverrides<HardMediumSoftScore> original = overrides.apply(best);
        HardMediumSoftScore total = manager.update(best, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        assertThat(scores.score()).isEqualTo(total);
        long nonZero = 0;
        for (int i = 0; i < definitions.size(); i++) {
            ConstraintDefinition definition = definitions.get(i);
            long weight = programme.weights().getOrDefault(definition.id(), definition.defaultWeight());
            Map<String, HardMediumSoftScore> only = new LinkedHashMap<>();
            for (ConstraintDefinition other : definitions) {
                only.put(other.id(), ConstraintWeights.score(other.level(), other == definition ? weight : 0));
            }
            setOverrides.accept(best, ConstraintWeightOverrides.of(only));
            HardMediumSoftScore alone = manager.update(best, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
            ConstraintScore score = scores.constraints().get(i);
            assertThat(score.id()).isEqualTo(definition.id());
            assertThat(score.weight()).isEqualTo(weight);
            assertThat(score.score()).as(definition.id()).isEqualTo(ConstraintWeights.part(alone, definition.level()));
            nonZero += score.score() == 0 ? 0 : 1;
        }
        setOverrides.accept(best, original);
        assertThat(nonZero).as("constraints that weigh on the demo's plan").isGreaterThanOrEqualTo(weighing);
    }

    private static Programme withWeights(Programme programme, Map<String, Long> weights) {
        return new Programme(programme.name(), programme.start(), programme.end(), programme.timeZone(),
                programme.halfDays(), programme.accompaniment(), programme.immersion(), programme.codevelopment(),
                programme.workshop(), programme.calendar(), programme.closed(), programme.rooms(),
                programme.members(), programme.history(), programme.decisions(), weights, programme.solver(),
                programme.changes());
    }
}
