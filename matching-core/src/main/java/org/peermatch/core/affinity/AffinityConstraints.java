package org.peermatch.core.affinity;

import java.util.List;
import java.util.Map;

/**
 * What a committee adds to an affinity problem: pairs it forces, and rules on groups of resources that every
 * participant's set obeys.
 *
 * @param forced pairs kept whatever else; each allowed (scored, not in conflict), at most once
 * @param groupOfResource each grouped resource's group (a resource absent here is in no group)
 * @param rules at most one rule per group; a rule on a group without resources constrains nothing but its minimum
 */
public record AffinityConstraints(List<ForcedPair> forced, Map<String, String> groupOfResource,
        List<GroupRule> rules) {

    /** No forced pair, no group. */
    public static final AffinityConstraints NONE = new AffinityConstraints(List.of(), Map.of(), List.of());

    /** Copies the lists and the map. */
    public AffinityConstraints {
        forced = List.copyOf(forced);
        groupOfResource = Map.copyOf(groupOfResource);
        rules = List.copyOf(rules);
    }

    /** @return whether there is at least one group rule */
    public boolean grouped() {
        return !rules.isEmpty();
    }
}
