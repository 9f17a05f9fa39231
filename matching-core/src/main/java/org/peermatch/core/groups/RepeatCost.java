package org.peermatch.core.groups;

/**
 * The novelty cost of putting people together again: the single scoring function of rotating groups, used by the
 * search, the result figures and the certifier.
 *
 * <p>A pair that meets {@code k} times in total (earlier meetings plus meetings in the plan) costs
 * {@code k(k-1)/2}, the number of pairs of its meetings: a first meeting is free, a second costs 1, a third 3 more
 * (total 3), a fourth 6 in total. The cost grows more than linearly, so two pairs meeting twice (cost 2) are
 * preferred to one pair meeting three times (cost 3). Only the part the plan adds is counted:
 * {@code C(before + inPlan, 2) - C(before, 2)}, so a pair the plan keeps apart costs nothing whatever its past.
 *
 * <p>Consequences used by the search (O(1) per pair): one more meeting of a pair that has met {@code t} times
 * costs {@code t}; removing one of its {@code t} meetings saves {@code t - 1}.
 */
public final class RepeatCost {

    private RepeatCost() {
    }

    /**
     * @param before meetings of the pair before the plan, at least 0
     * @param inPlan meetings of the pair in the plan, at least 0
     * @return the cost the plan adds for this pair: {@code C(before + inPlan, 2) - C(before, 2)}
     */
    public static long pairCost(int before, int inPlan) {
        return pairsOf(before + inPlan) - pairsOf(before);
    }

    /**
     * @param total meetings of the pair so far (earlier ones and those already planned)
     * @return what one more meeting costs: {@code total}
     */
    public static long nextMeetingCost(int total) {
        return total;
    }

    /**
     * @param before meetings of the pair before the plan
     * @param inPlan meetings of the pair in the plan
     * @return how many of the plan's meetings of this pair are not first meetings: {@code inPlan - 1} for a pair
     *         that never met before, {@code inPlan} for one that did (0 when the plan keeps them apart)
     */
    public static int repeatMeetings(int before, int inPlan) {
        if (inPlan == 0) {
            return 0;
        }
        return before == 0 ? inPlan - 1 : inPlan;
    }

    private static long pairsOf(long k) {
        return k * (k - 1) / 2;
    }
}
