package org.peermatch.core.workshop;

import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.ConstraintScores;
import org.peermatch.core.plan.Violation;

/** Turns a solved workshop plan into the workshop part of a proposal. */
public final class WorkshopProposals {

    private WorkshopProposals() {
    }

    /**
     * Explains a solved plan: workshops with reasons, needs without a seat with reasons, each constraint's score
     * ({@link ConstraintScores}: the community edition has no score analysis) and the hard rules
     * broken, found by {@link WorkshopCertifier} rather than by the solver's score.
     *
     * @param programme the programme the plan was built from
     * @param best the solved plan (its score may be null when solving stopped at once; it is computed then)
     * @return the proposal
     */
    public static WorkshopProposal of(Programme programme, WorkshopPlan best) {
        return of(programme, best, SolverFactory.create(
                WorkshopProblem.solverConfig(new SolverSettings(null, null, 1L, 0L), EnvironmentMode.PHASE_ASSERT)));
    }

    /** Like {@link #of(Programme, WorkshopPlan)}, scoring with the factory the plan was solved with. */
    public static WorkshopProposal of(Programme programme, WorkshopPlan best, SolverFactory<WorkshopPlan> factory) {
        ConstraintScores scores = ConstraintScores.of(factory, best, WorkshopConstraint.definitions(),
                programme.weights());
        HardMediumSoftScore score = best.getScore() != null ? best.getScore() : scores.score();
        List<ConstraintScore> constraints = scores.constraints();
        WorkshopExplainer explainer = new WorkshopExplainer(programme, best);
        List<Workshop> workshops = explainer.workshops();
        List<Violation> violations = new WorkshopCertifier(programme).violations(workshops);
        return new WorkshopProposal(score.toString(), score.hardScore(), score.mediumScore(), score.softScore(),
                workshops, explainer.unserved(), constraints, violations);
    }
}
