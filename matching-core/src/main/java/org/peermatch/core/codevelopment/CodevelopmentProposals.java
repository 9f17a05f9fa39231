package org.peermatch.core.codevelopment;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.ConstraintScores;
import org.peermatch.core.scoring.NoveltyModel;

/** Turns a solved co-development plan into the proposal's records. */
public final class CodevelopmentProposals {

    private CodevelopmentProposals() {
    }

    /**
     * @param programme the programme
     * @param novelty the novelty model the plan was built with
     * @param best the solved plan (its score may be null: it is then computed)
     * @return the groups with their session plans and explanations, the unplaced members, per-constraint scores
     *         and the hard rules broken according to {@link CodevelopmentCertifier}
     */
    public static CodevelopmentProposal of(Programme programme, NoveltyModel novelty, CodevelopmentPlan best) {
        return of(programme, novelty, best, null);
    }

    /**
     * Like {@link #of(Programme, NoveltyModel, CodevelopmentPlan)}, scoring with the factory the plan was solved with
     * (null: one is built).
     */
    public static CodevelopmentProposal of(Programme programme, NoveltyModel novelty, CodevelopmentPlan best,
            SolverFactory<CodevelopmentPlan> solvedWith) {
        List<ConstraintScore> constraints;
        HardMediumSoftScore score;
        if (best.isEmpty()) {
            score = HardMediumSoftScore.ZERO;
            constraints = new ArrayList<>();
            for (ConstraintDefinition definition : CodevelopmentConstraint.definitions()) {
                constraints.add(new ConstraintScore(definition.id(), definition.level(),
                        programme.weights().getOrDefault(definition.id(), definition.defaultWeight()), 0));
            }
        } else {
            SolverFactory<CodevelopmentPlan> factory = solvedWith != null ? solvedWith
                    : SolverFactory.create(CodevelopmentProblem.solverConfig(new SolverSettings(null, null, 1L,
                            programme.solver().seed()), EnvironmentMode.PHASE_ASSERT));
            ConstraintScores scores = ConstraintScores.of(factory, best, CodevelopmentConstraint.definitions(),
                    programme.weights());
            score = best.getScore() != null ? best.getScore() : scores.score();
            constraints = scores.constraints();
        }
        CodevelopmentExplainer explainer = new CodevelopmentExplainer(programme, novelty, best);
        List<CodevelopmentGroup> groups = explainer.groups();
        return new CodevelopmentProposal(score.toString(), score.hardScore(), score.mediumScore(), score.softScore(),
                groups, explainer.unplaced(), constraints, new CodevelopmentCertifier(programme).violations(groups));
    }

}
