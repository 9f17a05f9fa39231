package org.peermatch.benchmarks.run;

import java.time.Duration;
import java.util.List;

import org.peermatch.benchmarks.datasets.Size;

/**
 * A dataset to run, with its seeds and limits.
 *
 * @param name the dataset's name, e.g. {@code accompaniment-M}, {@code affinity-S}, {@code midl18}
 * @param family {@code accompaniment} or {@code affinity}
 * @param size the generated size, or null for an external fixture
 * @param seeds the seeds (each gives a dataset and the solver's seed)
 * @param limit the time limit of the searching configurations
 * @param checkWithJGraphT whether to check the reference with JGraphT (small and medium only)
 * @param skipped searching configurations not to run (the references and the greedy baseline always run)
 * @param exactLimit the time limit of the exact accompaniment reference (CP-SAT), or null not to run it
 */
public record DatasetSpec(String name, String family, Size size, List<Long> seeds, Duration limit,
        boolean checkWithJGraphT, List<String> skipped, Duration exactLimit) {

    public DatasetSpec {
        seeds = List.copyOf(seeds);
        skipped = List.copyOf(skipped);
    }

    /** A dataset running every configuration. */
    public DatasetSpec(String name, String family, Size size, List<Long> seeds, Duration limit,
            boolean checkWithJGraphT) {
        this(name, family, size, seeds, limit, checkWithJGraphT, List.of(), null);
    }

    /** @return whether the configuration runs */
    public boolean runs(String configuration) {
        return !skipped.contains(configuration);
    }

    /** @return the same dataset running only these searching configurations */
    public DatasetSpec withOnly(List<String> configurations) {
        List<String> skip = new java.util.ArrayList<>();
        for (String configuration : List.of("default", "construction-only", "maxmin", "tabu")) {
            if (!configurations.contains(configuration)) {
                skip.add(configuration);
            }
        }
        return new DatasetSpec(name, family, size, seeds, limit, checkWithJGraphT, skip, exactLimit);
    }

    /** @return the same dataset with other seeds */
    public DatasetSpec withSeeds(List<Long> newSeeds) {
        return new DatasetSpec(name, family, size, newSeeds, limit, checkWithJGraphT, skipped, exactLimit);
    }

    /** @return the same dataset with another time limit */
    public DatasetSpec withLimit(Duration newLimit) {
        return new DatasetSpec(name, family, size, seeds, newLimit, checkWithJGraphT, skipped, exactLimit);
    }

    /** @return the same dataset with another limit for the exact reference (null: no exact reference) */
    public DatasetSpec withExactLimit(Duration newExactLimit) {
        return new DatasetSpec(name, family, size, seeds, limit, checkWithJGraphT, skipped, newExactLimit);
    }
}
