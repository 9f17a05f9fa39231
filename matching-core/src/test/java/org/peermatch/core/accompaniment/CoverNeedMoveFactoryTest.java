package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.SolverLimits;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.testing.Programmes;

/**
 * {@link CoverNeedMove}s alone in {@code FULL_ASSERT}: Timefold checks after every move that the incremental score
 * matches a full recalculation and that undoing the move restores the score, so a move that changes a variable
 * without telling the score director fails here. Pinned needs and slots keep their values.
 */
class CoverNeedMoveFactoryTest {

    @Test
    void coverMovesAloneKeepScoresExactAndPinsInPlace() {
        for (long seed = 1; seed <= 6; seed++) {
            Programme programme = Programmes.generateVaried(seed, 14, 6, 8);
            AccompanimentPlan problem = AccompanimentProblem.build(programme, new PairScoring(programme));
            List<String> pinnedBefore = pinned(problem);
            SolverConfig config = AccompanimentProblem.solverConfig(new SolverSettings(null, null, 300L, seed),
                    EnvironmentMode.FULL_ASSERT)
                    .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new GreedyConstruction())),
                            new LocalSearchPhaseConfig().withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                    .withMoveIteratorFactoryClass(CoverNeedMoveFactory.class)));

            AccompanimentPlan best = SolverFactory.<AccompanimentPlan>create(config).buildSolver().solve(problem);

            assertThat(best.getScore()).isNotNull();
            assertThat(pinned(best)).isEqualTo(pinnedBefore);
        }
    }

    @Test
    void coverMovesNeverLoseCoverageFoundByTheConstruction() {
        Programme programme = Programmes.generateVaried(11, 20, 8, 10);
        AccompanimentPlan constructed = solve(programme, false);
        AccompanimentPlan searched = solve(programme, true);

        assertThat(searched.getScore()).isGreaterThanOrEqualTo(constructed.getScore());
    }

    private static AccompanimentPlan solve(Programme programme, boolean search) {
        AccompanimentPlan problem = AccompanimentProblem.build(programme, new PairScoring(programme));
        SolverConfig config = AccompanimentProblem.solverConfig(new SolverSettings(null, null, 2_000L, 3),
                EnvironmentMode.PHASE_ASSERT);
        if (search) {
            config.withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new GreedyConstruction())),
                    new LocalSearchPhaseConfig().withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                            .withMoveIteratorFactoryClass(CoverNeedMoveFactory.class)));
        } else {
            config.withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new GreedyConstruction())));
        }
        return SolverFactory.<AccompanimentPlan>create(config).buildSolver().solve(problem);
    }

    /** @return the pinned slots' and needs' values, to check that no move changed them */
    static List<String> pinned(AccompanimentPlan plan) {
        List<String> pinned = new ArrayList<>();
        for (ResourceSlot slot : plan.getSlots()) {
            if (slot.isPinned()) {
                pinned.add(slot.getId() + "=" + slot.getResource());
            }
        }
        for (NeedAssignment need : plan.getAssignments()) {
            if (need.isPinned()) {
                pinned.add(need.getId() + "=" + (need.getSlot() == null ? null : need.getSlot().getId()));
            }
        }
        return pinned;
    }
}
