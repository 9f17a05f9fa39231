package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;

import org.junit.jupiter.api.Test;

class AccompanimentSearchTest {

    @Test
    void theDefaultMixSelectsEveryMoveWithItsWeight() {
        LocalSearchPhaseConfig phase = AccompanimentProblem.accompanimentLocalSearch(AccompanimentSearch.DEFAULT);

        assertThat(phase.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(100);
        assertThat(weights(phase)).containsExactly(1.0, 1.0, 1.0, 3.0, 2.0, 2.0);
    }

    @Test
    void aMoveWeighedZeroIsLeftOut() {
        LocalSearchPhaseConfig phase = AccompanimentProblem.accompanimentLocalSearch(
                new AccompanimentSearch(400, 1.0, 0.0, 1.0, 5.0, 0.0, 1.0));

        assertThat(phase.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(400);
        assertThat(weights(phase)).containsExactly(1.0, 1.0, 5.0, 1.0);
    }

    @Test
    void aSearchThatCannotMoveIsRefusedWithAdvice() {
        assertThatThrownBy(() -> new AccompanimentSearch(100, 0, 0, 0, 0, 0, 0))
                .hasMessageContaining("Every move weight is 0").hasMessageContaining("Maybe");
        assertThatThrownBy(() -> new AccompanimentSearch(0, 1, 1, 1, 3, 2, 2))
                .hasMessageContaining("late acceptance size (0)").hasMessageContaining("Maybe");
        assertThatThrownBy(() -> new AccompanimentSearch(100, -1, 1, 1, 3, 2, 2))
                .hasMessageContaining("(-1.0)");
    }

    private static List<Double> weights(LocalSearchPhaseConfig phase) {
        UnionMoveSelectorConfig union = (UnionMoveSelectorConfig) phase.getMoveSelectorConfig();
        return union.getMoveSelectorList().stream().map(MoveSelectorConfig::getFixedProbabilityWeight).toList();
    }
}
