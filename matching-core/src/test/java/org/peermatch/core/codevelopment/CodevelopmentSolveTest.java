package org.peermatch.core.codevelopment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.DecayingNovelty;
import org.peermatch.core.scoring.NoveltyModel;

/**
 * Solves in {@code FULL_ASSERT} (Timefold recomputes the score from scratch after every move), including the moves
 * that empty and fill a group; determinism; and the explanations of groups and unplaced members.
 */
class CodevelopmentSolveTest {

    @Test
    void generatedProgrammeSolvesInFullAssertAndPassesTheIndependentChecks() {
        Programme programme = CodevelopmentFixture.generate(77, 18, new CodevelopmentRules(4, 6, 1, 0), 600L);
        CodevelopmentProposal proposal = CodevelopmentFixture.solve(programme, EnvironmentMode.FULL_ASSERT)
                .proposal();

        IndependentGroupRules rules = new IndependentGroupRules(programme, DecayingNovelty.of(programme));
        List<List<String>> groups = proposal.groups().stream().map(CodevelopmentGroup::members).toList();
        assertThat(proposal.score()).isEqualTo(rules.score(groups).toString());
        assertThat(proposal.violations()).hasSize(rules.brokenRules(groups).size());
        proposal.groups().forEach(group -> SessionCheck.check(programme, group));
    }

    /** Four music and two design members, groups of 3 to 6: one group of six (-50) beats two of three (-100). */
    @Test
    void theSearchEmptiesAGroupWhenOneGroupIsBetter() {
        List<Member> members = List.of(
                CodevelopmentFixture.member("a", "A", "music"), CodevelopmentFixture.member("b", "B", "music"),
                CodevelopmentFixture.member("c", "C", "design"), CodevelopmentFixture.member("d", "D", "music"),
                CodevelopmentFixture.member("e", "E", "music"), CodevelopmentFixture.member("f", "F", "design"));
        Programme programme = CodevelopmentFixture.programme(members, List.of(), Decisions.NONE,
                new CodevelopmentRules(3, 6, 1, 2), Map.of(), CodevelopmentFixture.START, CodevelopmentFixture.END,
                2_000L, 3L);
        NoveltyModel novelty = DecayingNovelty.of(programme);
        CodevelopmentPlan plan = CodevelopmentProblem.build(programme, novelty);
        for (CodevelopmentParticipant participant : plan.getParticipants()) {
            participant.setGroup(plan.getGroups().get(participant.getIndex() < 3 ? 0 : 1));
        }

        CodevelopmentProposal proposal = CodevelopmentFixture.solve(programme, novelty, plan,
                EnvironmentMode.FULL_ASSERT).proposal();

        assertThat(proposal.score()).isEqualTo("0hard/0medium/-50soft");
        assertThat(proposal.groups()).singleElement().extracting(CodevelopmentGroup::members)
                .isEqualTo(List.of("a", "b", "c", "d", "e", "f"));
    }

