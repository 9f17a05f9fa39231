package org.peermatch.core.accompaniment;

import java.util.List;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;

/**
 * What covering a need of each priority is worth in the {@code need-uncovered} rule. By default the weights are
 * lexicographic for the programme at hand: a priority-3 need is worth 1, a priority-2 need one more than all the
 * programme's priority-3 needs together, an essential (priority-1) need one more than all its priority-2 and
 * priority-3 needs together. So no plan ever leaves an essential need uncovered to cover lower-priority ones, however
 * many, and among plans covering as many essential needs, the most priority-2 needs win. The programme may set its
 * own weights instead ({@code rules.accompaniment.priorityWeights}, e.g. {@code [3, 2, 1]} to trade needs by weight).
 *
 * <p>O(needs). The default is at most about (needs / 2)² + needs, well inside a {@code long}.
 */
public final class PriorityWeights {

    private PriorityWeights() {
    }

    /**
     * @param programme the programme: its rules and its participants' needs
     * @return the weights indexed by priority: element 1 for priority 1 … element 3 for priority 3 (element 0 unused)
     */
    public static long[] of(Programme programme) {
        List<Integer> given = programme.accompaniment().priorityWeights();
        long[] weights = new long[Need.LEAST_IMPORTANT + 1];
        if (given.size() == Need.LEAST_IMPORTANT) {
            for (int priority = Need.MOST_IMPORTANT; priority <= Need.LEAST_IMPORTANT; priority++) {
                weights[priority] = given.get(priority - 1);
            }
            return weights;
        }
        long[] counts = new long[Need.LEAST_IMPORTANT + 1];
        for (Member member : programme.participantsIn(Mode.ACCOMPANIMENT)) {
            for (Need need : member.needs()) {
                counts[Math.clamp(need.priority(), Need.MOST_IMPORTANT, Need.LEAST_IMPORTANT)]++;
            }
        }
        // Each priority is worth one more than every need of the lower priorities together.
        long lower = 0;
        for (int priority = Need.LEAST_IMPORTANT; priority >= Need.MOST_IMPORTANT; priority--) {
            weights[priority] = lower + 1;
            lower += counts[priority] * weights[priority];
        }
        return weights;
    }
}
