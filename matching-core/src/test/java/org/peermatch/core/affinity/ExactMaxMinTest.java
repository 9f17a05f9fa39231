package org.peermatch.core.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The max–min search proves the lexicographic optimum where minimum loads bind (demand 3, loads 1–3, total demand
 * equal to total min load, so every resource takes exactly one participant): on ten seeded 6 × 18 instances its
 * worst participant total and its total equal those of {@link ExactCoverReference}, an exact cover search sharing
 * no code with the engine; on ten seeded 20 × 60 instances every result says "proven", is certified and equals
 * {@link CpSatMaxMinReference}, a CP-SAT model sharing no code with the engine either.
 */
class ExactMaxMinTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void maxMinIsTheReferenceLexicographicOptimumWhenMinLoadsBind(long seed) {
        AffinityProblem problem = RandomInstances.bindingMinLoads(seed, 6, 18, 3, 1, 3);
        ExactCoverReference.Optimum reference = new ExactCoverReference(problem).solve();

        AffinityResult result = AffinityAssigner.solve(problem,
                new AffinityOptions(null, 20_000_000L, seed, Fairness.MAXMIN));

        assertThat(reference.found()).isTrue();
        assertThat(AffinityCertifier.violations(problem, result.pairs())).isEmpty();
        assertThat(Math.round(result.worstParticipantTotal() * 1e6)).isEqualTo(reference.worst());
        assertThat(Math.round(result.totalScore() * 1e6)).isEqualTo(reference.total());
        assertThat(result.proven()).isTrue();
    }

    /**
     * On ten seeded 20 × 60 instances the search proves the lexicographic optimum within 20,000,000 moves (the
     * proof's branch and bound takes 0–50 nodes; 5,000,000 moves at the most were used when measured): the result
     * says "proven", is certified, has the worst participant total and the total of {@link CpSatMaxMinReference}
     * (CP-SAT, sharing no code with the engine), and its bounds equal its values.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void maxMinIsProvenOnTwentyBySixty(long seed) {
        AffinityProblem problem = RandomInstances.bindingMinLoads(seed, 20, 60, 3, 1, 3);
        CpSatMaxMinReference.Optimum reference = new CpSatMaxMinReference(problem).solve();

        AffinityResult result = AffinityAssigner.solve(problem,
                new AffinityOptions(null, 20_000_000L, seed, Fairness.MAXMIN));

        assertThat(result.complete()).isTrue();
        assertThat(AffinityCertifier.violations(problem, result.pairs())).isEmpty();
        assertThat(result.proven()).isTrue();
        assertThat(Math.round(result.worstParticipantTotal() * 1e6)).isEqualTo(reference.worst());
        assertThat(Math.round(result.totalScore() * 1e6)).isEqualTo(reference.total());
        assertThat(result.statistics().worstUpperBound()).isCloseTo(result.worstParticipantTotal(), within(1e-6));
        assertThat(result.statistics().totalUpperBound()).isCloseTo(result.totalScore(), within(1e-6));
    }
}
