package org.peermatch.core.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransversalDesignTest {

    @Test
    void primePowersAreRecognised() {
        assertThat(TransversalDesign.primeOf(8)).isEqualTo(2);
        assertThat(TransversalDesign.primeOf(9)).isEqualTo(3);
        assertThat(TransversalDesign.primeOf(7)).isEqualTo(7);
        assertThat(TransversalDesign.primeOf(6)).isZero();
        assertThat(TransversalDesign.primeOf(1)).isZero();
        assertThat(TransversalDesign.rounds(8, 4)).isEqualTo(9);
        assertThat(TransversalDesign.rounds(7, 4)).isEqualTo(7);
        assertThat(TransversalDesign.rounds(6, 3)).isZero();
        assertThat(TransversalDesign.rounds(3, 4)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"2", "3", "4", "5", "7", "8", "9", "16", "25", "27"})
    void multiplicationTablesAreFields(int q) {
        int[][] times = TransversalDesign.multiplicationTable(q);
        for (int a = 0; a < q; a++) {
            assertThat(times[a][0]).isZero();
            assertThat(times[a][1]).isEqualTo(a);
            for (int b = 0; b < q; b++) {
                assertThat(times[a][b]).isEqualTo(times[b][a]);
                for (int c = 0; c < q; c += Math.max(1, q / 5)) {
                    assertThat(times[times[a][b]][c]).isEqualTo(times[a][times[b][c]]);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"8, 4", "2, 2", "3, 3", "4, 2", "5, 3", "7, 4", "9, 3", "8, 8", "16, 4", "27, 3"})
    void everyRoundIsAPartitionAndNoPairMeetsTwice(int groups, int size) {
        int[][] plan = TransversalDesign.build(groups, size);
        int n = groups * size;
        assertThat(plan).hasNumberOfRows(TransversalDesign.rounds(groups, size));
        Set<Long> met = new HashSet<>();
        for (int[] round : plan) {
            assertThat(round).hasSize(n);
            assertThat(Set.copyOf(java.util.Arrays.stream(round).boxed().toList())).hasSize(n);
            for (int g = 0; g < groups; g++) {
                for (int i = 0; i < size; i++) {
                    for (int j = i + 1; j < size; j++) {
                        int a = round[g * size + i];
                        int b = round[g * size + j];
                        assertThat(met.add((long) Math.min(a, b) * n + Math.max(a, b)))
                                .as("pair (%d, %d) meets twice", a, b).isTrue();
                    }
                }
            }
        }
    }
}
