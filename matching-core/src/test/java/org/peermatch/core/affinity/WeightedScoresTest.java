package org.peermatch.core.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.assertj.core.groups.Tuple;

import org.junit.jupiter.api.Test;

class WeightedScoresTest {

    @Test
    void aPairMissingInOneSourceCountsZeroThereAndAPairMissingEverywhereStaysForbidden() {
        List<ScoredPair> affinity = List.of(new ScoredPair("p1", "r1", 0.8), new ScoredPair("p1", "r2", 0.4));
        List<ScoredPair> bids = List.of(new ScoredPair("p1", "r2", 1.0), new ScoredPair("p2", "r1", 0.6));

        List<ScoredPair> combined = WeightedScores.combine(List.of(affinity, bids), List.of(1.0, 0.5));

        assertThat(combined).extracting(ScoredPair::participant, ScoredPair::resource)
                .containsExactly(Tuple.tuple("p1", "r1"),
                        Tuple.tuple("p1", "r2"),
                        Tuple.tuple("p2", "r1"));
        assertThat(combined.get(0).score()).isCloseTo(0.8, within(1e-12));
        assertThat(combined.get(1).score()).isCloseTo(0.4 + 0.5, within(1e-12));
        assertThat(combined.get(2).score()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void oneWeightPerSource() {
        assertThatThrownBy(() -> WeightedScores.combine(List.of(List.of()), List.of(1.0, 2.0)))
                .hasMessageContaining("1 score sources but 2 weights").hasMessageContaining("\nMaybe");
        assertThatThrownBy(() -> WeightedScores.combine(List.of(List.of()), List.of(Double.NaN)))
                .hasMessageContaining("not a finite number").hasMessageContaining("\nMaybe");
    }
}
