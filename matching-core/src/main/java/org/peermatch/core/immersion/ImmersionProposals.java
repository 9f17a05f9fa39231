package org.peermatch.core.immersion;

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

import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.scoring.NoveltyModel;
import org.peermatch.core.solve.ConstraintScore;
import org.peermatch.core.solve.Violation;

/** Turns a solved immersion plan into the immersion part of a proposal. */
public final class ImmersionProposals {

    private ImmersionProposals() {
    }

    /**
     * Explains a solved plan: pairings with reasons, unplaced mentees with reasons, each constraint's score
     * (re-scoring with every other weight at zero: the community edition has no score analysis) and the hard
     * rules broken, found by {@link ImmersionCertifier} rather than by the solver's score.
     *
     * @param programme the programme the plan was built from
     * @param novelty the novelty model the plan was built with
     * @param best the solved plan (its score may be null when solving stopped at once; it is computed then)
     * @return the proposal
     */
    public static ImmersionProposal of(Programme programme, NoveltyModel novelty, ImmersionPlan best) {
        SolutionManager<ImmersionPlan, HardMediumSoftScore> manager = SolutionManager.create(SolverFactory.create(
                ImmersionProblem.solverConfig(new SolverSettings(null, null, 1L, 0L), EnvironmentMode.PHASE_ASSERT)));
        HardMediumSoftScore score = best.getScore() != null ? best.getScore()
                : manager.update(best, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        List<ConstraintScore> constraints = constraintScores(programme, manager, best);
        ImmersionExplainer explainer = new ImmersionExplainer(programme, novelty, best);
        List<ImmersionPairing> pairings = explainer.pairings();
        List<Violation> violations = new ImmersionCertifier(programme).violations(pairings);
        return new ImmersionProposal(score.toString(), score.hardScore(), score.mediumScore(), score.softScore(),
                pairings, explainer.unplaced(), constraints, violations);
    }

    /**
     * The immersion days of a proposal as meetings, for the novelty of modes planned after immersion
     * ({@link NoveltyModel#withPlannedMeetings}).
     *
     * @param proposal an immersion proposal
     * @return one interaction per pairing (mentee and mentor, mode immersion, on the day), in the proposal's order
     */
    public static List<Interaction> plannedMeetings(ImmersionProposal proposal) {
        List<Interaction> meetings = new ArrayList<>();
        for (ImmersionPairing pairing : proposal.pairings()) {
            meetings.add(new Interaction(List.of(pairing.mentee(), pairing.mentor()), Mode.IMMERSION, pairing.day()));
        }
        return meetings;
    }

    private static List<ConstraintScore> constraintScores(Programme programme,
            SolutionManager<ImmersionPlan, HardMediumSoftScore> manager, ImmersionPlan plan) {
        ConstraintWeightOverrides<HardMediumSoftScore> original = plan.getConstraintWeightOverrides();
        HardMediumSoftScore originalScore = plan.getScore();
        List<ConstraintScore> scores = new ArrayList<>();
        try {
            for (ImmersionConstraint constraint : ImmersionConstraint.values()) {
                long weight = programme.weights().getOrDefault(constraint.id(),
                        constraint.definition().defaultWeight());
                if (weight == 0) {
                    scores.add(new ConstraintScore(constraint.id(), constraint.level(), 0, 0));
                    continue;
                }
                Map<String, HardMediumSoftScore> only = new LinkedHashMap<>();
                for (ImmersionConstraint other : ImmersionConstraint.values()) {
                    only.put(other.id(), ImmersionProblem.scoreOf(other, other == constraint ? weight : 0));
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
