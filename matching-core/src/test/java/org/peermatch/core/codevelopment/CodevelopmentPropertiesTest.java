package org.peermatch.core.codevelopment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.scoring.DecayingNovelty;

/**
 * Seeded properties: generated programmes of varied sizes and rules are solved briefly (a move-count limit) and the
 * proposal is checked against {@link IndependentGroupRules} and {@link SessionCheck}, plain re-checks from the
 * programme records.
 */
class CodevelopmentPropertiesTest {

    static Stream<Arguments> programmes() {
        return IntStream.rangeClosed(1, 25).mapToObj(i -> {
            int participants = 1 + (i * 7) % 30;
            int minSize = 3 + i % 3;
            int maxSize = minSize + 2 + i % 3;
            int clients = i % 4 == 0 ? 2 : 1;
            int groups = i % 6 == 0 ? 1 + i % 4 : 0;
            return Arguments.of(2000L + i, participants, minSize, maxSize, clients, groups);
        });
    }

    @ParameterizedTest(name = "seed {0}: {1} participants, sizes {2}-{3}, {4} client(s), groups {5}")
    @MethodSource("programmes")
    void proposalsPassTheIndependentChecks(long seed, int participants, int minSize, int maxSize, int clients,
            int groups) {
        Programme programme = CodevelopmentFixture.generate(seed, participants,
                new CodevelopmentRules(minSize, maxSize, clients, groups), 2_000L);
        CodevelopmentProposal proposal = CodevelopmentFixture.solve(programme, EnvironmentMode.PHASE_ASSERT)
                .proposal();
        IndependentGroupRules rules = new IndependentGroupRules(programme, DecayingNovelty.of(programme));
        List<List<String>> members = proposal.groups().stream().map(CodevelopmentGroup::members).toList();

        // broken rules by constraint id, and feasibility
        List<String> broken = rules.brokenRules(members);
        assertThat(proposal.violations().stream().map(Violation::constraint).sorted().toList())
                .as("violations %s", proposal.violations()).isEqualTo(broken.stream().sorted().toList());
        assertThat(proposal.feasible()).isEqualTo(broken.isEmpty());

        // the score, recomputed from the records, and the per-constraint scores adding up to it
        HardMediumSoftScore score = rules.score(members);
        assertThat(proposal.score()).isEqualTo(score.toString());
        assertThat(sum(proposal, ConstraintLevel.HARD)).isEqualTo(proposal.hardScore());
        assertThat(sum(proposal, ConstraintLevel.MEDIUM)).isEqualTo(proposal.mediumScore());
        assertThat(sum(proposal, ConstraintLevel.SOFT)).isEqualTo(proposal.softScore());

        // every participant exactly once, in a group or unplaced, with reasons
        List<String> seen = new ArrayList<>();
        members.forEach(seen::addAll);
        proposal.unplaced().forEach(u -> seen.add(u.member()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(rules.participants());
        assertThat(proposal.unplaced()).allSatisfy(u -> assertThat(u.reasons()).isNotEmpty());
        assertThat(proposal.groups()).extracting(CodevelopmentGroup::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, proposal.groups().size()).boxed().toList());

        // each group's session plan
        for (CodevelopmentGroup group : proposal.groups()) {
            assertThat(group.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r).endsWith("."));
            SessionCheck.check(programme, group);
        }
    }

    private static long sum(CodevelopmentProposal proposal, ConstraintLevel level) {
        return proposal.constraints().stream().filter(c -> c.level() == level).mapToLong(ConstraintScore::score)
                .sum();
    }
}
