package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        Map<List<String>, Double> sums = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            double weight = weights.get(i);
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException("The weight (" + weight + ") of score source " + (i + 1)
                        + " is not a finite number.\nMaybe use a decimal number such as 0.5.");
            }
            for (ScoredPair pair : sources.get(i)) {
                sums.merge(List.of(pair.participant(), pair.resource()), weight * pair.score(), Double::sum);
            }
        }
        List<ScoredPair> combined = new ArrayList<>(sums.size());
        sums.forEach((key, score) -> combined.add(new ScoredPair(key.get(0), key.get(1), score)));
        return combined;
    }
}
