package org.peermatch.benchmarks.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.affinity.AffinityParticipant;
import org.peermatch.core.affinity.AffinityProblem;
import org.peermatch.core.affinity.AffinityResource;
import org.peermatch.core.affinity.ConflictPair;
import org.peermatch.core.affinity.ScoredPair;

/**
 * The committee's greedy on an affinity problem: participants in the problem's order take, one demanded resource
 * after another, the best-scored allowed resource (not in conflict, not already theirs) that still has room under
 * its max load. Min loads are not sought; a participant may end short of its demand. O(pairs).
 */
public final class GreedyAffinity {

    private GreedyAffinity() {
    }

    /** @return the assigned pairs, by participant in the problem's order */
    public static List<ScoredPair> assign(AffinityProblem problem) {
        Map<String, List<ScoredPair>> pairsOf = new HashMap<>();
        for (ScoredPair pair : problem.pairs()) {
            pairsOf.computeIfAbsent(pair.participant(), id -> new ArrayList<>()).add(pair);
        }
        Set<String> conflicts = new HashSet<>();
        for (ConflictPair conflict : problem.conflicts()) {
            conflicts.add(conflict.participant() + "\u0000" + conflict.resource());
        }
        Map<String, Integer> room = new HashMap<>();
        for (AffinityResource resource : problem.resources()) {
            room.put(resource.id(), resource.maxLoad());
        }
        List<ScoredPair> assigned = new ArrayList<>();
        for (AffinityParticipant participant : problem.participants()) {
            List<ScoredPair> candidates = new ArrayList<>(pairsOf.getOrDefault(participant.id(), List.of()));
            candidates.removeIf(pair -> conflicts.contains(pair.participant() + "\u0000" + pair.resource()));
            // best score first; ties by the resource's position among the pairs (stable sort)
            candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
            int taken = 0;
            for (ScoredPair pair : candidates) {
                if (taken == participant.demand()) {
                    break;
                }
                int left = room.get(pair.resource());
                if (left > 0) {
                    room.put(pair.resource(), left - 1);
                    assigned.add(pair);
                    taken++;
                }
            }
        }
        return assigned;
    }

    /** @return the total score of the pairs */
    public static double total(List<ScoredPair> pairs) {
        double total = 0;
        for (ScoredPair pair : pairs) {
            total += pair.score();
        }
        return total;
    }
}
