package org.peermatch.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.RunnerUps;
import org.peermatch.core.accompaniment.RunnerUps.Reason;
import org.peermatch.core.immersion.MentorRunnerUps;
import org.peermatch.core.solve.Proposal;

/** The runners-up the report shows under each pair, on the report's fixture. */
class RunnerUpsTest {

    private final Proposal proposal = ReportFixture.proposal();
    private final RunnerUps runnerUps = new RunnerUps(ReportFixture.programme(), proposal.accompaniment());

    @Test
    void namesTheNextAllowedResourcePersonAndWhyNot() {
        Assignment business = proposal.accompaniment().assignments().get(0);
        assertThat(business.topic()).isEqualTo("business-model");

        assertThat(runnerUps.of(business, 2)).singleElement().satisfies(runner -> {
            assertThat(runner.resource()).isEqualTo("m11");
            assertThat(runner.level()).isEqualTo(3);
            assertThat(runner.chosenLevel()).isEqualTo(4);
            assertThat(runner.reasons()).containsExactly(Reason.NO_HOURS_LEFT, Reason.NO_PLACE_LEFT,
                    Reason.LOWER_LEVEL, Reason.NO_COMMON_SECTOR, Reason.LESS_PREFERRED);
            assertThat(runner.value()).isLessThan(runner.chosenValue());
        });
    }

    @Test
    void nobodyElseWhenNoOtherResourcePersonIsCompetent() {
        Assignment funding = proposal.accompaniment().assignments().stream()
                .filter(assignment -> assignment.topic().equals("funding")).findFirst().orElseThrow();

        assertThat(runnerUps.of(funding, 2)).isEmpty();
        assertThat(HtmlReport.toHtml(proposal, ReportFixture.programme()))
                .contains("<span class=\"runners-label\">Next best:</span> Bruno Lefèvre (only 0 h left of their"
                        + " offer, already accompanies as many participants as offered, level 3 instead of 4, no common"
                        + " sector and ranked lower by the participant).")
                .contains("no other resource person is competent, free of conflicts and available enough.");
    }

    @Test
    void anImmersionDayWithoutAnotherAllowedMentorSaysSo() {
        Proposal withModes = ReportFixture.proposalWithModes();
        MentorRunnerUps mentors = new MentorRunnerUps(ReportFixture.programme(), withModes.immersion());

        assertThat(mentors.of(withModes.immersion().pairings().get(0), 2)).isEmpty();
        assertThat(HtmlReport.toHtml(withModes, ReportFixture.programme()))
                .contains("no other mentor is free of conflicts, more experienced and of the required sector.");
    }
}
