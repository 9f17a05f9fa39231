package org.peermatch.core.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Application;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.report.HtmlReport;
import org.peermatch.core.report.ProposalJson;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.Proposal;

/**
 * One solve of {@code examples/applicants-programme.json} (60 applicants with wishes, room for at most 35): the
 * orientation admits within every capacity and wish, its decisions become the applicants' requests in the modes,
 * and the proposal JSON and the report show admitted applicants and the waiting list with reasons.
 */
class OrientationSolveTest {

    private static Programme programme;
    private static Proposal proposal;

    @BeforeAll
    static void solve() throws Exception {
        programme = ProgrammeReader.read(Path.of("../examples/applicants-programme.json"));
        programme = programme.withSolver(new SolverSettings(null, null, 3_000L, 1L));
        proposal = PeerMatch.solve(programme);
    }

    @Test
    void theOrientationAdmitsWithinEveryCapacityAndWish() {
        OrientationProposal orientation = proposal.orientation();
        assertThat(orientation).isNotNull();
        assertThat(orientation.violations()).isEmpty();
        assertThat(orientation.hardScore()).isZero();
        assertThat(orientation.admitted()).hasSizeBetween(20, 35);
        assertThat(orientation.admitted().size() + orientation.waiting().size()).isEqualTo(60);
        for (OrientedApplicant admitted : orientation.admitted()) {
            Application application = programme.applications().of(admitted.member());
            assertThat(application.wishes()).containsAll(admitted.modes());
        }
        Application pinned = programme.applications().applications().get(0);
        assertThat(orientation.modesOf(pinned.member())).contains(pinned.wishes().get(0));
        assertThat(orientation.waiting()).extracting(WaitingApplicant::rank)
                .containsExactlyElementsOf(rangeTo(orientation.waiting().size()));
    }

    @Test
    void theModesPlanExactlyTheAdmittedApplicantsBesideTheDecidedMembers() {
        List<String> expected = new ArrayList<>();
        for (Member member : programme.members()) {
            if (member.requests(Mode.ACCOMPANIMENT)
                    || proposal.orientation().modesOf(member.id()).contains(Mode.ACCOMPANIMENT)) {
                expected.add(member.id());
            }
        }
        List<String> planned = new ArrayList<>();
        proposal.accompaniment().assignments().forEach(a -> {
            if (!planned.contains(a.participant())) {
                planned.add(a.participant());
            }
        });
        proposal.accompaniment().uncovered().forEach(u -> {
            if (!planned.contains(u.participant())) {
                planned.add(u.participant());
            }
        });
        assertThat(expected).containsAll(planned);
        assertThat(proposal.orientation().admitted()).allSatisfy(a -> assertThat(a.reasons()).isNotEmpty());
    }

    @Test
    void theJsonAndTheReportShowAdmittedAndWaitingApplicantsWithReasons() throws Exception {
        String json = ProposalJson.toJson(proposal, programme);
        assertThat(json).contains("\"orientation\"", "\"admitted\"", "\"waitingList\"", "\"wouldAdmit\"",
                "are served best");
        java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream();
        HtmlReport.write(proposal, programme, html);
        assertThat(html.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Orientation and selection", "Admitted applicants", "Waiting list",
                        "What would admit them");
    }

    private static List<Integer> rangeTo(int n) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ranks.add(i);
        }
        return ranks;
    }
}
