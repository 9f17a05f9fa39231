package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * An ejection chain of the {@link CoverNeedMoveFactory cover move}, as one move: a need (mostly an uncovered one)
 * is given a competent resource person among its participant's candidates, through the slot already holding that
 * person, else an empty slot, else a random slot (whose needs the person does not master are displaced); room is
 * made in the person's hours and participants by taking other participants' needs, the lowest priority weight
 * first; then every displaced or taken need is covered again at once elsewhere if it can be, without uncovering
 * anything ({@link PlanDraft#insertAll}), never by pointing a slot back at the person just taken.
 */
public final class ChainCoverMoveFactory extends DraftMoveFactory {

    @Override
    void draft(PlanDraft draft, RandomGenerator random) {
        NeedAssignment need = pickNeed(random);
        List<ResourcePerson> competent = index.competent(need);
        List<ResourceSlot> slots = index.slotsOf(need.getParticipant());
        if (competent.isEmpty() || slots.isEmpty()) {
            return;
        }
        ResourcePerson resource = competent.get(random.nextInt(competent.size()));
        if (resource == draft.resourceOf(need)) {
            return;
        }
        ResourceSlot target = null;
        for (ResourceSlot slot : slots) {
            if (draft.resourceOf(slot) == resource) {
                target = slot;
            }
        }
        List<NeedAssignment> moved = new ArrayList<>();
        if (target == null) {
            List<ResourceSlot> open = new ArrayList<>(slots.size());
            for (ResourceSlot slot : slots) {
                if (!slot.isPinned() && (draft.resourceOf(slot) == null || draft.needsOn(slot).isEmpty())) {
                    open.add(slot);
                }
            }
            if (open.isEmpty()) {
                for (ResourceSlot slot : slots) {
                    if (!slot.isPinned() && !holdsPinned(draft.needsOn(slot))) {
                        open.add(slot);
                    }
                }
            }
            if (open.isEmpty()) {
                return;
            }
            target = open.get(random.nextInt(open.size()));
            for (NeedAssignment other : draft.needsOn(target)) {
                if (other != need && !PlanIndex.masters(resource, other)) {
                    draft.assign(other, null);
                    moved.add(other);
                }
            }
            draft.point(target, resource);
        }
        draft.assign(need, target);
        moved.addAll(makeRoom(draft, resource, need.getParticipant(), random));
        draft.insertAll(moved, resource, random);
    }

    private static boolean holdsPinned(List<NeedAssignment> needs) {
        for (NeedAssignment need : needs) {
            if (need.isPinned()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Uncovers other participants' needs of the resource person until their hours and participants fit: when the
     * participants are too many, every need of the participant whose least important need comes first; then the
     * lowest priority weight first (random among equals).
     *
     * @return the needs uncovered
     */
    private static List<NeedAssignment> makeRoom(PlanDraft draft, ResourcePerson resource, Participant participant,
            RandomGenerator random) {
        List<NeedAssignment> taken = new ArrayList<>();
        if (draft.hoursLeft(resource) >= 0 && draft.participantsLeft(resource) >= 0) {
            return taken;
        }
        List<NeedAssignment> others = new ArrayList<>();
        for (NeedAssignment other : draft.coveredBy(resource)) {
            if (other.getParticipant() != participant && !other.isPinned()) {
                others.add(other);
            }
        }
        Collections.shuffle(others, random);
        others.sort((a, b) -> Long.compare(a.getCoverWeight(), b.getCoverWeight()));
        if (draft.participantsLeft(resource) < 0 && !others.isEmpty()) {
            Participant leaving = others.getFirst().getParticipant();
            for (NeedAssignment other : others) {
                if (other.getParticipant() == leaving) {
                    draft.assign(other, null);
                    taken.add(other);
                }
            }
        }
        for (NeedAssignment other : others) {
            if (draft.hoursLeft(resource) >= 0) {
                break;
            }
            if (draft.resourceOf(other) == resource) {
                draft.assign(other, null);
                taken.add(other);
            }
        }
        return taken;
    }
}
