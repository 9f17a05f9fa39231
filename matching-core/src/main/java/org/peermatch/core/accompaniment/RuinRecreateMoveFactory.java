package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Ruin and recreate in domain terms, as one move: a need (mostly an uncovered one) is drawn, one to
 * {@value #MAX_RUINED} resource persons competent on it lose every need they cover (and, one time in two, the slots
 * left empty forget them), then those needs, the drawn one and up to {@value #MAX_EXTRA} other uncovered needs these
 * resource persons master are covered again greedily ({@link PlanDraft#insertAll}: the highest priority weight
 * first, random among equals). The resource persons competent on one need compete for the same participants, so
 * their hours are repacked together; the score judges the result like any move.
 */
public final class RuinRecreateMoveFactory extends DraftMoveFactory {

    /** At most this many resource persons are ruined at once. */
    static final int MAX_RUINED = 3;
    /** At most this many other uncovered needs are offered to the recreate step. */
    static final int MAX_EXTRA = 30;

    @Override
    void draft(PlanDraft draft, RandomGenerator random) {
        NeedAssignment seed = pickNeed(random);
        List<ResourcePerson> competent = new ArrayList<>(index.competent(seed));
        if (competent.isEmpty()) {
            return;
        }
        Collections.shuffle(competent, random);
        List<ResourcePerson> ruined = competent.subList(0, 1 + random.nextInt(Math.min(MAX_RUINED, competent.size())));
        boolean forgetSlots = random.nextBoolean();
        List<NeedAssignment> recreate = new ArrayList<>();
        Set<NeedAssignment> chosen = new HashSet<>();
        for (ResourcePerson resource : ruined) {
            for (NeedAssignment need : draft.coveredBy(resource)) {
                if (!need.isPinned()) {
                    draft.assign(need, null);
                    recreate.add(need);
                    chosen.add(need);
                }
            }
            if (forgetSlots) {
                // So far the draft only emptied slots (of persons ruined before): a slot holds this person in the
                // draft exactly when it does in the working plan, read first as it is cheaper.
                for (ResourceSlot slot : index.candidateSlotsOf(resource)) {
                    if (slot.getResource() == resource && !slot.isPinned() && draft.resourceOf(slot) == resource
                            && draft.needsOn(slot).isEmpty()) {
                        draft.point(slot, null);
                    }
                }
            }
        }
        List<NeedAssignment> extra = new ArrayList<>();
        for (ResourcePerson resource : ruined) {
            // The draft has only uncovered needs so far, all of them chosen: a need not chosen is uncovered in the
            // draft exactly when it is in the working plan.
            for (NeedAssignment need : index.masteredBy(resource)) {
                if (need.getResource() == null && !need.isPinned() && !chosen.contains(need)) {
                    extra.add(need);
                    chosen.add(need);
                }
            }
        }
        if (extra.size() > MAX_EXTRA) {
            Collections.shuffle(extra, random);
            extra = extra.subList(0, MAX_EXTRA);
        }
        recreate.addAll(extra);
        if (!chosen.contains(seed) && !seed.isPinned()) {
            recreate.add(seed);
        }
        draft.insertAll(recreate, null, random);
    }
}
