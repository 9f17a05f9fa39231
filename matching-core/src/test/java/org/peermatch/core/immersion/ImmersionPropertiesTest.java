package org.peermatch.core.immersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.immersion.IndependentImmersionRules.Score;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Violation;

/**
 * Seeded properties: on generated programmes the solver's proposal breaks no rule according to the certifier and
 * to an independent re-implementation, its score is the independently recomputed one, and it places as many
 * mentees as a maximum flow over every common day allows (so everyone when everyone can be placed).
 */
class ImmersionPropertiesTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void proposalIsCertifiedAndPlacesAsManyMenteesAsPossible(long seed) {
        Programme programme = ImmersionFixture.generate(seed, 6 + (int) (seed % 9), 3 + (int) (seed % 5),
                4 + (int) (seed % 7));
        IndependentImmersionRules rules = new IndependentImmersionRules(programme);

        ImmersionProposal proposal = ImmersionSolving.solve(programme);

        var pairs = IndependentImmersionRules.pairsOf(proposal);
        Score independent = rules.score(pairs);
        assertThat(proposal.violations()).extracting(Violation::message).isEmpty();
        assertThat(independent.hard()).as("hard, recomputed").isZero();
        assertThat(proposal.score()).as("score, recomputed").isEqualTo(independent.toString());
        assertThat(proposal.pairings()).hasSize(rules.maxPlaceable());
        assertThat(proposal.pairings().size() + proposal.unplaced().size()).isEqualTo(rules.mentees().size());
        assertThat(proposal.unplaced()).allSatisfy(unplaced -> assertThat(unplaced.reasons()).isNotEmpty());
        assertThat(proposal.pairings()).allSatisfy(pairing -> {
            assertThat(pairing.reportDue()).isEqualTo(pairing.day().plusDays(programme.immersion().reportDueDays()));
            assertThat(pairing.reasons()).allSatisfy(reason -> assertThat(reason).endsWith("."));
        });
        // Each level adds up on its own: a constraint counted on the wrong level cannot hide behind another.
        for (ConstraintLevel level : ConstraintLevel.values()) {
            long sum = proposal.constraints().stream().filter(c -> c.level() == level)
                    .mapToLong(ConstraintScore::score).sum();
            long expected = switch (level) {
                case HARD -> proposal.hardScore();
                case MEDIUM -> proposal.mediumScore();
                case SOFT -> proposal.softScore();
            };
            assertThat(sum).as("%s constraint scores add up", level).isEqualTo(expected);
        }
    }
}
