package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An affinity assignment problem: give every participant exactly {@code demand} distinct resources among the pairs
 * it is allowed, keep every resource's load within its [min, max] range, never assign a conflict pair, and among
 * those assignments prefer the best scores (see {@link Fairness}).
 *
 * <p>A participant–resource pair absent from {@code pairs} is not allowed. A pair that is both scored and listed as
 * a conflict is not allowed either. Orders matter only for output: results list participants and resources in the
 * order given here.
 *
 * @param participants the participants with their demands; ids unique
 * @param resources the resources with their load ranges; ids unique
 * @param pairs the allowed pairs with their scores; each pair at most once, ids known
 * @param conflicts pairs that must never be assigned; ids known
 */
public record AffinityProblem(List<AffinityParticipant> participants, List<AffinityResource> resources,
        List<ScoredPair> pairs, List<ConflictPair> conflicts) {

    private static final int MAX_LISTED = 20;

    /**
     * Copies the lists and checks that ids are unique and known and that no pair is listed twice.
     *
     * @throws IllegalArgumentException naming every problem found (up to 20), each followed by a "Maybe" line
     */
    public AffinityProblem {
        participants = List.copyOf(participants);
        resources = List.copyOf(resources);
        pairs = List.copyOf(pairs);
        conflicts = List.copyOf(conflicts == null ? List.of() : conflicts);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> participantIds = new HashMap<>();
        for (AffinityParticipant participant : participants) {
            if (participantIds.putIfAbsent(participant.id(), participantIds.size()) != null) {
                problems.add("The participant (" + participant.id() + ") is listed twice.\n"
                        + "Maybe merge the two entries.");
            }
        }
        Map<String, Integer> resourceIds = new HashMap<>();
        for (AffinityResource resource : resources) {
            if (resourceIds.putIfAbsent(resource.id(), resourceIds.size()) != null) {
                problems.add("The resource (" + resource.id() + ") is listed twice.\nMaybe merge the two entries.");
            }
        }
        PairKeys seen = new PairKeys(pairs.size());
        for (ScoredPair pair : pairs) {
            checkIds("pair", pair.participant(), pair.resource(), participantIds.keySet(), resourceIds.keySet(),
                    problems);
            Integer p = participantIds.get(pair.participant());
            Integer r = resourceIds.get(pair.resource());
            if (p != null && r != null && seen.putIfAbsent(p, r, 0) >= 0) {
                problems.add("The pair (" + pair.participant() + ", " + pair.resource() + ") is scored twice.\n"
                        + "Maybe keep only one score per pair.");
            }
        }
        for (ConflictPair conflict : conflicts) {
            checkIds("conflict", conflict.participant(), conflict.resource(), participantIds.keySet(),
                    resourceIds.keySet(), problems);
        }
        if (!problems.isEmpty()) {
            int more = problems.size() - MAX_LISTED;
            String text = String.join("\n", problems.subList(0, Math.min(MAX_LISTED, problems.size())));
            throw new IllegalArgumentException(more > 0 ? text + "\n(" + more + " more problems)" : text);
        }
    }

    private static void checkIds(String what, String participant, String resource, Set<String> participantIds,
            Set<String> resourceIds, List<String> problems) {
        if (!participantIds.contains(participant)) {
            problems.add("The " + what + " (" + participant + ", " + resource + ") names an unknown participant ("
                    + participant + ").\nMaybe add the participant with its demand, or fix the id.");
        }
        if (!resourceIds.contains(resource)) {
            problems.add("The " + what + " (" + participant + ", " + resource + ") names an unknown resource ("
                    + resource + ").\nMaybe add the resource with its loads, or fix the id.");
        }
    }

    /** @return the sum of all demands */
    public long totalDemand() {
        long total = 0;
        for (AffinityParticipant participant : participants) {
            total += participant.demand();
        }
        return total;
    }
}
