package org.peermatch.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.peermatch.benchmarks.run.AccompanimentBench;
import org.peermatch.core.accompaniment.AccompanimentCertifier;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairScoring;

class MipCoverageTest {

    /** Tiny models are solved in milliseconds; the limit only guards against a hang. */
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void mipOptimumEqualsCpSatAndBruteForceAndTheLpLiesBetweenItAndTheFlowBound() {
        for (long seed = 1; seed <= 10; seed++) {
            Programme programme = ExactCoverageTest.tinyProgramme(seed);
            PairScoring scoring = new PairScoring(programme);
            CoverageModel data = CoverageModel.of(programme, scoring);
            List<Assignment> greedy = GreedyAccompaniment.plan(programme, scoring);

            ExactCoverage.Result mip = MipCoverage.of(data).solve(MipCoverage.SCIP, LIMIT,
                    seed % 2 == 0 ? greedy : List.of());
            ExactCoverage.Result cpSat = ExactCoverage.of(data).solve(LIMIT, 1, List.of());

            String context = "seed " + seed + ", " + programme.decisions();
            assertThat(mip.status()).as(context).isEqualTo(ExactCoverage.Status.OPTIMAL);
            assertThat(mip.value()).as(context).isEqualTo(cpSat.value())
                    .isEqualTo(ExactCoverageTest.bruteForce(programme, scoring));
            assertThat(mip.bound()).as(context).isEqualTo(mip.value());
            assertThat(AccompanimentBench.coveredWeight(mip.plan())).as(context).isEqualTo(mip.value());
            assertThat(new AccompanimentCertifier(programme, scoring).violations(mip.plan())).as(context).isEmpty();

            double flow = CoverageRelaxation.of(programme, scoring).bound();
            for (boolean strengthen : new boolean[] {false, true}) {
                MipCoverage.Bound lp = MipCoverage.of(data).lpBound(MipCoverage.GLOP, LIMIT, strengthen);
                assertThat(lp.optimal()).as(context).isTrue();
                assertThat(lp.value()).as(context + ", strengthened " + strengthen)
                        .isGreaterThanOrEqualTo(mip.value() - 1e-6)
                        .isLessThanOrEqualTo(flow + 1e-6);
            }
        }
    }

    @Test
    void theLpKeepsTheLimitOfResourcePersonsPerParticipantThatTheFlowBoundDrops() {
        // p1 needs a and b (priority 1, 2 h each); r1 covers a, r2 covers b. With one resource person per
        // participant only one need can be covered (3); the flow bound ignores the limit (6); the LP, with
        // x(n, r) ≤ y(p, r) and y(p, r1) + y(p, r2) ≤ 1, cannot cover more than one need in all either (3).
        Member p1 = ExactCoverageTest.participant("p1", Availability.ALWAYS, new Need("a", 1, 2),
                new Need("b", 1, 2));
        Member r1 = ExactCoverageTest.resource("r1", 10, 5, Availability.ALWAYS, new Competence("a", 5));
        Member r2 = ExactCoverageTest.resource("r2", 10, 5, Availability.ALWAYS, new Competence("b", 5));
        AccompanimentRules one = new AccompanimentRules(3, 1, 2, 12);
        Programme programme = ExactCoverageTest.programme(List.of(p1, r1, r2), one, Decisions.NONE);
        PairScoring scoring = new PairScoring(programme);
        MipCoverage mip = MipCoverage.of(programme, scoring);

        assertThat(CoverageRelaxation.of(programme, scoring).bound()).isEqualTo(6.0);
        assertThat(mip.lpBound(MipCoverage.GLOP, LIMIT).value()).isCloseTo(3.0, offset(1e-9));
        assertThat(mip.solve(MipCoverage.SCIP, LIMIT, List.of()).value()).isEqualTo(3);
    }

    @Test
    void aPinTheRulesForbidMakesTheMipInfeasible() {
        Member p1 = ExactCoverageTest.participant("p1", Availability.ALWAYS, new Need("a", 1, 2));
        Member r1 = ExactCoverageTest.resource("r1", 10, 5, Availability.ALWAYS, new Competence("b", 5));
        Member r2 = ExactCoverageTest.resource("r2", 10, 5, Availability.ALWAYS, new Competence("a", 5));
        Decisions decisions = new Decisions(List.of(new PinnedPair("p1", "r1", null)), List.of());
        Programme programme = ExactCoverageTest.programme(List.of(p1, r1, r2), AccompanimentRules.DEFAULT,
                decisions);

        ExactCoverage.Result result = MipCoverage.of(programme, new PairScoring(programme))
                .solve(MipCoverage.SCIP, LIMIT, List.of());

        assertThat(result.status()).isEqualTo(ExactCoverage.Status.INFEASIBLE);
    }

    @Test
    void anUnknownSolverIsNamed() {
        Programme programme = ExactCoverageTest.tinyProgramme(2);
        MipCoverage mip = MipCoverage.of(programme, new PairScoring(programme));

        assertThatThrownBy(() -> mip.solve("NO_SUCH_SOLVER", LIMIT, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO_SUCH_SOLVER")
                .hasMessageContaining("\nMaybe use SCIP");
    }
}
