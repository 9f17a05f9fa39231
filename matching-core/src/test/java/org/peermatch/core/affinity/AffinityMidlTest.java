package org.peermatch.core.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public MIDL 2018 benchmark: 118 papers × 177 reviewers, 3 reviewers per paper, at most 4 papers each. */
class AffinityMidlTest {

    private static AffinityProblem problem;

    @BeforeAll
    static void load() throws AffinityInputException {
        Path folder = Midl18.folder();
        Assumptions.assumeTrue(folder != null, "shared/datasets/midl18 is not next to the repository");
        problem = Midl18.load(folder);
    }

    @Test
    void totalReachesTheProvenOptimum() {
        AffinityResult result = AffinityAssigner.solve(problem, AffinityOptions.DEFAULT);

        assertThat(AffinityCertifier.violations(problem, result.pairs())).isEmpty();
        assertThat(result.totalScore()).isCloseTo(201.885, within(0.001));
        assertThat(result.statistics().optimal()).isTrue();
        assertThat(result.complete()).isTrue();
    }

    @Test
    void maxMinReachesTheProvenLexicographicOptimum() {
        // bounded by moves, not time: the same result on any machine
        AffinityOptions options = new AffinityOptions(null, 5_000_000L, 0L, Fairness.MAXMIN);
        AffinityResult result = AffinityAssigner.solve(problem, options);

        assertThat(AffinityCertifier.violations(problem, result.pairs())).isEmpty();
        assertThat(result.worstParticipantTotal()).isGreaterThanOrEqualTo(0.9448);
        assertThat(result.totalScore()).isGreaterThanOrEqualTo(201.76);
        assertThat(result.statistics().worstUpperBound()).isCloseTo(0.944839, within(1e-9));
        assertThat(result.statistics().reproducible()).isTrue();
    }
}
