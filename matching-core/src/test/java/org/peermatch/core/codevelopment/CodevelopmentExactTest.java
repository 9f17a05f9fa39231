package org.peermatch.core.codevelopment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.DecayingNovelty;

/**
 * Exactness on tiny instances: the best score over every partition of at most 9 participants into the allowed
 * number of groups (brute force, {@link IndependentGroupRules}) equals the score of the solver's proposal.
 */
class CodevelopmentExactTest {

    static Stream<Arguments> instances() {
        return IntStream.rangeClosed(1, 12).mapToObj(i -> {
            int participants = 5 + i % 5;
            int minSize = 2 + i % 2;
            int maxSize = minSize + 1 + i % 3;
            int clients = i % 4 == 0 ? 2 : 1;
            int groups = i % 5 == 0 ? 2 : 0;
            return Arguments.of(500L + i, participants, minSize, maxSize, clients, groups);
        });
    }

    @ParameterizedTest(name = "seed {0}: {1} participants, sizes {2}-{3}, {4} client(s) a session, groups {5}")
    @MethodSource("instances")
    void solverFindsTheBruteForceOptimum(long seed, int participants, int minSize, int maxSize, int clients,
            int groups) {
        CodevelopmentRules rules = new CodevelopmentRules(minSize, maxSize, clients, groups);
        Programme programme = CodevelopmentFixture.generate(seed, participants, rules, 20_000L);
        IndependentGroupRules rulesCheck = new IndependentGroupRules(programme, DecayingNovelty.of(programme));
        HardMediumSoftScore optimum = rulesCheck.bruteForceOptimum(
                CodevelopmentProblem.slotCount(participants, rules));

        CodevelopmentProposal proposal = CodevelopmentFixture.solve(programme, EnvironmentMode.PHASE_ASSERT)
                .proposal();

        assertThat(proposal.score()).isEqualTo(optimum.toString());
        assertThat(rulesCheck.score(proposal.groups().stream().map(CodevelopmentGroup::members).toList()))
                .isEqualTo(optimum);
    }
}
