package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.List;

/**
 * The hours and participants each resource person carries in the working plan, kept across the steps of a phase for
 * the drafts of a {@link DraftMoveFactory}. Between two moves of one step the solver undoes the first, so the loads
 * read once in a step stay valid for every draft of that step; at the first read of a step
 * ({@link #stepStarted()}) they are brought up to date by comparing each need's resource person with the one seen
 * last, and the counts only change for the participants whose needs changed.
 *
 * <p>Loads made {@link #watching} the plan learn from the slots' and needs' setters (which the solver calls for every
 * change, done or undone) which participants changed since, and compare only their needs: a step then costs what
 * the moves touched. Other loads compare every need of the plan.
 */
final class WorkingLoads {

    /** By participant position in the plan: their needs, in plan order. */
    private final List<List<NeedAssignment>> needs;
    /** By participant position: the resource person of each of their needs when last read (null: uncovered). */
    private final ResourcePerson[][] seen;
    /** By resource index. */
    private final int[] hours;
    private final int[] participants;
    /** By resource index: the needs the person covers, in plan order. */
    private final List<List<NeedAssignment>> covered;
    private final PlanIndex index;
    /** Whether the loads were brought up to date since the step started. */
    private boolean current;
    /** Whether the plan's entities tell these loads of their changes (else every participant is compared). */
    private final boolean watching;
    /** By participant position: whether their slots or needs changed since they were last compared. */
    private final boolean[] changed;
    /** The positions of the participants changed since the last comparison, the first changedCount of them. */
    private final int[] changedList;
    private int changedCount;

    /** Loads read afresh from the plan, comparing every need at each step. */
    WorkingLoads(PlanIndex index) {
        this(index, false);
    }

    /**
     * @return loads the plan's slots and needs tell of their changes until {@link #close()} (one such watcher per
     *         plan: a new one replaces the last)
     */
    static WorkingLoads watching(PlanIndex index) {
        return new WorkingLoads(index, true);
    }

    private WorkingLoads(PlanIndex index, boolean watching) {
        this.index = index;
        needs = new ArrayList<>(index.participants.size());
        seen = new ResourcePerson[index.participants.size()][];
        for (int p = 0; p < index.participants.size(); p++) {
            List<NeedAssignment> own = index.needsOf(index.participants.get(p));
            needs.add(own);
            seen[p] = new ResourcePerson[own.size()];
        }
        hours = new int[index.resources.size()];
        participants = new int[index.resources.size()];
        covered = new ArrayList<>(index.resources.size());
        for (int r = 0; r < index.resources.size(); r++) {
            covered.add(new ArrayList<>(2));
        }
        this.watching = watching;
        int count = index.participants.size();
        changed = new boolean[count];
        changedList = new int[count];
        for (int p = 0; p < count; p++) {
            changed[p] = true;
            changedList[p] = p;
        }
        changedCount = count;
        if (watching) {
            for (int p = 0; p < count; p++) {
                for (NeedAssignment need : needs.get(p)) {
                    need.watch(this, p);
                }
                for (ResourceSlot slot : index.slotsOf(index.participants.get(p))) {
                    slot.watch(this, p);
                }
            }
        }
    }

    /** The plan's entities stop telling these loads of their changes (at the end of the phase). */
    void close() {
        if (watching) {
            for (int p = 0; p < needs.size(); p++) {
                for (NeedAssignment need : needs.get(p)) {
                    need.watch(null, 0);
                }
                for (ResourceSlot slot : index.slotsOf(index.participants.get(p))) {
                    slot.watch(null, 0);
                }
            }
        }
    }

    /** A slot or need of the participant at that position in the plan changed (called by their setters). */
    void changed(int participantPosition) {
        if (!changed[participantPosition]) {
            changed[participantPosition] = true;
            changedList[changedCount++] = participantPosition;
        }
    }

    /** @return the index of the working plan these loads are read from */
    PlanIndex index() {
        return index;
    }

    /** The working plan may have changed: the next read compares it with the loads seen last. */
    void stepStarted() {
        current = false;
    }

    /** @return the hours the resource person covers in the working plan */
    int hours(ResourcePerson resource) {
        update();
        return hours[resource.index()];
    }

    /** @return how many participants the resource person covers a need of in the working plan */
    int participants(ResourcePerson resource) {
        update();
        return participants[resource.index()];
    }

    /** @return the needs the resource person covers in the working plan, in plan order (not to be changed) */
    List<NeedAssignment> covered(ResourcePerson resource) {
        update();
        return covered.get(resource.index());
    }

    private void update() {
        if (current) {
            return;
        }
        current = true;
        if (!watching) {
            for (int p = 0; p < seen.length; p++) {
                compare(p);
            }
            return;
        }
        // In any order: the counts are sums and the covered lists are kept in plan order.
        for (int k = 0; k < changedCount; k++) {
            int p = changedList[k];
            changed[p] = false;
            compare(p);
        }
        changedCount = 0;
    }

    /** Brings the loads up to date with the needs of the participant at that position. */
    private void compare(int p) {
        List<NeedAssignment> own = needs.get(p);
        ResourcePerson[] before = seen[p];
        for (int i = 0; i < before.length; i++) {
            if (own.get(i).getResource() != before[i]) {
                count(own, before, -1);
                for (int j = 0; j < before.length; j++) {
                    before[j] = own.get(j).getResource();
                }
                count(own, before, 1);
                return;
            }
        }
    }

    /**
     * Adds (sign 1) or removes (sign -1) the participant's needs covered by the given resource persons (their hours,
     * the participant once per person, the needs in the persons' lists).
     */
    private void count(List<NeedAssignment> own, ResourcePerson[] resources, int sign) {
        for (int i = 0; i < resources.length; i++) {
            ResourcePerson resource = resources[i];
            if (resource == null) {
                continue;
            }
            NeedAssignment need = own.get(i);
            hours[resource.index()] += sign * need.hours();
            List<NeedAssignment> list = covered.get(resource.index());
            if (sign < 0) {
                list.remove(need);
            } else {
                int position = index.position(need);
                int at = list.size();
                while (at > 0 && index.position(list.get(at - 1)) > position) {
                    at--;
                }
                list.add(at, need);
            }
            if (!coveredBefore(resources, i)) {
                participants[resource.index()] += sign;
            }
        }
    }

    /** @return whether a need before the i-th has the same resource person */
    private static boolean coveredBefore(ResourcePerson[] resources, int i) {
        for (int j = 0; j < i; j++) {
            if (resources[j] == resources[i]) {
                return true;
            }
        }
        return false;
    }
}
