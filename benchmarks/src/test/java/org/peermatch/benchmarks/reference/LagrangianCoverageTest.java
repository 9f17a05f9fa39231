package org.peermatch.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.peermatch.benchmarks.datasets.ProgrammeGenerator;
import org.peermatch.benchmarks.datasets.Size;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairScoring;

/**
 * The Lagrangian bound ({@link LagrangianCoverage}) is never below the optimum (brute force on tiny programmes);
 * {@code measure} prints it at S, M and L seed 1 beside the flow bound (run with {@code -Dpeermatch.lagrangian=true};
 * the target is the best known plan: S and M's optima, L's best plan in the full profile).
 */
class LagrangianCoverageTest {

    @Test
    void theBoundIsNeverBelowTheOptimum() {
        for (long seed = 1; seed <= 10; seed++) {
            Programme programme = ExactCoverageTest.tinyProgramme(seed);
            PairScoring scoring = new PairScoring(programme);
            CoverageModel data = CoverageModel.of(programme, scoring);
            long optimum = ExactCoverageTest.bruteForce(programme, scoring);

            LagrangianCoverage.Bound bound = new LagrangianCoverage(data).bound(200, optimum, 1.0);

            assertThat(bound.value()).as("seed " + seed).isGreaterThanOrEqualTo(optimum - 1e-6);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "peermatch.lagrangian", matches = "true")
    void measure() {
        for (Size size : List.of(Size.S, Size.M, Size.L)) {
            Programme programme = ProgrammeGenerator.generate(size, 1);
            PairScoring scoring = new PairScoring(programme);
            CoverageModel data = CoverageModel.of(programme, scoring);
            double target = size == Size.S ? 92 : size == Size.M ? 1140 : 11184;
            long start = System.nanoTime();
            LagrangianCoverage.Bound bound = new LagrangianCoverage(data).bound(
                    Integer.getInteger("peermatch.steps", 300), target,
                    Double.parseDouble(System.getProperty("peermatch.theta", "0.25")));
            System.out.printf("%s seed 1: flow bound %.1f, Lagrangian bound %.1f after %d steps, %.1f s%n", size,
                    data.flowBound(), bound.value(), bound.steps(), (System.nanoTime() - start) / 1e9);
        }
    }
}
