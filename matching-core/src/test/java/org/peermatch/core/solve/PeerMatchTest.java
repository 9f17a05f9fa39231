package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.accompaniment.ResourceLoad;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.testing.Programmes;

/** The facade on hand-made programmes whose best proposal is obvious. */
class PeerMatchTest {

    private static final SolverSettings SHORT = new SolverSettings(null, null, 2_000L, 0L);

    private static Programme programme(List<Member> members, Decisions decisions, Map<String, Long> weights) {
        return Programmes.of(members, List.of(), decisions, weights).withSolver(SHORT);
    }

    private static List<Member> budgetProgramme() {
        return List.of(
                Programmes.participant("p1", "Org A", "music", new Need("budget", 1, 6)),
                Programmes.resource("r1", "org a", "music", 20, 3, new Competence("budget", 5)),
                Programmes.resource("r2", "Org C", "music", 20, 3, new Competence("budget", 4)),
                Programmes.resource("r3", "Org D", "music", 20, 3, new Competence("budget", 2)));
    }

    @Test
    void pairsANeedWithTheBestCompetentResourcePersonWithoutConflict() {
        Proposal proposal = PeerMatch.solve(programme(budgetProgramme(), Decisions.NONE, Map.of()));

        assertThat(proposal.complete()).isTrue();
        assertThat(proposal.accompaniment().assignments()).singleElement().satisfies(a -> {
            assertThat(a.participant()).isEqualTo("p1");
            assertThat(a.resource()).isEqualTo("r2");
            assertThat(a.pinned()).isFalse();
            assertThat(a.why().sentences()).contains("covers budget at level 4/5 (minimum 3)",
                    "same sector: music", "never worked together: a new interaction");
        });
        assertThat(proposal.accompaniment().loads()).extracting(ResourceLoad::resource, ResourceLoad::hours)
                .containsExactly(tuple("r1", 0),
                        tuple("r2", 6), tuple("r3", 0));
        assertThat(proposal.accompaniment().constraints()).extracting(ConstraintScore::id).containsExactlyElementsOf(
                ConstraintCatalog.all().stream().filter(definition -> definition.mode() == Mode.ACCOMPANIMENT)
                        .map(ConstraintDefinition::id).toList());
        assertThat(proposal.immersion()).as("nobody requests immersion").isNull();
        assertThat(proposal.codevelopment()).as("nobody requests co-development").isNull();
    }

    @Test
    void explainsANeedNobodyCanCover() {
        List<Member> members = new ArrayList<>(budgetProgramme());
        members.set(0, Programmes.participant("p1", "Org A", "music", new Need("budget", 1, 6),
                new Need("pitch", 2, 4)));
        Proposal proposal = PeerMatch.solve(programme(members, Decisions.NONE, Map.of()));

        assertThat(proposal.feasible()).isTrue();
        // A priority-2 need with no priority-3 need in the programme is worth 1 (lexicographic priorities).
        assertThat(proposal.accompaniment().mediumScore()).isEqualTo(-1);
        assertThat(proposal.accompaniment().uncovered()).singleElement().satisfies(u -> {
            assertThat(u.topic()).isEqualTo("pitch");
            assertThat(u.summary()).startsWith("Nobody offering accompaniment masters pitch at level 3 or more.")
                    .contains(" Maybe find a resource person for pitch");
            // Nobody is competent on pitch: nobody is listed, the three are counted.
            assertThat(u.candidates()).isEmpty();
            assertThat(u.summary()).contains(" Not listed: 3 resource persons with no competence on pitch.");
        });
    }

