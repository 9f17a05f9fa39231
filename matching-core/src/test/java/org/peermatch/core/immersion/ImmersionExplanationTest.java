package org.peermatch.core.immersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ConstraintScore;

/** The proposal's words: why each pair and day, why a mentee is left unplaced, and the score per constraint. */
class ImmersionExplanationTest {

    private static final LocalDate END = ImmersionFixture.START.plusWeeks(6).minusDays(3);

    /**
     * Ana hosts one day, on Tuesdays; Zoé can only go to Ana. Yann asks too but Ana's day is taken and the two other
     * mentors of music are excluded; Chloé in theatre is less experienced than Yves; nobody works in design.
     */
    private static Programme programme() {
        List<Member> members = ImmersionFixture.members(
                ImmersionFixture.mentor("r1", "music", 1).name("Ana Roux").years(15).tags("touring", "festival")
                        .at(43.6045, 1.4440).weekdays(ImmersionFixture.START, END, DayOfWeek.TUESDAY),
                ImmersionFixture.mentor("r2", "music", 2).name("Bo Lin").years(8),
                ImmersionFixture.mentor("r3", "theatre", 2).name("Chloé Dubois").years(20),
                ImmersionFixture.mentor("r4", "music", 2).name("Dan Mercier").years(30).organization("Studio Sud"),
                ImmersionFixture.mentee("e1", "music").name("Zoé Martin").years(12).objectives("touring", "export")
                        .at(43.9289, 2.1464).organization("Studio Sud"),
                ImmersionFixture.mentee("e2", "music").name("Yann Petit").years(1).conflicts("r2")
                        .organization("Studio Sud"),
                ImmersionFixture.mentee("e3", "theatre").name("Yves Roy").years(25),
                ImmersionFixture.mentee("e4", "design").name("Inès Carrère"));
        List<Interaction> history = List.of(
                new Interaction(List.of("e1", "r1"), Mode.OTHER, ImmersionFixture.START.minusMonths(24)),
                new Interaction(List.of("e2", "r1"), Mode.OTHER, ImmersionFixture.START.minusMonths(1)),
                new Interaction(List.of("e2", "r1"), Mode.OTHER, ImmersionFixture.START.minusMonths(2)));
        return ImmersionFixture.programme(END, members, ImmersionRules.DEFAULT, history, Decisions.NONE, Map.of());
    }

    @Test
    void explainsThePairAndTheDay() {
        ImmersionProposal proposal = ImmersionSolving.solve(programme());

        assertThat(proposal.pairings()).hasSize(1);
        ImmersionPairing pairing = proposal.pairings().getFirst();
        assertThat(pairing.mentee()).isEqualTo("e1");
        assertThat(pairing.mentor()).isEqualTo("r1");
        assertThat(pairing.day().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(pairing.objectives()).containsExactly("touring", "export");
        assertThat(pairing.reportDue()).isEqualTo(pairing.day().plusDays(7));
        assertThat(pairing.reasons()).hasSize(6);
        assertThat(pairing.reasons().get(0)).isEqualTo("Both work in music.");
        assertThat(pairing.reasons().get(1))
                .isEqualTo("Ana Roux (r1) has 15 years of experience, more than Zoé Martin (e1) with 12.");
        assertThat(pairing.reasons().get(2))
                .isEqualTo("The profile of Ana Roux (r1) covers touring, 1 of the 2 objectives of Zoé Martin (e1).");
        assertThat(pairing.reasons().get(3)).matches("They worked together once, last in March 2025 \\(novelty cost"
                + " \\d+\\)\\.");
        assertThat(pairing.reasons().get(4)).isEqualTo("They work 67 km apart.");
        assertThat(pairing.reasons().get(5)).isEqualTo("Both are available all day on "
                + ImmersionScoring.format(pairing.day()) + "; no other immersion day is planned.");
    }

    @Test
    void explainsWhyMenteesAreLeftUnplaced() {
        ImmersionProposal proposal = ImmersionSolving.solve(programme());

        assertThat(proposal.unplaced()).extracting(UnplacedMentee::mentee).containsExactly("e2", "e3", "e4");
        assertThat(proposal.unplaced().get(0).reasons()).containsExactly(
                "One mentor offering immersion works in other sectors than music.",
                "Two mentors in music are excluded by a conflict of interest: with Bo Lin (r2), they declared a"
                        + " conflict of interest; with Dan Mercier (r4), they both work for Studio Sud.",
                "All days of Ana Roux (r1) are taken.");
        assertThat(proposal.unplaced().get(1).reasons()).containsExactly(
                "Three mentors offering immersion work in other sectors than theatre.",
                "Chloé Dubois (r3) has 20 years of experience, not more than the 25 years of Yves Roy (e3).");
        assertThat(proposal.unplaced().get(2).reasons()).containsExactly(
                "No mentor offering immersion works in design.");
    }

    @Test
    void listsEveryConstraintWithItsWeightAndScore() {
        ImmersionProposal proposal = ImmersionSolving.solve(ImmersionFixture.withWeights(programme(),
                ImmersionFixture.weight("objectives-matched", 50)));

        assertThat(proposal.constraints()).extracting(ConstraintScore::id).containsExactly(
                java.util.Arrays.stream(ImmersionConstraint.values()).map(ImmersionConstraint::id)
                        .toArray(String[]::new));
        assertThat(proposal.constraints()).contains(
                new ConstraintScore("mentee-unplaced", ConstraintLevel.MEDIUM, 1, -3),
                new ConstraintScore("objectives-matched", ConstraintLevel.SOFT, 50, 50),
                new ConstraintScore("mentor-same-sector", ConstraintLevel.SOFT, 30, 30),
                new ConstraintScore("travel-distance", ConstraintLevel.SOFT, 1, -67));
        assertThat(proposal.mediumScore()).isEqualTo(-3);
        assertThat(proposal.violations()).isEmpty();
        assertThat(proposal.feasible()).isTrue();
    }

    @Test
    void explainsAMissingCommonDayAndDifferentSectorsWhenRelaxed() {
        List<Member> members = ImmersionFixture.members(
                ImmersionFixture.mentor("r1", "music", 1).name("Ana Roux")
                        .weekdays(ImmersionFixture.START, END, DayOfWeek.MONDAY),
                ImmersionFixture.mentor("r2", "design", 1).name("Bo Lin"),
                ImmersionFixture.mentee("e1", "theatre").name("Zoé Martin")
                        .weekdays(ImmersionFixture.START, END, DayOfWeek.FRIDAY),
                ImmersionFixture.mentee("e2", "theatre").name("Yann Petit")
                        .weekdays(ImmersionFixture.START, END, DayOfWeek.FRIDAY));
        Programme relaxed = ImmersionFixture.programme(END, members, new ImmersionRules(false, 7), List.of(),
                Decisions.NONE, Map.of());

        ImmersionProposal proposal = ImmersionSolving.solve(relaxed);

        assertThat(proposal.pairings()).hasSize(1);
        assertThat(proposal.pairings().getFirst().reasons().getFirst()).isEqualTo("They work in different sectors"
                + " (theatre for " + (proposal.pairings().getFirst().mentee().equals("e1") ? "Zoé Martin (e1)"
                        : "Yann Petit (e2)") + ", design for Bo Lin (r2)), which the programme allows.");
        assertThat(proposal.unplaced().getFirst().reasons()).containsExactly(
                "No common full day with Ana Roux (r1).", "All days of Bo Lin (r2) are taken.");
    }
}
