package org.peermatch.core.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.ConstraintRef;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.constraint.ConstraintMatchPolicy;
import ai.timefold.solver.core.impl.score.constraint.ConstraintMatchTotal;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirectorFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;

import org.peermatch.core.accompaniment.AccompanimentConstraint;
import org.peermatch.core.accompaniment.AccompanimentPlan;
import org.peermatch.core.model.Programme;

/**
 * The score of a solved accompaniment plan and each constraint's part of it, from one scoring pass.
 *
 * <p>The community edition has no score analysis ({@code SolutionManager.analyze}), but its constraint-stream
 * score director still totals the matches of each constraint. Reading those totals costs one scoring pass, where
 * re-scoring the plan once per constraint with the other weights set to zero cost fifteen (~31 s of explaining at
 * 3,000 participants when each pass also rebuilt a shadow-variable graph). This reads Timefold internals
 * ({@code InnerScoreDirector}), pinned with the solver's version; {@code AccompanimentScoresTest} checks the
 * totals against the re-scoring.
 *
 * @param score the plan's score
 * @param constraints each constraint's contribution, in {@link AccompanimentConstraint} order
 */
record AccompanimentScores(HardMediumSoftScore score, List<ConstraintScore> constraints) {

    AccompanimentScores {
        constraints = List.copyOf(constraints);
    }

    /**
     * Scores the plan (with its own weight overrides) and splits the score by constraint. O(one scoring pass).
     *
     * @param programme the programme, for the weights
     * @param factory the factory the plan was solved with
     * @param plan the plan, left unchanged
     * @return the score and the contributions
     */
    static AccompanimentScores of(Programme programme, SolverFactory<AccompanimentPlan> factory,
            AccompanimentPlan plan) {
        ScoreDirectorFactory<AccompanimentPlan, HardMediumSoftScore> directors =
                ((DefaultSolverFactory<AccompanimentPlan>) factory).getScoreDirectorFactory();
        HardMediumSoftScore originalScore = plan.getScore();
        try (InnerScoreDirector<AccompanimentPlan, HardMediumSoftScore> director = directors
                .createScoreDirectorBuilder()
                .withConstraintMatchPolicy(ConstraintMatchPolicy.ENABLED_WITHOUT_JUSTIFICATIONS)
                .build()) {
            director.setWorkingSolution(plan);
            HardMediumSoftScore score = director.calculateScore().raw();
            Map<ConstraintRef, ConstraintMatchTotal<HardMediumSoftScore>> totals =
                    director.getConstraintMatchTotalMap();
            List<ConstraintScore> constraints = new ArrayList<>();
            for (AccompanimentConstraint constraint : AccompanimentConstraint.values()) {
                long weight = programme.weights().getOrDefault(constraint.id(),
                        constraint.definition().defaultWeight());
                ConstraintMatchTotal<HardMediumSoftScore> total = totals.get(ConstraintRef.of(constraint.id()));
                HardMediumSoftScore part = total == null ? HardMediumSoftScore.ZERO : total.getScore();
                long value = switch (constraint.level()) {
                    case HARD -> part.hardScore();
                    case MEDIUM -> part.mediumScore();
                    case SOFT -> part.softScore();
                };
                constraints.add(new ConstraintScore(constraint.id(), constraint.level(), weight, value));
            }
            return new AccompanimentScores(score, constraints);
        } finally {
            // The score director writes the score it calculates into the plan: the caller's plan keeps its own.
            plan.setScore(originalScore);
        }
    }
}
