package org.peermatch.core.affinity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine's total equals JGraphT's exact min-cost flow on medium random problems with min loads and conflicts. */
class AffinityReferenceFlowTest {

    static LongStream seeds() {
        return LongStream.range(100, 120);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void totalEqualsTheReferenceMinCostFlow(long seed) {
        AffinityProblem problem = RandomInstances.small(seed, 60, 70, 3, 0.4);
        AffinityResult result = AffinityAssigner.solve(problem, AffinityOptions.DEFAULT);
        long reference;
        try {
            reference = ReferenceFlow.optimumScaled(problem);
        } catch (IllegalArgumentException e) {
            // the reference finds no feasible flow: the engine must report gaps
            assertThat(result.complete()).isFalse();
            return;
        }
        IndexedProblem ip = new IndexedProblem(problem);
        long total = 0;
        for (ScoredPair pair : result.pairs()) {
            total += Math.round(pair.score() * ip.scale);
        }

        assertThat(AffinityCertifier.violations(problem, result.pairs())).isEmpty();
        assertThat(result.complete()).isTrue();
        assertThat(total).isEqualTo(reference);
    }

    @Test
    void mostMediumProblemsAreComplete() {
        long complete = seeds().filter(seed -> AffinityAssigner.solve(RandomInstances.small(seed, 60, 70, 3, 0.4),
                AffinityOptions.DEFAULT).complete()).count();
        assertThat(complete).isGreaterThanOrEqualTo(seeds().count() / 2);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedLargeShapeAgreesAtSmallSize(long seed) {
        AffinityProblem problem = LargeInstances.generate(seed, 200, 30, 0.8);
        AffinityResult result = AffinityAssigner.solve(problem, AffinityOptions.DEFAULT);
        IndexedProblem ip = new IndexedProblem(problem);

        assertThat(result.complete()).isTrue();
        assertThat(AffinityCertifier.violations(problem, result.pairs())).isEmpty();
        assertThat(Math.round(result.totalScore() * ip.scale)).isEqualTo(ReferenceFlow.optimumScaled(problem));
    }
}
