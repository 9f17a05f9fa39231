package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
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
        assertThat(proposal.violations()).extracting(Violation::constraint)
                .containsExactlyInAnyOrderElementsOf(findings.stream().map(IndependentRules.Finding::constraint)
                        .toList());
        assertThat(proposal.score()).isEqualTo(rules.score(pairs).toString());
        assertThat(proposal.assignments().size() + proposal.uncovered().size()).isEqualTo(rules.needs().size());
    }
}
