package org.peermatch.core.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;

/**
 * On seeded small instances (7 applicants, capacity for about 4), the orientation reaches the optimum of its
 * objective, found by enumerating every combination of options (not admitted included).
 */
class OrientationExactTest {

    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void orientationReachesTheBruteForceOptimum(long seed) {
        Programme programme = OrientationFixture.generate(100 + seed, 7, 4);
        OrientationPlan problem = OrientationProblem.build(programme);
        HardMediumSoftScore optimum = bruteForce(problem);

        SolverFactory<OrientationPlan> factory = SolverFactory.create(OrientationProblem.solverConfig(
                new SolverSettings(null, null, 20_000L, seed), EnvironmentMode.PHASE_ASSERT));
        OrientationPlan best = factory.buildSolver().solve(OrientationProblem.build(programme));
        assertThat(best.getScore()).isEqualTo(optimum);
    }

    private static HardMediumSoftScore bruteForce(OrientationPlan plan) {
        List<ApplicantOrientation> orientations = plan.getOrientations();
        int[] choice = new int[orientations.size()];
        HardMediumSoftScore best = null;
        while (true) {
            List<OrientationOption> chosen = new ArrayList<>();
            for (int i = 0; i < choice.length; i++) {
                chosen.add(choice[i] == 0 ? null : orientations.get(i).getOptions().get(choice[i] - 1));
            }
            HardMediumSoftScore score = IndependentOrientationScore.of(plan, chosen);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
            }
            int i = 0;
            while (i < choice.length && ++choice[i] > orientations.get(i).getOptions().size()) {
                choice[i] = 0;
                i++;
            }
            if (i == choice.length) {
                return best;
            }
        }
    }
}
