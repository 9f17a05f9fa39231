package org.peermatch.core.solve;

import java.util.List;

import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.peermatch.core.accompaniment.AccompanimentConstraintProvider;
import org.peermatch.core.accompaniment.AccompanimentPlan;
import org.peermatch.core.accompaniment.ChainCoverMoveFactory;
import org.peermatch.core.accompaniment.CoverNeedMoveFactory;
import org.peermatch.core.accompaniment.GreedyConstruction;
import org.peermatch.core.accompaniment.NeedAssignment;
import org.peermatch.core.accompaniment.ResourceSlot;
import org.peermatch.core.accompaniment.RuinRecreateMoveFactory;
import org.peermatch.core.model.SolverSettings;

/** The solver configurations of peer-match's planning problems, built from a programme's solver settings. */
public final class SolverConfigs {

    /** Late acceptance compares with the score this many steps back. */
    static final int LATE_ACCEPTANCE_SIZE = 100;
    /** How often a cover move is selected relative to each generic move selector. */
    static final double COVER_MOVE_WEIGHT = 3.0;
    /** How often a chained cover move is selected relative to each generic move selector. */
    static final double CHAIN_MOVE_WEIGHT = 2.0;
    /** How often a ruin-and-recreate move is selected relative to each generic move selector. */
    static final double RUIN_RECREATE_MOVE_WEIGHT = 2.0;

    private SolverConfigs() {
    }

    /**
     * @param settings limits and seed
     * @param environmentMode how much the solver checks itself (tests use {@code FULL_ASSERT})
     * @return the configuration of the individual accompaniment solver
     * @throws IllegalArgumentException when no limit is set: a solve must always end
     */
    public static SolverConfig accompaniment(SolverSettings settings, EnvironmentMode environmentMode) {
        return new SolverConfig()
                .withSolutionClass(AccompanimentPlan.class)
                .withEntityClasses(ResourceSlot.class, NeedAssignment.class)
                .withConstraintProviderClass(AccompanimentConstraintProvider.class)
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(termination(settings))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new GreedyConstruction())),
                        accompanimentLocalSearch());
    }

    /**
     * Local search over both levels of the plan: which resource person fills a participant's slot (changed alone
     * or swapped between two slots), which slot covers a need, and three domain moves: a
     * {@link CoverNeedMoveFactory cover move} that gives a need a competent resource person in one step (its slot
     * and the slot's other needs follow, other participants' needs make room), three times as often as each generic
     * move; its {@link ChainCoverMoveFactory ejection chain}, which covers the needs that made room elsewhere at
     * once, and a {@link RuinRecreateMoveFactory ruin and recreate} of one to three resource persons competent on a
     * need, each twice as often. Late acceptance over 100 steps: the default 400 wanders too far at M
     * (benchmarks/README.md, "Findings for tuning").
     */
    static LocalSearchPhaseConfig accompanimentLocalSearch() {
        return new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        weighted(new ChangeMoveSelectorConfig().withEntitySelectorConfig(entities(ResourceSlot.class)),
                                1.0),
                        weighted(new SwapMoveSelectorConfig().withEntitySelectorConfig(entities(ResourceSlot.class)),
                                1.0),
                        weighted(new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(entities(NeedAssignment.class)), 1.0),
                        weighted(new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(CoverNeedMoveFactory.class), COVER_MOVE_WEIGHT),
                        weighted(new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(ChainCoverMoveFactory.class), CHAIN_MOVE_WEIGHT),
                        weighted(new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(RuinRecreateMoveFactory.class),
                                RUIN_RECREATE_MOVE_WEIGHT)));
    }

    private static MoveSelectorConfig<?> weighted(MoveSelectorConfig<?> selector, double weight) {
        selector.setFixedProbabilityWeight(weight);
        return selector;
    }

    private static EntitySelectorConfig entities(Class<?> entityClass) {
        return new EntitySelectorConfig().withEntityClass(entityClass);
    }

    /** @return the termination of the settings: the first limit reached stops the search */
    public static TerminationConfig termination(SolverSettings settings) {
        if (settings.timeLimit() == null && settings.unimprovedTimeLimit() == null
                && settings.moveCountLimit() == null) {
            throw new IllegalArgumentException("The solver settings have no limit, so solving would never end.\n"
                    + "Maybe set solver.timeLimit (e.g. \"30s\") or solver.moveCountLimit.");
        }
        TerminationConfig termination = new TerminationConfig();
        if (settings.timeLimit() != null) {
            termination.setSpentLimit(settings.timeLimit());
        }
        if (settings.unimprovedTimeLimit() != null) {
            termination.setUnimprovedSpentLimit(settings.unimprovedTimeLimit());
        }
        if (settings.moveCountLimit() != null) {
            termination.setMoveCountLimit(settings.moveCountLimit());
        }
        return termination;
    }
}
