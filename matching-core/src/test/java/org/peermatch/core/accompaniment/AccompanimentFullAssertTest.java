package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.ProgressListener;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.testing.Programmes;

/**
 * A short solve in {@code FULL_ASSERT}: Timefold recomputes the score from scratch after every move and fails on
 * any difference with the incremental score, which catches constraint streams that forget to retract matches.
 */
class AccompanimentFullAssertTest {

    @Test
    void midSizeProgrammeSolvesInFullAssertAndPassesTheIndependentCertifier() {
        Programme programme = Programmes.generateVaried(77, 20, 8, 10)
                .withSolver(new SolverSettings(null, null, 400L, 77));

        Proposal proposal = PeerMatch.solve(programme, ProgressListener.NONE, EnvironmentMode.FULL_ASSERT);

        IndependentRules rules = new IndependentRules(programme);
        var pairs = IndependentRules.pairsOf(proposal);
        var findings = rules.brokenRules(pairs);
        assertThat(proposal.statistics().moveCount()).isPositive();
        assertThat(proposal.feasible()).isEqualTo(findings.isEmpty());
        assertThat(proposal.accompaniment().violations()).extracting(Violation::constraint)
                .containsExactlyInAnyOrderElementsOf(findings.stream().map(IndependentRules.Finding::constraint)
                        .toList());
        assertThat(proposal.accompaniment().score()).isEqualTo(rules.score(pairs).toString());
        assertThat(proposal.accompaniment().assignments().size() + proposal.accompaniment().uncovered().size()).isEqualTo(rules.needs().size());
    }

    @Test
    void demoProgrammeSolvesInFullAssertAndPassesTheIndependentCertifier() throws Exception {
        String json;
        try (var in = AccompanimentFullAssertTest.class
                .getResourceAsStream("/org/peermatch/core/demo/demo-programme.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Programme demo = org.peermatch.core.io.ProgrammeReader.read(json, "demo-programme.json")
                .withSolver(new SolverSettings(null, null, 300L, 1));

        Proposal proposal = PeerMatch.solve(demo, ProgressListener.NONE, EnvironmentMode.FULL_ASSERT);

        IndependentRules rules = new IndependentRules(demo);
        var pairs = IndependentRules.pairsOf(proposal);
        assertThat(proposal.feasible()).isEqualTo(rules.brokenRules(pairs).isEmpty());
        assertThat(proposal.accompaniment().score()).isEqualTo(rules.score(pairs).toString());
        assertThat(proposal.accompaniment().assignments().size() + proposal.accompaniment().uncovered().size()).isEqualTo(rules.needs().size());
    }
}
