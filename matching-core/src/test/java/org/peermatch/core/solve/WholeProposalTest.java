package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;

/**
 * The whole proposal, certified independently of every mode's own certifier ({@link WholeProposalCertifier}): the
 * demo programme, and seeded variants of it with winter, spring and summer closures placed at random.
 */
class WholeProposalTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 4);
    }

    @Test
    void theDemoIsSound() throws Exception {
        Programme demo = ProgrammeModesTest.demo().withSolver(new SolverSettings(null, null, 3_000L, 5));

        Proposal proposal = PeerMatch.solve(demo);

        assertThat(new WholeProposalCertifier(demo).findings(proposal)).isEmpty();
    }

    @Test
    void itFindsASectionOnAClosedDayThatDisagreesWithTheCalendar() throws Exception {
        Programme demo = ProgrammeModesTest.demo().withSolver(new SolverSettings(null, null, 1_000L, 5));
        Proposal proposal = PeerMatch.solve(demo);
        org.peermatch.core.immersion.ImmersionProposal immersion = proposal.immersion();
        org.peermatch.core.immersion.ImmersionPairing first = immersion.pairings().getFirst();
        LocalDate summer = LocalDate.of(2027, 8, 3);
        List<org.peermatch.core.immersion.ImmersionPairing> pairings = new ArrayList<>(immersion.pairings());
        pairings.set(0, new org.peermatch.core.immersion.ImmersionPairing(first.mentee(), first.mentor(), summer,
                first.objectives(), summer.plusDays(7), first.reasons()));
        org.peermatch.core.immersion.ImmersionProposal moved = new org.peermatch.core.immersion.ImmersionProposal(
                immersion.score(), immersion.hardScore(), immersion.mediumScore(), immersion.softScore(), pairings,
                immersion.unplaced(), immersion.constraints(), immersion.violations());
        List<org.peermatch.core.plan.ModeProposal> modes = new ArrayList<>();
        for (org.peermatch.core.plan.ModeProposal mode : proposal.modes()) {
            modes.add(mode == immersion ? moved : mode);
        }
        Proposal broken = new Proposal(proposal.programme(), modes, proposal.calendar(),
                proposal.calendarViolations(), proposal.statistics());

        assertThat(new WholeProposalCertifier(demo).findings(broken)).hasSize(2)
                .anySatisfy(finding -> assertThat(finding).startsWith("The immersion section names the closed day"))
                .anySatisfy(finding -> assertThat(finding).startsWith("The immersion section says 2027-08-03"));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void seededClosuresLeaveEverySectionOnOpenDaysAndInAgreementWithTheCalendar(long seed) throws Exception {
        Programme demo = ProgrammeModesTest.demo();
        Random random = new Random(seed);
        List<ClosedPeriod> closed = new ArrayList<>(demo.closed());
        LocalDate winter = demo.start().plusDays(random.nextInt(10));
        closed.add(new ClosedPeriod(winter, winter.plusDays(4 + random.nextInt(10)), "winter break"));
        LocalDate spring = LocalDate.of(2027, 4, 5).plusDays(random.nextInt(20));
        closed.add(new ClosedPeriod(spring, spring.plusDays(7 + random.nextInt(7)), "spring break"));
        LocalDate summer = LocalDate.of(2027, 7, 1).plusDays(random.nextInt(20));
        closed.add(new ClosedPeriod(summer, summer.plusDays(28 + random.nextInt(21)), "summer closure"));
        LocalDate christmas = LocalDate.of(2027, 12, 6).plusDays(random.nextInt(7));
        closed.add(new ClosedPeriod(christmas, demo.end(), "Christmas break"));
        Programme programme = demo.withClosed(closed).withSolver(new SolverSettings(null, null, 3_000L, seed));

        Proposal proposal = PeerMatch.solve(programme);

        assertThat(new WholeProposalCertifier(programme).findings(proposal)).isEmpty();
        assertThat(proposal.immersion().violations()).isEmpty();
        assertThat(proposal.codevelopment().violations()).isEmpty();
    }
}
