package org.peermatch.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Violation;

/**
 * Seeded properties: on generated programmes (rooms or not, closed weeks, preferred half-days, a fixed count or the
 * committee's themes, animators' own limits, varied availability) the proposal breaks no rule according to the
 * certifier and to an independent re-implementation of the score, its score is the independently recomputed one,
 * nobody attends a workshop they may not attend, and every need left without a seat says why.
 */
class WorkshopPropertiesTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void proposalIsCertifiedAndScoredIndependently(long seed) {
        Programme programme = WorkshopFixture.generate(seed, 8 + (int) (seed % 13), 2 + (int) (seed % 4),
                4 + (int) (seed % 9));
        IndependentWorkshopRules rules = new IndependentWorkshopRules(programme);
        int planned = WorkshopProblem.build(programme).getWorkshops().size();

        WorkshopProposal proposal = WorkshopFixture.solve(programme);

        assertThat(proposal.violations()).extracting(Violation::message).isEmpty();
        IndependentWorkshopRules.Score independent = rules.score(proposal.workshops(), planned);
        assertThat(independent.hard()).as("hard, recomputed").isZero();
        assertThat(proposal.score()).as("score, recomputed").isEqualTo(independent.toString());
        assertThat(rules.ineligible(proposal.workshops())).isEmpty();
        Set<String> seats = new LinkedHashSet<>();
        for (Workshop workshop : proposal.workshops()) {
            for (String attendee : workshop.attendees()) {
                assertThat(seats.add(attendee + "@" + workshop.theme())).as("one workshop per theme").isTrue();
            }
            assertThat(workshop.reasons()).allSatisfy(reason -> assertThat(reason).endsWith("."));
        }
        assertThat(proposal.workshops()).extracting(Workshop::number)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, proposal.workshops().size()).boxed()
                        .map(Long::intValue).toList());
        assertThat(proposal.unserved()).allSatisfy(need -> {
            assertThat(need.reasons()).isNotEmpty();
            assertThat(seats).doesNotContain(need.participant() + "@" + need.topic());
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
