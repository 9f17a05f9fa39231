package org.peermatch.core.plan;

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

/**
 * The score of a solved plan of any mode and each constraint's part of it, from one scoring pass.
 *
 * <p>The community edition has no score analysis ({@code SolutionManager.analyze}), but its constraint-stream
 * score director still totals the matches of each constraint. Reading those totals costs one scoring pass, where
 * re-scoring the plan once per constraint with the other weights set to zero costs one pass per constraint. This
 * reads Timefold internals ({@code InnerScoreDirector}), pinned with the solver's version; the tests of each mode
 * check the totals against that re-scoring.
 *
 * @param score the plan's score
 * @param constraints each constraint's contribution, in the order of the definitions given
 */
public record ConstraintScores(HardMediumSoftScore score, List<ConstraintScore> constraints) {

    public ConstraintScores {
        constraints = List.copyOf(constraints);
    }

    /**
     * Scores the plan (with its own weight overrides) and splits the score by constraint. O(one scoring pass).
     *
     * @param factory the factory the plan was solved with
     * @param plan the plan; left unchanged except for shadow variables, recomputed from its planning variables
     * @param definitions the constraints of the plan's problem, in the order wanted
     * @param weights the programme's weights by constraint id (a constraint absent has its default weight)
     * @param <S> the planning solution class
     * @return the score and the contributions
     */
    public static <S> ConstraintScores of(SolverFactory<S> factory, S plan, List<ConstraintDefinition> definitions,
            Map<String, Long> weights) {
        ScoreDirectorFactory<S, HardMediumSoftScore> directors =
                ((DefaultSolverFactory<S>) factory).getScoreDirectorFactory();
        try (InnerScoreDirector<S, HardMediumSoftScore> director = directors.createScoreDirectorBuilder()
                .withConstraintMatchPolicy(ConstraintMatchPolicy.ENABLED_WITHOUT_JUSTIFICATIONS)
                .build()) {
            HardMediumSoftScore originalScore = director.getSolutionDescriptor().getScore(plan);
            try {
                director.setWorkingSolution(plan);
                HardMediumSoftScore score = director.calculateScore().raw();
                Map<ConstraintRef, ConstraintMatchTotal<HardMediumSoftScore>> totals =
                        director.getConstraintMatchTotalMap();
                List<ConstraintScore> constraints = new ArrayList<>();
                for (ConstraintDefinition definition : definitions) {
                    long weight = weights.getOrDefault(definition.id(), definition.defaultWeight());
                    ConstraintMatchTotal<HardMediumSoftScore> total = totals.get(ConstraintRef.of(definition.id()));
                    long value = total == null ? 0 : ConstraintWeights.part(total.getScore(), definition.level());
                    constraints.add(new ConstraintScore(definition.id(), definition.level(), weight, value));
                }
                return new ConstraintScores(score, constraints);
            } finally {
                // The score director writes the score it calculates into the plan: the caller's plan keeps its own.
                director.getSolutionDescriptor().setScore(plan, originalScore);
            }
        }
    }
}
