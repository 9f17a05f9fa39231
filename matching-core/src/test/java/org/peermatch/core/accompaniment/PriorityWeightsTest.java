package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.testing.Programmes;

/** The need-uncovered weights: lexicographic by default, the programme's own when it gives them. */
class PriorityWeightsTest {

    private static Programme programme(Need... needs) {
        return Programmes.of(List.of(Programmes.participant("p1", "A", "music", needs),
                Programmes.participant("p2", "B", "music", new Need("legal", 3, 2), new Need("pitch", 2, 2))));
    }

    @Test
    void eachPriorityIsWorthOneMoreThanEveryLowerNeedTogether() {
        // Needs: priority 3 twice, priority 2 twice, priority 1 once.
        Programme programme = programme(new Need("budget", 1, 6), new Need("touring", 2, 4), new Need("web", 3, 2));

        long[] weights = PriorityWeights.of(programme);

        assertThat(weights[3]).isEqualTo(1);
        assertThat(weights[2]).isEqualTo(2 * 1 + 1);
        assertThat(weights[1]).isEqualTo(2 * 3 + 2 * 1 + 1);
        // One essential need outweighs every lower-priority need of the programme together.
        assertThat(weights[1]).isGreaterThan(2 * weights[2] + 2 * weights[3]);
    }

    @Test
    void theProgrammesOwnWeightsWin() {
        Programme programme = programme(new Need("budget", 1, 6));
        Programme weighted = new Programme(programme.name(), programme.start(), programme.end(),
                programme.timeZone(), programme.halfDays(),
                programme.accompaniment().withPriorityWeights(List.of(3, 2, 1)), programme.members(),
                programme.history(), programme.decisions(), programme.weights(), programme.solver());

        assertThat(PriorityWeights.of(weighted)).containsExactly(0, 3, 2, 1);
    }
}
