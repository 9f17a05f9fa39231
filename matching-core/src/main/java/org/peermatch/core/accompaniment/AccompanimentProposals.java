package org.peermatch.core.accompaniment;

import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;

import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ConstraintScores;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.scoring.PairScoring;

/** Turns a solved accompaniment plan into the accompaniment part of a proposal. */
public final class AccompanimentProposals {

    private AccompanimentProposals() {
    }

    /**
     * @param programme the programme the plan was built from
     * @param scoring the pair scoring the plan was built with
     * @param factory the factory the plan was solved with, which scores it again constraint by constraint
     * @param best the best plan found (possibly not scored yet, e.g. stopped at once)
     * @return the pairs explained, the uncovered needs with why, the loads, the score and the broken rules
     */
    public static AccompanimentProposal of(Programme programme, PairScoring scoring,
            SolverFactory<AccompanimentPlan> factory, AccompanimentPlan best) {
        // One scoring pass gives the score (also when stopped before a first score, e.g. Ctrl-C at once) and
        // each constraint's part.
        ConstraintScores scores = ConstraintScores.of(factory, best, AccompanimentConstraint.definitions(),
                programme.weights());
        HardMediumSoftScore score = best.getScore() != null ? best.getScore() : scores.score();
        AccompanimentExplainer explainer = new AccompanimentExplainer(scoring, best);
        List<Assignment> assignments = explainer.assignments();
        List<Violation> violations = new AccompanimentCertifier(programme, scoring).violations(assignments);
        return new AccompanimentProposal(score.toString(), score.hardScore(), score.mediumScore(),
                score.softScore(), assignments, explainer.uncovered(), explainer.loads(), violations,
                scores.constraints());
    }
}
