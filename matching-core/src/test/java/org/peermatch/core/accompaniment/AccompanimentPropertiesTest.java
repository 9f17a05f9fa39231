package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.accompaniment.IndependentRules.Finding;
import org.peermatch.core.accompaniment.IndependentRules.NeedRef;
import org.peermatch.core.accompaniment.IndependentRules.Pair;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.testing.Programmes;

/**
 * Seeded properties: generated programmes of varied sizes are solved briefly (a move-count limit) and the proposal
 * is checked against {@link IndependentRules}, a plain re-check of the rules from the programme records.
 */
class AccompanimentPropertiesTest {

    private static final long MOVES = 3_000;

    static Stream<Arguments> programmes() {
        return IntStream.rangeClosed(1, 25).mapToObj(i -> {
            int participants = 3 + (i * 7) % 12;
            int resources = 2 + (i * 5) % 6;
            int topics = 3 + (i * 3) % 8;
            boolean varied = i % 3 != 0;
            return Arguments.of(1000L + i, participants, resources, topics, varied);
        });
    }

    static Programme programme(long seed, int participants, int resources, int topics, boolean varied) {
        Programme programme = varied ? Programmes.generateVaried(seed, participants, resources, topics)
                : Programmes.generate(seed, participants, resources, topics);
        return programme.withSolver(new SolverSettings(null, null, MOVES, seed));
    }

