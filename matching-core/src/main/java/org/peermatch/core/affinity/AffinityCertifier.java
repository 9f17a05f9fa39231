package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-checks an assignment against every hard rule of its problem in plain Java, independently of the engine:
 * each pair allowed (scored with that score, not in conflict), no pair twice, every participant exactly its demand,
 * every resource's load within [min, max].
 */
public final class AffinityCertifier {

    private AffinityCertifier() {
    }

    /**
     * @param problem the problem
     * @param pairs the assigned pairs
     * @return every broken rule in domain words, in a stable order; empty when all hold
     */
    public static List<String> violations(AffinityProblem problem, List<ScoredPair> pairs) {
        List<String> violations = new ArrayList<>();
        Map<List<String>, Double> allowed = new HashMap<>();
        for (ScoredPair pair : problem.pairs()) {
            allowed.put(List.of(pair.participant(), pair.resource()), pair.score());
        }
        Set<List<String>> conflicts = new HashSet<>();
        for (ConflictPair conflict : problem.conflicts()) {
            conflicts.add(List.of(conflict.participant(), conflict.resource()));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> loads = new LinkedHashMap<>();
        Set<List<String>> seen = new HashSet<>();
        for (ScoredPair pair : pairs) {
            List<String> key = List.of(pair.participant(), pair.resource());
            Double score = allowed.get(key);
            if (score == null) {
                violations.add("The pair (" + pair.participant() + ", " + pair.resource() + ") is not allowed.");
            } else if (Double.compare(score, pair.score()) != 0) {
                violations.add("The pair (" + pair.participant() + ", " + pair.resource() + ") has score "
                        + pair.score() + " instead of " + score + ".");
            }
            if (conflicts.contains(key)) {
                violations.add("The pair (" + pair.participant() + ", " + pair.resource() + ") is a conflict.");
            }
            if (!seen.add(key)) {
                violations.add("The pair (" + pair.participant() + ", " + pair.resource() + ") is assigned twice.");
            }
            counts.merge(pair.participant(), 1, Integer::sum);
            loads.merge(pair.resource(), 1, Integer::sum);
        }
        for (AffinityParticipant participant : problem.participants()) {
            int count = counts.getOrDefault(participant.id(), 0);
            if (count != participant.demand()) {
                violations.add("Participant " + participant.id() + " has " + count + " resources instead of "
                        + participant.demand() + ".");
            }
        }
        for (AffinityResource resource : problem.resources()) {
            int load = loads.getOrDefault(resource.id(), 0);
            if (load < resource.minLoad() || load > resource.maxLoad()) {
                violations.add("Resource " + resource.id() + " has " + load + " participants, outside ["
                        + resource.minLoad() + ", " + resource.maxLoad() + "].");
            }
        }
        return violations;
    }
}
