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
 */
public record DatasetSpec(String name, String family, Size size, List<Long> seeds, Duration limit,
        boolean checkWithJGraphT) {

    public DatasetSpec {
        seeds = List.copyOf(seeds);
    }

    /** @return the same dataset with other seeds */
    public DatasetSpec withSeeds(List<Long> newSeeds) {
        return new DatasetSpec(name, family, size, newSeeds, limit, checkWithJGraphT);
    }

    /** @return the same dataset with another time limit */
    public DatasetSpec withLimit(Duration newLimit) {
        return new DatasetSpec(name, family, size, seeds, newLimit, checkWithJGraphT);
    }
}
