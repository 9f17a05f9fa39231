package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;

/**
 * What Ctrl-C gives (issue 19): stopping the search once the accompaniment has a plan still yields a whole proposal,
 * every other mode with at least its constructed plan.
 */
class StopEarlyTest {

    @Test
    void stoppedDuringTheAccompanimentEveryOtherModeKeepsItsConstructedPlan() throws Exception {
        Programme demo = ProgrammeModesTest.demo().withSolver(new SolverSettings(Duration.ofMinutes(5), null, null,
                5));
        CountDownLatch firstPlan = new CountDownLatch(1);

        Solving solving = PeerMatch.start(demo, (score, elapsed) -> firstPlan.countDown());
        // Not a time assertion: it only waits for the first plan, and stops whatever happens.
        firstPlan.await(2, TimeUnit.MINUTES);
        solving.terminateEarly();
        Proposal proposal = solving.await();

        assertThat(proposal.statistics().terminatedEarly()).isTrue();
        assertThat(proposal.accompaniment().assignments()).isNotEmpty();
        assertThat(proposal.immersion().pairings()).isNotEmpty();
        assertThat(proposal.codevelopment().groups()).isNotEmpty();
        assertThat(proposal.workshops().workshops()).isNotEmpty();
    }
}
