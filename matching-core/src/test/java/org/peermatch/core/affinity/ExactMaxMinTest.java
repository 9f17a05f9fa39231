package org.peermatch.core.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The max–min search proves the lexicographic optimum where minimum loads bind (demand 3, loads 1–3, total demand
 * equal to total min load, so every resource takes exactly one participant): on ten seeded 6 × 18 instances its
 * worst participant total and its total equal those of {@link ExactCoverReference}, an exact cover search sharing
 * no code with the engine; on ten seeded 20 × 60 instances every result is certified and at least 7 say "proven"
 * within a move limit.
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
     * Today 7 of the 10 instances are proven within 60,000,000 moves, 8 within 200,000,000 (seeds 2 and 8 are
     * not: the floor proof's branch and bound needs more nodes there); every result is complete and certified,
     * and a proven one has its bounds equal to its values.
     */
    @Test
    void maxMinIsProvenOnMostTwentyBySixty() {
        long proven = 0;
        for (long seed : seeds().toArray()) {
            AffinityProblem problem = RandomInstances.bindingMinLoads(seed, 20, 60, 3, 1, 3);

            AffinityResult result = AffinityAssigner.solve(problem,
                    new AffinityOptions(null, 60_000_000L, seed, Fairness.MAXMIN));

            assertThat(result.complete()).isTrue();
            assertThat(AffinityCertifier.violations(problem, result.pairs())).isEmpty();
            if (result.proven()) {
                proven++;
                assertThat(result.statistics().worstUpperBound()).isCloseTo(result.worstParticipantTotal(),
                        within(1e-6));
                assertThat(result.statistics().totalUpperBound()).isCloseTo(result.totalScore(), within(1e-6));
            }
        }
        assertThat(proven).isGreaterThanOrEqualTo(7);
    }
}
