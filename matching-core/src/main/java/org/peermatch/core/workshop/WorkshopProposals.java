package org.peermatch.core.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolutionUpdatePolicy;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.solve.ConstraintScore;
import org.peermatch.core.solve.Violation;

/** Turns a solved workshop plan into the workshop part of a proposal. */
public final class WorkshopProposals {

    private WorkshopProposals() {
    }

    /**
     * Explains a solved plan: workshops with reasons, needs without a seat with reasons, each constraint's score
     * (re-scoring with every other weight at zero: the community edition has no score analysis) and the hard rules
     * broken, found by {@link WorkshopCertifier} rather than by the solver's score.
     *
     * @param programme the programme the plan was built from
     * @param best the solved plan (its score may be null when solving stopped at once; it is computed then)
     * @return the proposal
     */
    public static WorkshopProposal of(Programme programme, WorkshopPlan best) {
        SolutionManager<WorkshopPlan, HardMediumSoftScore> manager = SolutionManager.create(SolverFactory.create(
                WorkshopProblem.solverConfig(new SolverSettings(null, null, 1L, 0L), EnvironmentMode.PHASE_ASSERT)));
        HardMediumSoftScore score = best.getScore() != null ? best.getScore()
                : manager.update(best, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        List<ConstraintScore> constraints = constraintScores(programme, manager, best);
        WorkshopExplainer explainer = new WorkshopExplainer(programme, best);
        List<Workshop> workshops = explainer.workshops();
        List<Violation> violations = new WorkshopCertifier(programme).violations(workshops);
        return new WorkshopProposal(score.toString(), score.hardScore(), score.mediumScore(), score.softScore(),
                workshops, explainer.unserved(), constraints, violations);
    }

    private static List<ConstraintScore> constraintScores(Programme programme,
            SolutionManager<WorkshopPlan, HardMediumSoftScore> manager, WorkshopPlan plan) {
        ConstraintWeightOverrides<HardMediumSoftScore> original = plan.getConstraintWeightOverrides();
        HardMediumSoftScore originalScore = plan.getScore();
        List<ConstraintScore> scores = new ArrayList<>();
        try {
            for (WorkshopConstraint constraint : WorkshopConstraint.values()) {
                long weight = WorkshopProblem.weightOf(programme, constraint);
                if (weight == 0) {
                    scores.add(new ConstraintScore(constraint.id(), constraint.level(), 0, 0));
                    continue;
                }
                Map<String, HardMediumSoftScore> only = new LinkedHashMap<>();
                for (WorkshopConstraint other : WorkshopConstraint.values()) {
                    only.put(other.id(), WorkshopProblem.scoreOf(other, other == constraint ? weight : 0));
                }
                plan.setConstraintWeightOverrides(ConstraintWeightOverrides.of(only));
                HardMediumSoftScore alone = manager.update(plan, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
                long value = switch (constraint.level()) {
                    case HARD -> alone.hardScore();
                    case MEDIUM -> alone.mediumScore();
                    case SOFT -> alone.softScore();
                };
                scores.add(new ConstraintScore(constraint.id(), constraint.level(), weight, value));
            }
        } finally {
            plan.setConstraintWeightOverrides(original);
            plan.setScore(originalScore);
        }
        return scores;
    }
}
