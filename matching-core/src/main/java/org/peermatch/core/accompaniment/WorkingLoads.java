package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.List;

/**
 * The hours and participants each resource person carries in the working plan, kept across the steps of a phase for
 * the drafts of a {@link DraftMoveFactory}. Between two moves of one step the solver undoes the first, so the loads
 * read once in a step stay valid for every draft of that step; at the first read of a step
 * ({@link #stepStarted()}) they are brought up to date by comparing each need's resource person with the one seen
 * last: one pass of reference comparisons, and the counts only change for the participants whose needs changed.
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

    WorkingLoads(PlanIndex index) {
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
        for (int p = 0; p < seen.length; p++) {
            List<NeedAssignment> own = needs.get(p);
            ResourcePerson[] before = seen[p];
            for (int i = 0; i < before.length; i++) {
                if (own.get(i).getResource() != before[i]) {
                    count(own, before, -1);
                    for (int j = 0; j < before.length; j++) {
                        before[j] = own.get(j).getResource();
                    }
                    count(own, before, 1);
                    break;
                }
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
