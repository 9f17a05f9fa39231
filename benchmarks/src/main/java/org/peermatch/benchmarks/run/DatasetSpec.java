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
 * @param exactLimit the time limit of the exact accompaniment reference, or null not to run it
 * @param exactSolver the exact accompaniment reference's solver: {@code cp-sat} or {@code scip}
 */
public record DatasetSpec(String name, String family, Size size, List<Long> seeds, Duration limit,
        boolean checkWithJGraphT, List<String> skipped, Duration exactLimit, String exactSolver) {

    /** CP-SAT, the exact reference's default solver. */
    public static final String CP_SAT = "cp-sat";
    /** SCIP through OR-Tools' linear solver wrapper. */
    public static final String SCIP = "scip";

    public DatasetSpec {
        seeds = List.copyOf(seeds);
        skipped = List.copyOf(skipped);
        if (!CP_SAT.equals(exactSolver) && !SCIP.equals(exactSolver)) {
            throw new IllegalArgumentException("Unknown exact solver (" + exactSolver + ").\n"
                    + "Maybe use " + CP_SAT + " or " + SCIP + ".");
        }
    }

    /** A dataset running every configuration, with CP-SAT for the exact reference when it has a limit. */
    public DatasetSpec(String name, String family, Size size, List<Long> seeds, Duration limit,
            boolean checkWithJGraphT, List<String> skipped, Duration exactLimit) {
        this(name, family, size, seeds, limit, checkWithJGraphT, skipped, exactLimit, CP_SAT);
    }

    /** A dataset running every configuration. */
    public DatasetSpec(String name, String family, Size size, List<Long> seeds, Duration limit,
            boolean checkWithJGraphT) {
        this(name, family, size, seeds, limit, checkWithJGraphT, List.of(), null, CP_SAT);
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
        return new DatasetSpec(name, family, size, seeds, limit, checkWithJGraphT, skip, exactLimit, exactSolver);
    }

    /** @return the same dataset with other seeds */
    public DatasetSpec withSeeds(List<Long> newSeeds) {
        return new DatasetSpec(name, family, size, newSeeds, limit, checkWithJGraphT, skipped, exactLimit, exactSolver);
    }

    /** @return the same dataset with another time limit */
    public DatasetSpec withLimit(Duration newLimit) {
        return new DatasetSpec(name, family, size, seeds, newLimit, checkWithJGraphT, skipped, exactLimit, exactSolver);
    }

    /** @return the same dataset with another limit for the exact reference (null: no exact reference) */
    public DatasetSpec withExactLimit(Duration newExactLimit) {
        return new DatasetSpec(name, family, size, seeds, limit, checkWithJGraphT, skipped, newExactLimit, exactSolver);
    }

    /** @return the same dataset with another solver for the exact reference ({@code cp-sat} or {@code scip}) */
    public DatasetSpec withExactSolver(String newExactSolver) {
        return new DatasetSpec(name, family, size, seeds, limit, checkWithJGraphT, skipped, exactLimit,
                newExactSolver);
    }
}
