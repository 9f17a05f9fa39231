package org.peermatch.core.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The doubled design: 8-4-10 (the Social Golfer Problem's proven maximum) and 32-4-42, certified by
 * {@link RotatingGroupsCertifier} from the construction alone and through the engine. Bounded by moves only.
 */
class DoubledDesignTest {

    /** The raw plan as the engine's rounds, person p named p + 1 like {@link RotatingGroupsProblem#numbered}. */
    private static List<GroupRound> asRounds(int[][] plan) {
        List<GroupRound> rounds = new ArrayList<>();
        for (int r = 0; r < plan.length; r++) {
            List<Group> groups = new ArrayList<>();
            for (int g = 0; g * 4 < plan[r].length; g++) {
                List<String> people = new ArrayList<>();
                for (int s = g * 4; s < g * 4 + 4; s++) {
                    people.add(Integer.toString(plan[r][s] + 1));
                }
                groups.add(new Group(g + 1, people));
            }
            rounds.add(new GroupRound(r + 1, groups));
        }
        return rounds;
    }

    @ParameterizedTest
    @CsvSource({"32, 10", "128, 42"})
    void theConstructionAloneIsPerfectAtTheMaximumNumberOfRounds(int people, int rounds) {
        assertThat(DoubledDesign.rounds(people, 4)).isEqualTo(rounds);
        // (N - 1) / 3 rounded down: every person meets 3 new people a round
        assertThat(rounds).isEqualTo((people - 1) / 3);
        for (long seed = 1; seed <= 5; seed++) {
            int[][] plan = DoubledDesign.build(people, 4, seed);
            assertThat(plan).isNotNull().hasNumberOfRows(rounds);
            GroupsCertificate certificate = RotatingGroupsCertifier.certify(
                    RotatingGroupsProblem.numbered(people, 4, rounds), asRounds(plan));
            assertThat(certificate.violations()).isEmpty();
            assertThat(certificate.repeatedPairs()).isZero();
            assertThat(certificate.maxMeetings()).isEqualTo(1);
        }
    }

    /** Each person meets everyone but the other copy of its point: 2x and 2x + 1 are the pairs left unmet. */
    @Test
    void theOnlyPairsLeftUnmetAreTheTwoCopiesOfAPoint() {
        int[][] plan = DoubledDesign.build(32, 4, 1);
        boolean[][] met = new boolean[32][32];
        for (int[] round : plan) {
            for (int g = 0; g < 32; g += 4) {
                for (int a = g; a < g + 4; a++) {
                    for (int b = g; b < g + 4; b++) {
                        met[round[a]][round[b]] = a != b;
                    }
                }
            }
        }
        for (int p = 0; p < 32; p++) {
            for (int q = 0; q < 32; q++) {
                assertThat(met[p][q]).as("%d and %d", p, q).isEqualTo(p != q && p / 2 != q / 2);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        assertThat(DoubledDesign.build(32, 4, 7)).isDeepEqualTo(DoubledDesign.build(32, 4, 7));
    }

    @Test
    void otherShapesHaveNoDoubledDesign() {
        // 8 people: a second round of 4 always repeats a pair; 64 people: 2^5 - 1 = 31 is not a multiple of 3
        assertThat(DoubledDesign.rounds(8, 4)).isZero();
        assertThat(DoubledDesign.rounds(64, 4)).isZero();
        assertThat(DoubledDesign.rounds(32, 3)).isZero();
        assertThat(DoubledDesign.rounds(48, 4)).isZero();
        assertThat(DoubledDesign.rounds(512, 4)).isZero();
        assertThat(DoubledDesign.build(64, 4, 1)).isNull();
        assertThat(DoubledDesign.build(8, 4, 1)).isNull();
    }

    /** Issue 17: {@code groups --people 32 --size 4 --rounds 10} without any repeat for seeds 0, 1 and 2. */
    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2})
    void socialGolfer_8_4_10_isPerfectForEverySeed(long seed) {
        RotatingGroupsResult result = CyclicDesignTest.solveAndCertify(8, 4, 10, seed);
        assertThat(result.statistics().designStart()).isTrue();
        assertThat(result.statistics().moves()).isZero();
        assertThat(result.statistics().termination()).isEqualTo(Termination.PERFECT);
    }

    @Test
    void differentSeedsRelabelThePeople() {
        assertThat(CyclicDesignTest.solveAndCertify(8, 4, 10, 1).rounds())
                .isNotEqualTo(CyclicDesignTest.solveAndCertify(8, 4, 10, 0).rounds());
    }

    /**
     * 128 people: the transversal design of GF(32) gives 33 rounds; 36 and 42 (the maximum) come from the doubled
     * design, 36 as a subset of its rounds.
     */
    @ParameterizedTest
    @ValueSource(ints = {36, 42})
    void beyondTheTransversalDesignTheDoubledOneIsUsed(int rounds) {
        assertThat(TransversalDesign.rounds(32, 4)).isEqualTo(33);
        RotatingGroupsResult result = CyclicDesignTest.solveAndCertify(32, 4, rounds, 3);
        assertThat(result.statistics().designStart()).isTrue();
        assertThat(result.statistics().moves()).isZero();
    }
}
