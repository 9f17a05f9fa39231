package org.peermatch.core.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.peermatch.core.model.Interaction;

/**
 * How much it costs to put people together again: the programme wants new interactions ("favoriser les nouvelles
 * interactions au sein de la communauté"). Every mode asks its model for the cost of a pair or a group, so a
 * programme can swap the model without touching the constraints.
 *
 * <p><b>Units.</b> A cost is a whole number of novelty points, never negative: 0 means the two people never met,
 * directly or through a common peer; {@value #DIRECT_MEETING_COST} is the cost of one direct meeting on the
 * reference date (the programme's start). Costs are the match weights of each mode's novelty constraint
 * ({@code repeated-interaction} in accompaniment), multiplied by its weight.
 *
 * <p><b>Contract</b> of every implementation:
 * <ul>
 * <li>symmetric: {@code pairCost(a, b) == pairCost(b, a)};</li>
 * <li>0 for a person with themselves and for ids the history does not know;</li>
 * <li>{@code pairCost(a, b) == acquaintance(a, b).cost()};</li>
 * <li>ordered: for meetings of the same date, two people who met directly cost more than two who only share a
 * common peer, who cost more than two who never met (0) — strictly before rounding to whole points;</li>
 * <li>monotone: adding a meeting to the history never lowers a cost;</li>
 * <li>immutable and deterministic, hence safe to read from several threads;</li>
 * <li>{@link #pairCost} takes O(1) on average, so that a solver can call it in its inner loop.</li>
 * </ul>
 *
 * <p><b>What the plan itself creates.</b> A model holds the history known before the plan: the pairs the plan
 * makes are not history. Repeats inside one plan are scored by each mode's own constraints (in accompaniment a pair
 * meets once by construction; groups of several rounds count a pair meeting k times with their own superlinear
 * cost). A mode that plans in stages (rounds decided one after the other, or immersion planned after
 * accompaniment is decided) adds what is already decided with {@link #withPlannedMeetings}, which returns a new
 * model.
 */
public interface NoveltyModel {

    /** The cost of one direct meeting on the reference date: the scale of every cost. */
    long DIRECT_MEETING_COST = Novelty.FULL_COST;

    /**
     * @param first a member id
     * @param second another member id
     * @return the cost of putting the two together, 0 when they never met (directly or through a common peer)
     */
    long pairCost(String first, String second);

    /**
     * What the model knows about two people, for explanations. Slower than {@link #pairCost}: call it for the
     * pairs of a proposal, not in a solver's inner loop.
     *
     * @param first a member id
     * @param second another member id
     * @return their direct meetings, common peers and cost
     */
    Acquaintance acquaintance(String first, String second);

    /**
     * The cost of a group: the sum of the costs of its distinct pairs. A member listed twice counts once. Modes
     * that want a repeated pair to cost more than linearly (co-development, rotating groups) build on
     * {@link #pairCost} instead.
     *
     * @param members member ids of the group
     * @return the sum over the group's pairs, in O(k²) for k members
     */
    default long groupCost(Collection<String> members) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(members));
        long cost = 0;
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                cost += pairCost(distinct.get(i), distinct.get(j));
            }
        }
        return cost;
    }

    /**
     * A model that also knows meetings the plan has already decided (dated on or after the reference date, they
     * count in full). This model is left unchanged.
     *
     * @param planned meetings decided by the plan, each like an entry of the history
     * @return a new model of the history and the planned meetings
     */
    NoveltyModel withPlannedMeetings(Collection<Interaction> planned);
}
