package org.peermatch.core.accompaniment;

import java.util.Iterator;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;

/**
 * A factory of random compound moves drafted on a {@link PlanDraft} of the working plan. Only random selection is
 * supported: the moves are built one at a time from the current plan.
 */
abstract class DraftMoveFactory implements MoveIteratorFactory<AccompanimentPlan, CoverNeedMove> {

    /** How many random needs are drawn to find an uncovered one before a covered one is taken instead. */
    private static final int UNCOVERED_TRIES = 20;

    /** The working plan's index, for the phase. */
    PlanIndex index;
    /** The working plan's loads, kept over the phase and brought up to date at each step. */
    private WorkingLoads loads;

    @Override
    public void phaseStarted(ScoreDirector<AccompanimentPlan> scoreDirector) {
        index = PlanIndex.of(scoreDirector);
        loads = new WorkingLoads(index);
    }

    @Override
    public void phaseEnded(ScoreDirector<AccompanimentPlan> scoreDirector) {
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

    /** @return one random move drafted on the working plan, its loads read afresh */
    CoverNeedMove build(RandomGenerator random) {
        return build(random, new WorkingLoads(index));
    }

    /** @return one random move drafted on the working plan, whose loads are given */
    CoverNeedMove build(RandomGenerator random, WorkingLoads working) {
        PlanDraft draft = new PlanDraft(index, working);
        draft(draft, random);
        return draft.toMove();
    }

    /** Drafts one move; a draft left unchanged gives a move that changes nothing. */
    abstract void draft(PlanDraft draft, RandomGenerator random);

    /** @return a random movable need, an uncovered one when {@value #UNCOVERED_TRIES} draws find one */
    NeedAssignment pickNeed(RandomGenerator random) {
        NeedAssignment need = index.movable.get(random.nextInt(index.movable.size()));
        for (int i = 1; i < UNCOVERED_TRIES && need.getResource() != null; i++) {
            need = index.movable.get(random.nextInt(index.movable.size()));
        }
        return need;
    }
}
