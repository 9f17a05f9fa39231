package org.peermatch.core.affinity;

import java.util.List;

/**
 * The best assignment under the committee's constraints, and the group minimums it leaves unmet.
 *
 * @param result the assignment (forced pairs included), its gaps of demand and load and its statistics
 * @param groupGaps participants below a group rule's minimum, in the problem's then the rules' order
 */
public record ConstrainedResult(AffinityResult result, List<GroupGap> groupGaps) {

    /** Copies the list. */
    public ConstrainedResult {
        groupGaps = List.copyOf(groupGaps);
    }

    /** @return whether every demand, min load and group minimum is met */
    public boolean complete() {
        return result.complete() && groupGaps.isEmpty();
    }
}
