package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines several score sources with weights (affinity, bids, committee scores) into one list of allowed pairs:
 * a pair scored in at least one source is allowed, its score is the weighted sum over the sources, a source that
 * does not score it counting 0 there; a pair scored in no source stays not allowed.
 *
 * <p>Preconditions: as many weights as sources, every weight finite; within one source each pair at most once.
 * Complexity: O(total pairs) time and memory. The order of the result is the order of first appearance across the
 * sources, so the combination is deterministic. {@code assign}'s repeated {@code --scores file:weight} reads
 * through it ({@link AffinityCsv#read(AffinityCsvSources, List, List)}).
 */
public final class WeightedScores {

    private WeightedScores() {
    }

    /**
     * @param sources the scored pairs of each source
     * @param weights one finite weight per source
     * @return the allowed pairs with their weighted sums, in order of first appearance
     * @throws IllegalArgumentException when the counts differ or a weight is not finite, with a "Maybe" line
     */
    public static List<ScoredPair> combine(List<List<ScoredPair>> sources, List<Double> weights) {
        if (sources.size() != weights.size()) {
            throw new IllegalArgumentException("There are " + sources.size() + " score sources but "
                    + weights.size() + " weights.\nMaybe give one weight per scores file, e.g. affinity.csv:1.");
        }
        // pairs keyed by id indices in a primitive hash set: List.of(participant, resource) keys collide massively
        // on ids like p123/r45 (see PairKeys)
        int total = 0;
        for (List<ScoredPair> source : sources) {
            total += source.size();
        }
        Map<String, Integer> participants = new HashMap<>();
        Map<String, Integer> resources = new HashMap<>();
        PairKeys positions = new PairKeys(total);
        List<ScoredPair> firsts = new ArrayList<>();
        double[] sums = new double[Math.max(16, total)];
        for (int i = 0; i < sources.size(); i++) {
            double weight = weights.get(i);
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException("The weight (" + weight + ") of score source " + (i + 1)
                        + " is not a finite number.\nMaybe use a decimal number such as 0.5.");
            }
            for (ScoredPair pair : sources.get(i)) {
                int p = participants.computeIfAbsent(pair.participant(), id -> participants.size());
                int r = resources.computeIfAbsent(pair.resource(), id -> resources.size());
                long position = positions.putIfAbsent(p, r, firsts.size());
                if (position < 0) {
                    sums[firsts.size()] = weight * pair.score();
                    firsts.add(pair);
                } else {
                    sums[(int) position] += weight * pair.score();
                }
            }
        }
        List<ScoredPair> combined = new ArrayList<>(firsts.size());
        for (int k = 0; k < firsts.size(); k++) {
            combined.add(new ScoredPair(firsts.get(k).participant(), firsts.get(k).resource(), sums[k]));
        }
        return combined;
    }
}
