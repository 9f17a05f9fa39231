package org.peermatch.core.orientation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.plan.SolverLimits;

/**
 * Builds the orientation planning problem from a programme: one {@link ApplicantOrientation} per member who applies
 * with wishes, whose options are the subsets of their wishes the committee's decisions allow
 * ({@link OrientationScoring#options}), and each mode's capacity left once the members whose modes are decided take
 * their part. Options never hold a mode the applicant did not wish for or the committee forbade, and always hold
 * the modes it pinned; the constraints still check all three, so options given by hand are scored correctly.
 *
 * <p>O(A × 2^W × N) for A applicants with W wishes (at most 4) and N needs.
 */
public final class OrientationProblem {

    private OrientationProblem() {
    }

    /**
     * @param programme the programme, with its applications
     * @return the unsolved plan: nobody admitted
     */
    public static OrientationPlan build(Programme programme) {
        OrientationScoring scoring = new OrientationScoring(programme);
        List<Applicant> applicants = scoring.applicants();
        List<ApplicantOrientation> orientations = new ArrayList<>();
        for (Applicant applicant : applicants) {
            orientations.add(new ApplicantOrientation(applicant, List.copyOf(scoring.options(applicant)), null));
        }
        return new OrientationPlan(applicants, scoring.capacities(), scoring.limit(), orientations,
                weightOverrides(programme.weights()));
    }

    /**
     * The solver: the construction ({@link OrientationConstruction}), then local search changing one applicant's
     * option (admitting, dropping or re-orienting them) or two at once (dropping one to admit another).
     *
     * @param settings limits and seed
     * @param environmentMode how much the solver checks itself (tests use {@code FULL_ASSERT})
     * @return the configuration of the orientation solver
     * @throws IllegalArgumentException when no limit is set: a solve must always end
     */
    public static SolverConfig solverConfig(SolverSettings settings, EnvironmentMode environmentMode) {
        return new SolverConfig()
                .withSolutionClass(OrientationPlan.class)
                .withEntityClasses(ApplicantOrientation.class)
                .withConstraintProviderClass(OrientationConstraintProvider.class)
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(SolverLimits.termination(settings))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new OrientationConstruction())),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                .withMoveSelectors(change(),
                                        new CartesianProductMoveSelectorConfig().withMoveSelectors(change(),
                                                change()))));
    }

    private static ChangeMoveSelectorConfig change() {
        return new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withEntityClass(ApplicantOrientation.class));
    }

    /** @return the programme's weight overrides for the orientation constraints, each on its own level */
    public static ConstraintWeightOverrides<HardMediumSoftScore> weightOverrides(Map<String, Long> weights) {
        return ConstraintWeights.overrides(weights, OrientationConstraint.definitions());
    }
}
