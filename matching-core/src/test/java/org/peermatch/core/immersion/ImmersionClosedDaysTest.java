package org.peermatch.core.immersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.Violation;

/**
 * Immersion days are chosen on open days only: seeded programmes with a winter, a spring and a summer closure never
 * get a day in them, and the certifier finds a day set in a closure.
 */
class ImmersionClosedDaysTest {

    /** The first week (a winter break), two spring weeks and four summer weeks of a 24-week programme. */
    static final List<ClosedPeriod> CLOSURES = List.of(
            new ClosedPeriod(ImmersionFixture.START, ImmersionFixture.START.plusDays(4), "winter break"),
            new ClosedPeriod(ImmersionFixture.START.plusWeeks(7), ImmersionFixture.START.plusWeeks(9).minusDays(1),
                    "spring break"),
            new ClosedPeriod(ImmersionFixture.START.plusWeeks(15), ImmersionFixture.START.plusWeeks(19).minusDays(1),
                    "summer closure"));

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noImmersionDayFallsInAClosure(long seed) {
        Programme programme = ImmersionFixture.generate(seed, 10, 6, 24).withClosed(CLOSURES);

        ImmersionProposal proposal = ImmersionSolving.solve(programme);

        assertThat(proposal.pairings()).isNotEmpty();
        for (ImmersionPairing pairing : proposal.pairings()) {
            assertThat(programme.isClosed(pairing.day())).as("%s closed", pairing).isFalse();
            assertThat(pairing.reportDue())
                    .isEqualTo(pairing.day().plusDays(programme.immersion().reportDueDays()));
        }
        assertThat(proposal.violations()).isEmpty();
        assertThat(new IndependentImmersionRules(programme).score(IndependentImmersionRules.pairsOf(proposal)).hard())
                .isZero();
    }

    @Test
    void aClosedDayIsNoCandidate() {
        Programme programme = ImmersionFixture.generate(3, 10, 6, 24).withClosed(CLOSURES);

        ImmersionPlan plan = ImmersionProblem.build(programme,
                org.peermatch.core.scoring.DecayingNovelty.of(programme));

        assertThat(plan.getPlacements()).flatExtracting(MenteePlacement::getCandidates)
                .extracting(MentorDay::date).isNotEmpty().noneMatch(programme::isClosed);
    }

    @Test
    void theCertifierFindsADayInAClosure() {
        Programme programme = ImmersionFixture.programme(ImmersionFixture.START.plusWeeks(24),
                ImmersionFixture.members(ImmersionFixture.mentor("r1", "music", 2),
                        ImmersionFixture.mentee("e1", "music"))).withClosed(CLOSURES);
        LocalDate spring = ImmersionFixture.START.plusWeeks(7).plusDays(1);

        List<Violation> violations = new ImmersionCertifier(programme).violations(List.of(
                new ImmersionPairing("e1", "r1", spring, List.of(), spring.plusDays(7), List.of())));

        assertThat(violations).containsExactly(new Violation("immersion-day-unavailable",
                ImmersionScoring.format(spring) + " is a closed day of the programme (spring break) (Name e1 (e1) and"
                        + " Name r1 (r1))."));
    }
}
