package org.peermatch.core.affinity;

import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures (never asserts) the max–min proof on the ten seeded 20 × 60 instances of {@link ExactMaxMinTest}: per
 * seed, the worst and total found, whether both are proven, the branch-and-bound nodes of the proof, the flows
 * solved, the moves charged and the time.
 *
 * <p>Run: {@code mvn -o -q -pl matching-core test -Dtest=MaxMinProofBenchmark -Dpeermatch.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dpeermatch.benchmark.moves=N} changes the move limit
 * (20,000,000 as in the test).
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "peermatch.benchmark", matches = "true")
class MaxMinProofBenchmark {

    @Test
    void twentyBySixty() {
        long limit = Long.getLong("peermatch.benchmark.moves", 20_000_000L);
        for (long seed : ExactMaxMinTest.seeds().toArray()) {
            IndexedProblem ip = new IndexedProblem(RandomInstances.bindingMinLoads(seed, 20, 60, 3, 1, 3));
            long start = System.nanoTime();
            Budget budget = new Budget(start, null, limit);
            MaxMinSearch search = new MaxMinSearch(ip, budget, seed, solution -> {
            });
            Solution best = search.run();
            System.out.printf(Locale.ROOT, "seed %d: worst %.6f, total %.6f, proven %b/%b, %d nodes, %d flows, "
                    + "%d moves, %d ms%n", seed, best.worst / ip.scale, best.total / ip.scale, search.worstProven,
                    search.totalProven, search.exactNodes, search.flowSolves, budget.moves(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
