package org.peermatch.benchmarks.tune;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.accompaniment.AccompanimentSearch;

/**
 * One solver variant of a tuning file: limits, seeds, the accompaniment search's acceptor and move mix, and
 * constraint weight overrides.
 *
 * @param name the variant's name, unique in the file
 * @param timeLimit the search's time limit, or null
 * @param moveLimit the search's move-count limit, or null (at least one limit is set)
 * @param seeds the solver seeds, each one run
 * @param search the late acceptance size and the moves' selection weights
 * @param weights constraint weight overrides by constraint id, on top of the programme's own
 */
public record Variant(String name, Duration timeLimit, Long moveLimit, List<Long> seeds, AccompanimentSearch search,
        Map<String, Long> weights) {

    public Variant {
        seeds = List.copyOf(seeds);
        weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }
}
