package org.peermatch.core.codevelopment;

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
import org.peermatch.core.scoring.NoveltyModel;
import org.peermatch.core.solve.ConstraintScore;

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
        List<ConstraintScore> constraints;
        HardMediumSoftScore score;
        if (best.isEmpty()) {
            score = HardMediumSoftScore.ZERO;
            constraints = new ArrayList<>();
            for (CodevelopmentConstraint constraint : CodevelopmentConstraint.values()) {
                constraints.add(new ConstraintScore(constraint.id(), constraint.level(), weight(programme,
                        constraint), 0));
            }
        } else {
            SolverFactory<CodevelopmentPlan> factory = SolverFactory.create(CodevelopmentProblem.solverConfig(
                    new SolverSettings(null, null, 1L, programme.solver().seed()), EnvironmentMode.PHASE_ASSERT));
            SolutionManager<CodevelopmentPlan, HardMediumSoftScore> manager = SolutionManager.create(factory);
            score = best.getScore() != null ? best.getScore()
                    : manager.update(best, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
            constraints = constraintScores(programme, manager, best);
        }
        CodevelopmentExplainer explainer = new CodevelopmentExplainer(programme, novelty, best);
        List<CodevelopmentGroup> groups = explainer.groups();
        return new CodevelopmentProposal(score.toString(), score.hardScore(), score.mediumScore(), score.softScore(),
                groups, explainer.unplaced(), constraints, new CodevelopmentCertifier(programme).violations(groups));
    }

    private static long weight(Programme programme, CodevelopmentConstraint constraint) {
        return programme.weights().getOrDefault(constraint.id(), constraint.definition().defaultWeight());
    }

    /**
     * Each constraint's contribution, computed by re-scoring the plan with every other constraint's weight set to
     * zero (the community edition has no score analysis).
     */
    static List<ConstraintScore> constraintScores(Programme programme,
            SolutionManager<CodevelopmentPlan, HardMediumSoftScore> manager, CodevelopmentPlan plan) {
        ConstraintWeightOverrides<HardMediumSoftScore> original = plan.getConstraintWeightOverrides();
        HardMediumSoftScore originalScore = plan.getScore();
        List<ConstraintScore> scores = new ArrayList<>();
        try {
            for (CodevelopmentConstraint constraint : CodevelopmentConstraint.values()) {
                long weight = weight(programme, constraint);
                if (weight == 0) {
                    scores.add(new ConstraintScore(constraint.id(), constraint.level(), 0, 0));
                    continue;
                }
                Map<String, HardMediumSoftScore> only = new LinkedHashMap<>();
                for (CodevelopmentConstraint other : CodevelopmentConstraint.values()) {
                    only.put(other.id(), CodevelopmentProblem.scoreOf(other, other == constraint ? weight : 0));
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
