package org.peermatch.core.accompaniment;

import java.util.random.RandomGenerator;

/** A factory of random compound moves drafted on a {@link PlanDraft} of the working plan. */
abstract class DraftMoveFactory extends PlanMoveFactory {

    @Override
    CoverNeedMove build(RandomGenerator random, WorkingLoads working) {
        PlanDraft draft = new PlanDraft(index, working);
        draft(draft, random);
        return draft.toMove();
    }

    /** Drafts one move; a draft left unchanged gives a move that changes nothing. */
    abstract void draft(PlanDraft draft, RandomGenerator random);
}
