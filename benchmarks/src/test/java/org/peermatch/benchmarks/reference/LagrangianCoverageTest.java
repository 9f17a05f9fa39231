package org.peermatch.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.peermatch.benchmarks.datasets.ProgrammeGenerator;
import org.peermatch.benchmarks.datasets.Size;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairScoring;

/**
 * The Lagrangian bounds ({@link LagrangianCoverage}) are never below the optimum (brute force on tiny programmes)
 * nor above the flow bound at the flow prices; column generation converges to the dual's optimum, at most every
 * other way's. {@code measure} prints them for generated programmes (run with {@code -Dpeermatch.lagrangian=true};
 * see the benchmarks README for the properties).
 */
class LagrangianCoverageTest {

    @Test
    void everyWayBoundsTheOptimum() {
        for (long seed = 1; seed <= 10; seed++) {
            Programme programme = ExactCoverageTest.tinyProgramme(seed);
            PairScoring scoring = new PairScoring(programme);
            CoverageModel data = CoverageModel.of(programme, scoring);
            long optimum = ExactCoverageTest.bruteForce(programme, scoring);
            LagrangianCoverage lagrangian = LagrangianCoverage.of(data);

            LagrangianCoverage.Bound atFlow = lagrangian.atFlowPrices();
            LagrangianCoverage.Bound subgradient = lagrangian.subgradient(200, optimum, 1.0, false);
            LagrangianCoverage.Bound glop = lagrangian.columnGeneration(Duration.ofSeconds(30), List.of(), "GLOP");
            LagrangianCoverage.Bound pdlp = lagrangian.columnGeneration(Duration.ofSeconds(30),
                    GreedyAccompaniment.plan(programme, scoring), "PDLP");

            String what = "seed " + seed;
            assertThat(atFlow.value()).as(what).isGreaterThanOrEqualTo(optimum - 1e-6)
                    .isLessThanOrEqualTo(data.flowBound() + 1e-6);
            assertThat(subgradient.value()).as(what).isGreaterThanOrEqualTo(optimum - 1e-6);
            assertThat(glop.converged()).as(what).isTrue();
            assertThat(glop.value()).as(what).isGreaterThanOrEqualTo(optimum - 1e-6)
                    .isLessThanOrEqualTo(atFlow.value() + 1e-6).isCloseTo(glop.master(), within(1e-4));
            assertThat(pdlp.value()).as(what).isGreaterThanOrEqualTo(optimum - 1e-6)
                    .isLessThanOrEqualTo(atFlow.value() + 1e-6);
            // the dual's optimum is one number: no other multipliers give less
            assertThat(subgradient.value()).as(what).isGreaterThanOrEqualTo(glop.value() - 1e-4);
        }
    }

    @Test
    void keepingNeedsWholeInsideAResourcePersonsHoursTightensTheFlowAndLpBounds() {
        // r1 offers 5 hours; p1 and p2 each need 3 hours on a (priority 1): one of them only, 3. The flow and the
        // LP split the hours (5/3 of a need, 5); the resource person's own problem keeps needs whole.
        Member p1 = ExactCoverageTest.participant("p1", Availability.ALWAYS, new Need("a", 1, 3));
        Member p2 = ExactCoverageTest.participant("p2", Availability.ALWAYS, new Need("a", 1, 3));
        Member r1 = ExactCoverageTest.resource("r1", 5, 5, Availability.ALWAYS, new Competence("a", 5));
        Programme programme = ExactCoverageTest.programme(List.of(p1, p2, r1), AccompanimentRules.DEFAULT,
                Decisions.NONE);
        PairScoring scoring = new PairScoring(programme);
        CoverageModel data = CoverageModel.of(programme, scoring);
        LagrangianCoverage lagrangian = LagrangianCoverage.of(data);

        assertThat(data.flowBound()).isCloseTo(5.0, within(1e-9));
        assertThat(MipCoverage.of(data).lpBound(MipCoverage.GLOP, Duration.ofSeconds(30)).value())
                .isCloseTo(5.0, within(1e-6));
        assertThat(lagrangian.atFlowPrices().value()).isCloseTo(3.0, within(1e-9));
        assertThat(lagrangian.columnGeneration(Duration.ofSeconds(30), List.of(), "GLOP").value())
                .isCloseTo(3.0, within(1e-6));
    }

    @Test
    @EnabledIfSystemProperty(named = "peermatch.lagrangian", matches = "true")
    void measure() {
        long seed = Long.getLong("peermatch.seed", 1);
        for (Size size : Arrays.stream(System.getProperty("peermatch.sizes", "S,M,L").split(",")).map(Size::valueOf)
                .toList()) {
            Programme programme = ProgrammeGenerator.generate(size, seed);
            PairScoring scoring = new PairScoring(programme);
            CoverageModel data = CoverageModel.of(programme, scoring);
            LagrangianCoverage lagrangian = LagrangianCoverage.of(data);
            String way = System.getProperty("peermatch.way", "cg");
            LagrangianCoverage.Bound bound = switch (way) {
                case "flow" -> lagrangian.atFlowPrices();
                case "subgradient" -> lagrangian.subgradient(Integer.getInteger("peermatch.steps", 300),
                        Double.parseDouble(System.getProperty("peermatch.target")),
                        Double.parseDouble(System.getProperty("peermatch.theta", "0.25")),
                        Boolean.getBoolean("peermatch.fromFlow"));
                default -> {
                    List<Assignment> greedy = GreedyAccompaniment.plan(programme, scoring);
                    yield lagrangian.columnGeneration(Duration.ofSeconds(Long.getLong("peermatch.seconds", 600)),
                            greedy, System.getProperty("peermatch.lp", "GLOP"));
                }
            };
            System.out.printf("%s seed %d: flow bound %.1f, %s%n", size, seed, data.flowBound(), bound.describe());
        }
    }
}