    @ParameterizedTest(name = "seed {0}: {1} participants, {2} resource persons, {3} topics, varied {4}")
    @MethodSource("programmes")
    void proposalsPassTheIndependentCertifier(long seed, int participants, int resources, int topics,
            boolean varied) {
        Programme programme = programme(seed, participants, resources, topics, varied);
        Proposal proposal = PeerMatch.solve(programme);
        IndependentRules rules = new IndependentRules(programme);
        List<Pair> pairs = IndependentRules.pairsOf(proposal);

        // (a) feasible iff nothing broken, and the same broken rules by constraint id
        List<Finding> findings = rules.brokenRules(pairs);
        assertThat(proposal.feasible()).as("feasible, findings %s", findings).isEqualTo(findings.isEmpty());
        assertThat(proposal.accompaniment().violations().stream().map(Violation::constraint).sorted().toList())
                .as("violations %s vs findings %s", proposal.accompaniment().violations(), findings)
                .isEqualTo(findings.stream().map(Finding::constraint).sorted().toList());

        // the score itself, recomputed from the records
        IndependentRules.Score score = rules.score(pairs);
        assertThat(proposal.accompaniment().hardScore()).as("hard").isEqualTo(score.hard());
        assertThat(proposal.accompaniment().mediumScore()).as("medium").isEqualTo(score.medium());
        assertThat(proposal.accompaniment().softScore()).as("soft").isEqualTo(score.soft());
        assertThat(proposal.accompaniment().score()).isEqualTo(score.toString());

        // (b) every need exactly once, covered or not
        List<String> seen = new ArrayList<>();
        proposal.accompaniment().assignments().forEach(a -> seen.add(a.participant() + "/" + a.topic()));
        proposal.accompaniment().uncovered().forEach(u -> seen.add(u.participant() + "/" + u.topic()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(
                rules.needs().stream().map(n -> n.participant() + "/" + n.need().topic()).toList());

        // (c) medium = minus the cover weight of the uncovered needs (lexicographic priorities by default)
        long[] weights = PriorityWeights.of(programme);
        long uncoveredWeight = proposal.accompaniment().uncovered().stream().mapToLong(u -> weights[u.priority()])
                .sum();
        assertThat(proposal.accompaniment().mediumScore()).isEqualTo(-uncoveredWeight);

        // (d) the constraints add up to the score, level by level
        assertThat(proposal.accompaniment().constraints()).hasSize(AccompanimentConstraint.values().length);
        assertThat(sum(proposal, ConstraintLevel.HARD)).isEqualTo(proposal.accompaniment().hardScore());
        assertThat(sum(proposal, ConstraintLevel.MEDIUM)).isEqualTo(proposal.accompaniment().mediumScore());
        assertThat(sum(proposal, ConstraintLevel.SOFT)).isEqualTo(proposal.accompaniment().softScore());

        // (e) the resource persons competent on the topic are the candidates of each uncovered need, in document
        // order, blocked by exactly the rules they would break (competence aside); the others are counted by reason
        List<String> resourceIds = rules.resources().stream().map(Member::id).toList();
        for (UncoveredNeed uncovered : proposal.accompaniment().uncovered()) {
            List<String> competent = new ArrayList<>();
            int without = 0;
            int below = 0;
            for (String resource : resourceIds) {
                int level = rules.level(resource, uncovered.topic());
                if (level >= rules.minimumLevel()) {
                    competent.add(resource);
                } else if (level == 0) {
                    without++;
                } else {
                    below++;
                }
            }
            assertThat(uncovered.candidates()).extracting(CandidateVerdict::resource)
                    .containsExactlyElementsOf(competent);
            if (without > 0) {
                assertThat(uncovered.summary()).contains(" Not listed: " + without + " resource person"
                        + (without == 1 ? "" : "s") + " with no competence on "
                        + uncovered.topic().replace('-', ' '));
            }
            if (below > 0) {
                assertThat(uncovered.summary()).containsPattern(" Not listed: .*\\b" + below + "( resource persons?)?"
                        + " below level " + rules.minimumLevel() + " on " + uncovered.topic().replace('-', ' ')
                        + "\\.");
            }
            if (without + below == 0) {
                assertThat(uncovered.summary()).doesNotContain("Not listed");
            }
            NeedRef need = rules.needs().stream().filter(n -> n.participant().equals(uncovered.participant())
                    && n.need().topic().equals(uncovered.topic())).findFirst().orElseThrow();
            for (CandidateVerdict verdict : uncovered.candidates()) {
                assertThat(verdict.blockedBy()).as("%s for %s", verdict, need)
                        .containsExactlyInAnyOrderElementsOf(blockers(rules, pairs, need, verdict.resource()));
            }
        }

        // loads are the hours and participants of the pairs
        assertThat(proposal.accompaniment().loads()).extracting(ResourceLoad::resource).containsExactlyElementsOf(resourceIds);
        for (ResourceLoad load : proposal.accompaniment().loads()) {
            assertThat(load.hours()).isEqualTo(rules.hoursOf(load.resource(), pairs));
            assertThat(load.participants()).containsExactlyInAnyOrderElementsOf(
                    IndependentRules.participantsOf(load.resource(), pairs));
        }
    }

    @Test
    void sameProgrammeAndSeedGiveTheSameProposal() {
        Programme programme = programme(4242, 12, 5, 8, true);
        Proposal first = PeerMatch.solve(programme);
        Proposal second = PeerMatch.solve(programme);
        assertThat(first.statistics().reproducible()).isTrue();
        assertThat(second).usingRecursiveComparison()
                .ignoringFields("statistics.spent", "statistics.movesPerSecond")
                .isEqualTo(first);
    }

    /**
     * The hard rules that covering the need with this resource person would break given the other pairs: the pair's
     * own rules (competence, conflict, availability), and the capacities whose excess would grow.
     */
    private static List<String> blockers(IndependentRules rules, List<Pair> pairs, NeedRef need, String resource) {
        List<String> blockers = new ArrayList<>();
        String participant = need.participant();
        if (rules.level(resource, need.need().topic()) < rules.minimumLevel()) {
            blockers.add(IndependentRules.COMPETENCE_TOO_LOW);
        }
        if (rules.conflicted(participant, resource)) {
            blockers.add(IndependentRules.CONFLICT_OF_INTEREST);
        }
        if (rules.commonHalfDays(participant, resource) < rules.requiredHalfDays()) {
            blockers.add(IndependentRules.TOO_LITTLE_COMMON_AVAILABILITY);
        }
        if (rules.hoursOf(resource, pairs) + need.need().hours() > rules.offer(resource).hours()) {
            blockers.add(IndependentRules.RESOURCE_HOURS_EXCEEDED);
        }
        Set<String> accompanied = IndependentRules.participantsOf(resource, pairs);
        if (!accompanied.contains(participant) && accompanied.size() + 1 > rules.offer(resource).participants()) {
            blockers.add(IndependentRules.RESOURCE_PARTICIPANTS_EXCEEDED);
        }
        Set<String> met = IndependentRules.resourcesOf(participant, pairs);
        if (!met.contains(resource) && met.size() + 1 > rules.maxResourcePersons()) {
            blockers.add(IndependentRules.TOO_MANY_RESOURCE_PERSONS);
        }
        return blockers;
    }

    private static long sum(Proposal proposal, ConstraintLevel level) {
        return proposal.accompaniment().constraints().stream().filter(c -> c.level() == level).mapToLong(ConstraintScore::score)
                .sum();
    }
}