    /**
     * Everyone across the two triples met twice (400 a pair): two groups of three, whose pairs only share common
     * peers (25 a pair, 150 in all), beat one group of six.
     */
    @Test
    void theSearchFillsAnEmptyGroupWhenTwoGroupsAreBetter() {
        List<Member> members = new ArrayList<>();
        List<String> sectors = List.of("music", "design", "games", "heritage", "publishing", "circus");
        for (int i = 0; i < 6; i++) {
            members.add(CodevelopmentFixture.member("m" + i, "Org " + i, sectors.get(i)));
        }
        List<Interaction> history = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 3; j < 6; j++) {
                history.add(new Interaction(List.of("m" + i, "m" + j), Mode.OTHER, CodevelopmentFixture.START));
                history.add(new Interaction(List.of("m" + i, "m" + j), Mode.OTHER, CodevelopmentFixture.START));
            }
        }
        Programme programme = CodevelopmentFixture.programme(members, history, Decisions.NONE,
                new CodevelopmentRules(3, 6, 1, 2), Map.of(), CodevelopmentFixture.START, CodevelopmentFixture.END,
                2_000L, 5L);
        NoveltyModel novelty = DecayingNovelty.of(programme);
        CodevelopmentPlan plan = CodevelopmentProblem.build(programme, novelty);
        plan.getParticipants().forEach(participant -> participant.setGroup(plan.getGroups().getFirst()));

        CodevelopmentProposal proposal = CodevelopmentFixture.solve(programme, novelty, plan,
                EnvironmentMode.FULL_ASSERT).proposal();

        assertThat(proposal.score()).isEqualTo("0hard/0medium/-150soft");
        assertThat(proposal.groups()).extracting(CodevelopmentGroup::members)
                .containsExactly(List.of("m0", "m1", "m2"), List.of("m3", "m4", "m5"));
    }

    @Test
    void sameProgrammeAndSeedGiveTheSameProposal() {
        Programme programme = CodevelopmentFixture.generate(31, 24, CodevelopmentRules.DEFAULT, 3_000L);
        CodevelopmentProposal first = CodevelopmentFixture.solve(programme, EnvironmentMode.PHASE_ASSERT).proposal();
        CodevelopmentProposal second = CodevelopmentFixture.solve(programme, EnvironmentMode.PHASE_ASSERT)
                .proposal();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void groupReasonsNameRepeatedPairsSectorsTimeAndRotation() {
        List<Member> members = List.of(
                CodevelopmentFixture.member("a", "A", "music"), CodevelopmentFixture.member("b", "B", "design"),
                CodevelopmentFixture.member("c", "C", "games"));
        List<Interaction> history = List.of(
                new Interaction(List.of("a", "b"), Mode.OTHER, CodevelopmentFixture.START.minusMonths(2)),
                new Interaction(List.of("a", "b"), Mode.OTHER, CodevelopmentFixture.START.minusMonths(1)));
        Programme programme = CodevelopmentFixture.programme(members, history, Decisions.NONE,
                new CodevelopmentRules(3, 5, 1, 0), Map.of(), CodevelopmentFixture.START, CodevelopmentFixture.END,
                500L, 0L);

        CodevelopmentProposal proposal = CodevelopmentFixture.solve(programme, EnvironmentMode.PHASE_ASSERT)
                .proposal();

        CodevelopmentGroup group = proposal.groups().getFirst();
        assertThat(group.reasons()).element(0).isEqualTo(
                "Of its 3 pairs, 2 never met, 0 only share a common peer and 1 met before.");
        assertThat(group.reasons()).element(1).asString().startsWith(
                "Name a (a) and Name b (b) worked together twice, last in December 2026 (repeat cost ");
        assertThat(group.reasons()).contains(
                "Sectors: design (1 of 3 members), games (1), music (1); no sector holds more than half of the group.");
        assertThat(group.reasons()).anyMatch(r -> r.startsWith("Its members are all available on ")
                && r.endsWith(", enough for its 3 sessions in distinct months."));
        assertThat(group.reasons()).anyMatch(r -> r.startsWith("Each member is client once, in the order of the"
                + " member list: Name a (a) on Monday 4 January 2027 (AM), Name b (b) on "));
    }

    @Test
    void pairsWhoOnlyShareAPeerAreSummedUpInOneSentenceNamingTheDearest() {
        List<Member> members = new java.util.ArrayList<>(List.of(
                CodevelopmentFixture.member("a", "A", "music"), CodevelopmentFixture.member("b", "B", "design"),
                CodevelopmentFixture.member("c", "C", "games"), CodevelopmentFixture.member("d", "D", "crafts"),
                CodevelopmentFixture.member("e", "E", "heritage")));
        members.add(new Member("x", "Outsider", "Org X", List.of(), List.of(), List.of(), List.of(), Map.of(),
                org.peermatch.core.model.Availability.ALWAYS, List.of(), List.of(), List.of()));
        // Everyone worked with the outsider; a and b most recently, so their pair is the dearest.
        List<Interaction> history = List.of(
                new Interaction(List.of("a", "x"), Mode.OTHER, CodevelopmentFixture.START.minusMonths(1)),
                new Interaction(List.of("b", "x"), Mode.OTHER, CodevelopmentFixture.START.minusMonths(1)),
                new Interaction(List.of("c", "x"), Mode.OTHER, CodevelopmentFixture.START.minusMonths(30)),
                new Interaction(List.of("d", "x"), Mode.OTHER, CodevelopmentFixture.START.minusMonths(30)),
                new Interaction(List.of("e", "x"), Mode.OTHER, CodevelopmentFixture.START.minusMonths(30)));
        Programme programme = CodevelopmentFixture.programme(members, history, Decisions.NONE,
                new CodevelopmentRules(5, 5, 1, 0), Map.of(), CodevelopmentFixture.START, CodevelopmentFixture.END,
                500L, 0L);

        CodevelopmentGroup group = CodevelopmentFixture.solve(programme, EnvironmentMode.PHASE_ASSERT).proposal()
                .groups().getFirst();

        assertThat(group.reasons()).element(0).isEqualTo(
                "Of its 10 pairs, 0 never met, 10 only share a common peer and 0 met before.");
        assertThat(group.reasons()).element(1).asString()
                .startsWith("The 10 pairs who only share a common peer cost ")
                .contains(" in all; the dearest: Name a (a) and Name b (b) (both worked with Outsider (x), cost ")
                .endsWith(").");
        assertThat(group.reasons().stream().filter(r -> r.contains("both worked with"))).hasSize(1);
    }

    @Test
    void tooFewParticipantsAreUnplacedWithTheReason() {
        List<Member> members = List.of(CodevelopmentFixture.member("a", "A", "music"),
                CodevelopmentFixture.member("b", "B", "design"));
        Programme programme = CodevelopmentFixture.programme(members, CodevelopmentRules.DEFAULT);

        CodevelopmentProposal proposal = CodevelopmentFixture.solve(programme, EnvironmentMode.FULL_ASSERT)
                .proposal();

        assertThat(proposal.groups()).isEmpty();
        assertThat(proposal.score()).isEqualTo("0hard/-2medium/0soft");
        assertThat(proposal.unplaced()).extracting(UnplacedCodevelopmentMember::reasons).containsOnly(List.of(
                "Only 2 members asked for co-development, fewer than the minimum group size of 5, so no group can"
                        + " be formed. Maybe lower the minimum size or invite more members."));
    }

    @Test
    void aProgrammeWithoutCodevelopmentIsEmpty() {
        Member other = new Member("x", "X", "Org", List.of("music"), List.of(Mode.ACCOMPANIMENT), List.of(),
                List.of(), Map.of(), org.peermatch.core.model.Availability.ALWAYS, List.of(), List.of(), List.of());
        Programme programme = CodevelopmentFixture.programme(List.of(other), CodevelopmentRules.DEFAULT);
        NoveltyModel novelty = DecayingNovelty.of(programme);
        CodevelopmentPlan plan = CodevelopmentProblem.build(programme, novelty);

        assertThat(plan.isEmpty()).isTrue();
        CodevelopmentProposal proposal = CodevelopmentProposals.of(programme, novelty, plan);
        assertThat(proposal.score()).isEqualTo("0hard/0medium/0soft");
        assertThat(proposal.constraints()).hasSize(CodevelopmentConstraint.values().length);
    }
}
