package org.peermatch.core.immersion;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.DecayingNovelty;
import org.peermatch.core.scoring.NoveltyModel;

/** Solves the immersion part of a programme the way the facade will: build, solve, explain. */
final class ImmersionSolving {

    private ImmersionSolving() {
    }

    static ImmersionProposal solve(Programme programme) {
        return solve(programme, EnvironmentMode.PHASE_ASSERT);
    }

    static ImmersionProposal solve(Programme programme, EnvironmentMode mode) {
        NoveltyModel novelty = DecayingNovelty.of(programme);
        ImmersionPlan plan = ImmersionProblem.build(programme, novelty);
        ImmersionPlan best = SolverFactory.<ImmersionPlan>create(ImmersionProblem.solverConfig(programme.solver(), mode))
                .buildSolver().solve(plan);
        return ImmersionProposals.of(programme, novelty, best);
    }
}
