package org.peermatch.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peermatch.benchmarks.datasets.ProgrammeGenerator;
import org.peermatch.benchmarks.datasets.Size;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairScoring;

class ProvenOptimaTest {

    @Test
    void everyStatedOptimumStillNamesTheInstanceTheGeneratorGivesAndLiesUnderItsFlowBound() {
        for (ProvenOptima.Optimum optimum : ProvenOptima.all()) {
            Size size = Size.valueOf(optimum.dataset().substring("accompaniment-".length()));
            Programme programme = ProgrammeGenerator.generate(size, optimum.seed());
            CoverageModel model = CoverageModel.of(programme, new PairScoring(programme));

            assertThat(ProvenOptima.of(optimum.dataset(), optimum.seed(), model))
                    .as("%s seed %d: %d needs, %d pairs", optimum.dataset(), optimum.seed(), model.needCount(),
                            model.arcCount())
                    .contains(optimum);
            assertThat((double) optimum.value()).isLessThanOrEqualTo(model.flowBound());
            assertThat(optimum.how()).contains("proven by");
        }
    }

    @Test
    void anotherInstanceOfTheSameNameAndSeedHasNone() {
        assertThat(ProvenOptima.of("accompaniment-M", 1, 635, 8_423)).isEmpty();
        assertThat(ProvenOptima.of("accompaniment-M", 1, 634, 8_422)).isEmpty();
        assertThat(ProvenOptima.of("accompaniment-M", 3, 635, 8_422)).isEmpty();
        assertThat(ProvenOptima.of("accompaniment-L", 1, 635, 8_422)).isEmpty();
    }
}
