package org.peermatch.core.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cyclic construction, checked by a plain recount here (every round a partition into groups of S, no pair twice)
 * and through {@link RotatingGroupsCertifier} on the engine's result. Bounded by moves only: no wall clock.
 */
class CyclicDesignTest {

    /** Solves g-s-w numbered with 10,000 moves and the seed; asserts the certified plan has no repeat. */
    static RotatingGroupsResult solveAndCertify(int groups, int size, int rounds, long seed) {
        RotatingGroupsProblem problem = RotatingGroupsProblem.numbered(groups * size, size, rounds);
        RotatingGroupsResult result = RotatingGroups.solve(problem, RotatingGroupsOptions.ofMoveLimit(10_000)
                .withSeed(seed));
        GroupsCertificate certificate = RotatingGroupsCertifier.certify(problem, result);
        assertThat(certificate.violations()).isEmpty();
        assertThat(certificate.perfect()).isTrue();
        assertThat(certificate.repeatedPairs()).isZero();
        assertThat(certificate.maxMeetings()).isEqualTo(1);
        return result;
    }

    /** 7-4-9: a resolvable (28, 4, 1) design, every pair exactly once; issue 17 asks seeds 0, 1 and 2. */
    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2})
    void socialGolfer_7_4_9_isAResolvableDesignForEverySeed(long seed) {
        RotatingGroupsResult result = solveAndCertify(7, 4, 9, seed);
        assertThat(result.statistics().designStart()).isTrue();
        assertThat(result.statistics().moves()).isZero();
        assertThat(result.statistics().termination()).isEqualTo(Termination.PERFECT);
        // 28 people, 9 rounds of 7 groups of 4: 9 * 7 * 6 = 378 = 28 * 27 / 2 pairs, so every pair meets once
        long pairs = result.rounds().stream().flatMap(round -> round.groups().stream())
                .mapToLong(group -> group.people().size() * (group.people().size() - 1L) / 2).sum();
        assertThat(pairs).isEqualTo(28L * 27 / 2);
    }

    @ParameterizedTest
    @CsvSource({"5, 3, 7", "6, 3, 8", "6, 4, 7", "3, 3, 4", "7, 3, 10"})
    void otherMaximalInstancesArePerfectFromTheConstruction(int groups, int size, int rounds) {
        RotatingGroupsResult result = solveAndCertify(groups, size, rounds, 0);
        assertThat(result.statistics().designStart()).isTrue();
    }

    @Test
    void differentSeedsGiveDifferentButEquallyValidSchedules() {
        RotatingGroupsResult first = solveAndCertify(7, 4, 9, 0);
        RotatingGroupsResult second = solveAndCertify(7, 4, 9, 1);
        assertThat(second.rounds()).isNotEqualTo(first.rounds());
    }

    @Test
    void theSameSeedGivesTheSameSchedule() {
        int[][] first = CyclicDesign.find(28, 4, 9, 7, 20_000_000L, Long.MAX_VALUE);
        int[][] second = CyclicDesign.find(28, 4, 9, 7, 20_000_000L, Long.MAX_VALUE);
        assertThat(first).isNotNull();
        assertThat(second).isDeepEqualTo(first);
    }

    /** The raw construction, recounted without the engine: partitions into groups of S and no pair twice. */
    @ParameterizedTest
    @CsvSource({"28, 4, 9", "15, 3, 7", "18, 3, 8", "24, 4, 7"})
    void theConstructionAloneIsASetOfPartitionsWithoutRepeat(int people, int size, int rounds) {
        int[][] plan = CyclicDesign.find(people, size, rounds, 3, 20_000_000L, Long.MAX_VALUE);
        assertThat(plan).isNotNull().hasNumberOfRows(rounds);
        int[][] meetings = new int[people][people];
        for (int[] round : plan) {
            assertThat(round.clone()).hasSize(people);
            int[] sorted = round.clone();
            Arrays.sort(sorted);
            for (int p = 0; p < people; p++) {
                assertThat(sorted[p]).isEqualTo(p);
            }
            for (int from = 0; from < people; from += size) {
                for (int i = from; i < from + size; i++) {
                    for (int j = from; j < i; j++) {
                        meetings[round[i]][round[j]]++;
                        meetings[round[j]][round[i]]++;
                    }
                }
            }
        }
        for (int a = 0; a < people; a++) {
            for (int b = 0; b < people; b++) {
                assertThat(meetings[a][b]).as("meetings of %d and %d", a, b).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void anImpossibleShapeGivesNothingAndTheSearchTakesOver() {
        // 4 people in pairs meet 3 others: a 4th round must repeat
        assertThat(CyclicDesign.find(4, 2, 4, 0, 1_000_000L, Long.MAX_VALUE)).isNull();
        // groups of unequal sizes are not for this construction
        assertThat(CyclicDesign.find(10, 4, 3, 0, 1_000_000L, Long.MAX_VALUE)).isNull();
    }
}