    /** Beyond 20 competent candidates, those breaking the fewest rules are listed, the others counted by rule. */
    @Test
    void listsTheTwentyCandidatesClosestToCoveringANeedAndCountsTheOthers() {
        List<Member> members = new ArrayList<>();
        members.add(Programmes.participant("p1", "Org A", "music", new Need("pitch", 1, 6)));
        for (int r = 1; r <= 25; r++) {
            // r01-r05 work for the participant's organization and, like everyone, have 2 hours for 6 needed
            members.add(Programmes.resource(String.format("r%02d", r), r <= 5 ? "Org A" : "Org R" + r, "music", 2,
                    3, new Competence("pitch", 4)));
        }
        Proposal proposal = PeerMatch.solve(programme(members, Decisions.NONE, Map.of()));

        assertThat(proposal.accompaniment().uncovered()).singleElement().satisfies(u -> {
            assertThat(u.candidates()).extracting(c -> c.resource()).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(6, 25).mapToObj(r -> String.format("r%02d", r)).toList());
            assertThat(u.candidates()).allSatisfy(c -> assertThat(c.blockedBy())
                    .containsExactly("resource-hours-exceeded"));
            assertThat(u.summary()).contains(" Not listed: 5 more competent resource persons beyond the 20 breaking"
                    + " the fewest rules, blocked by conflict-of-interest (5), resource-hours-exceeded (5).");
        });
    }

    @Test
    void keepsThePairsTheCommitteePinned() {
        Decisions pinned = new Decisions(List.of(new PinnedPair("p1", "r3", "budget")), List.of());
        Proposal proposal = PeerMatch.solve(programme(budgetProgramme(), pinned, Map.of()));

        assertThat(proposal.accompaniment().assignments()).singleElement().satisfies(a -> {
            assertThat(a.resource()).isEqualTo("r3");
            assertThat(a.pinned()).isTrue();
        });
        assertThat(proposal.feasible()).isFalse();
        assertThat(proposal.accompaniment().hardScore()).isEqualTo(-1);
        assertThat(proposal.accompaniment().violations()).extracting(Violation::constraint).containsExactly("competence-too-low");
        assertThat(proposal.accompaniment().violations().getFirst().message())
                .isEqualTo("Resource r3 (r3) covers budget for Participant p1 (p1) at level 2, below the minimum 3.");
    }

    @Test
    void weightOverridesReachTheConstraintScores() {
        Proposal proposal = PeerMatch.solve(programme(budgetProgramme(), Decisions.NONE,
                Map.of("same-sector", 60L, "competence-above-minimum", 0L)));

        ConstraintScore sameSector = proposal.accompaniment().constraints().stream().filter(c -> c.id().equals("same-sector"))
                .findFirst().orElseThrow();
        assertThat(sameSector.weight()).isEqualTo(60);
        assertThat(sameSector.score()).isEqualTo(60);
        assertThat(proposal.accompaniment().constraints().stream().filter(c -> c.id().equals("competence-above-minimum"))
                .findFirst().orElseThrow().score()).isZero();
    }

    @Test
    void tellsTheListenerAboutBetterProposals() {
        List<String> scores = new ArrayList<>();
        PeerMatch.solve(programme(budgetProgramme(), Decisions.NONE, Map.of()),
                (score, elapsed) -> scores.add(score));
        assertThat(scores).isNotEmpty().allMatch(score -> score.matches("-?\\d+hard/-?\\d+medium/-?\\d+soft"));
    }

    @Test
    void refusesSettingsWithoutAnyLimit() {
        Programme endless = programme(budgetProgramme(), Decisions.NONE, Map.of())
                .withSolver(new SolverSettings(null, null, null, 0L));
        assertThatThrownBy(() -> PeerMatch.solve(endless)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\nMaybe ");
    }

    @Test
    void onlyAMoveCountLimitAloneIsReproducible() {
        assertThat(PeerMatch.isReproducible(SHORT)).isTrue();
        assertThat(PeerMatch.isReproducible(SHORT.withTimeLimit(Duration.ofSeconds(1)))).isFalse();
        assertThat(PeerMatch.isReproducible(SHORT.withUnimprovedTimeLimit(Duration.ofSeconds(1)))).isFalse();
        assertThat(PeerMatch.isReproducible(SolverSettings.DEFAULT)).isFalse();
    }
}
