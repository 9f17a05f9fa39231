package org.peermatch.benchmarks.reference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.affinity.AffinityProblem;
import org.peermatch.core.affinity.ConflictPair;
import org.peermatch.core.affinity.ScoredPair;

/**
 * The node numbering both min-cost flow references give an affinity problem: participants 0..P−1, resources
 * P..P+R−1, then the source and the sink; and which scored pairs may carry flow (not a conflict).
 */
final class AffinityNetwork {

    final int source;
    final int sink;
    private final Map<String, Integer> participantNode = new HashMap<>();
    private final Map<String, Integer> resourceNode = new HashMap<>();
    private final Set<String> conflicts = new HashSet<>();

    AffinityNetwork(AffinityProblem problem) {
        int participants = problem.participants().size();
        for (int p = 0; p < participants; p++) {
            participantNode.put(problem.participants().get(p).id(), p);
        }
        for (int r = 0; r < problem.resources().size(); r++) {
            resourceNode.put(problem.resources().get(r).id(), participants + r);
        }
        source = participants + problem.resources().size();
        sink = source + 1;
        for (ConflictPair conflict : problem.conflicts()) {
            conflicts.add(key(conflict.participant(), conflict.resource()));
        }
    }

    /** @return the scored pairs that are not conflicts, in the problem's order */
    List<ScoredPair> allowedPairs(AffinityProblem problem) {
        return problem.pairs().stream().filter(pair -> !conflicts.contains(key(pair.participant(), pair.resource())))
                .toList();
    }

    int participantNode(String id) {
        return participantNode.get(id);
    }

    int resourceNode(String id) {
        return resourceNode.get(id);
    }

    private static String key(String participant, String resource) {
        return participant + "\u0000" + resource;
    }
}
