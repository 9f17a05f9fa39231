package org.peermatch.core.accompaniment;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;

/**
 * A factory of random domain moves built one at a time from the working plan, on its {@link PlanIndex} and its
 * {@link WorkingLoads}. The domain move factories of one solver share both: the loads watch the plan's changes and
 * are brought up to date once a step, whichever factory reads them first. Only random selection is supported.
 */
abstract class PlanMoveFactory implements MoveIteratorFactory<AccompanimentPlan, CoverNeedMove> {

    /** How many random needs are drawn to find an uncovered one before a covered one is taken instead. */
    private static final int UNCOVERED_TRIES = 20;

    /**
     * The index and loads of each working plan in a local search phase, shared by its move factories (each is made
     * on its own by the solver). Weak keys: a solve that ends without ending its phase leaves nothing behind.
     */
    private static final Map<AccompanimentPlan, WorkingLoads> SHARED =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The working plan's index, for the phase. */
    PlanIndex index;
    /** The working plan's loads, kept over the phase and brought up to date at each step. */
    private WorkingLoads loads;

    @Override
    public void phaseStarted(ScoreDirector<AccompanimentPlan> scoreDirector) {
        loads = SHARED.computeIfAbsent(scoreDirector.getWorkingSolution(),
                plan -> WorkingLoads.watching(PlanIndex.of(scoreDirector)));
        index = loads.index();
    }

    @Override
    public void phaseEnded(ScoreDirector<AccompanimentPlan> scoreDirector) {
        WorkingLoads ended = SHARED.remove(scoreDirector.getWorkingSolution());
        if (ended != null) {
            ended.close();
        }
        index = null;
        loads = null;
    }

    @Override
    public long getSize(ScoreDirector<AccompanimentPlan> scoreDirector) {
        return index.movable.size();
    }

    @Override
    public Iterator<CoverNeedMove> createOriginalMoveIterator(ScoreDirector<AccompanimentPlan> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " only selects moves at random.");
    }

    @Override
    public Iterator<CoverNeedMove> createRandomMoveIterator(ScoreDirector<AccompanimentPlan> scoreDirector,
            RandomGenerator random) {
        // A random move iterator is made for each step (the local search iterates its move selector anew), and
        // the working plan only changes between steps: every move of the iterator is undone before the next.
        loads.stepStarted();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !index.movable.isEmpty();
            }

            @Override
            public CoverNeedMove next() {
                return build(random, loads);
            }
        };
    }

    /** @return one random move on the working plan, its loads read afresh */
    CoverNeedMove build(RandomGenerator random) {
        return build(random, new WorkingLoads(index));
    }

    /** @return one random move on the working plan, whose loads are given */
    abstract CoverNeedMove build(RandomGenerator random, WorkingLoads working);

    /** @return a random movable need, an uncovered one when {@value #UNCOVERED_TRIES} draws find one */
    NeedAssignment pickNeed(RandomGenerator random) {
        NeedAssignment need = index.movable.get(random.nextInt(index.movable.size()));
        for (int i = 1; i < UNCOVERED_TRIES && need.getResource() != null; i++) {
            need = index.movable.get(random.nextInt(index.movable.size()));
        }
        return need;
    }
}
