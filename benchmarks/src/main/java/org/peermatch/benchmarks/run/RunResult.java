package org.peermatch.benchmarks.run;

import java.util.List;

/**
 * One run: a configuration on a dataset with a seed, and what was measured.
 *
 * @param family {@code accompaniment} or {@code affinity}
 * @param dataset the dataset's name, e.g. {@code accompaniment-M} or {@code midl18}
 * @param size S, M, L, XL, or the fixture's name
 * @param participants participants in the dataset
 * @param resources resource persons (resources) in the dataset
 * @param items needs (accompaniment) or scored pairs (affinity)
 * @param seed the seed of the dataset and of the solver
 * @param configuration the solver configuration, e.g. {@code default}, {@code construction-only}, {@code greedy}
 * @param limitSeconds the time limit given, 0 when none
 * @param wallSeconds time from the start of the run to the final result, including building the problem
 * @param firstFeasibleSeconds time to the first solution meeting every hard rule that covers something (the empty
 *        accompaniment plan meets every hard rule trivially, so it does not count), NaN when none
 * @param solverSeconds time spent inside the solver as it reports it, NaN for runs without one; the rest of the
 *        wall time is building the problem and explaining the result
 * @param score the final score as the solver writes it
 * @param value the measure of quality: covered priority weight (accompaniment) or total score (affinity)
 * @param reference the bound (accompaniment) or exact optimum (affinity) the value is compared with
 * @param referenceKind what the reference is: {@code optimum} (affinity), {@code cp-sat-optimum}, {@code mip-optimum},
 *        {@code cp-sat-bound}, {@code mip-bound}, {@code lagrangian-bound}, {@code lp-bound} or {@code flow-bound}
 *        (accompaniment)
 * @param gapPercent (reference − value) / |reference| × 100
 * @param gapAt10sPercent the gap of the best solution found within 10 s, NaN when none
 * @param greedyValue the greedy baseline's value on the same dataset
 * @param ratioToGreedy value / greedy value
 * @param beatsGreedy whether the result is better than the greedy baseline's (full score, lexicographically)
 * @param hardViolations hard rules broken by the final result, re-checked independently
 * @param moves moves evaluated
 * @param movesPerSecond moves evaluated per second
 * @param peakHeapMb the peak heap in use during the run, in MiB
 * @param liveHeapMb the largest live heap after a collection during the run, in MiB (0 when none ran)
 * @param referenceCheck how the reference was checked, e.g. {@code jgrapht=201.885 (agrees)}
 * @param points the better solutions found over time
 */
public record RunResult(String family, String dataset, String size, int participants, int resources, long items,
        long seed, String configuration, double limitSeconds, double wallSeconds, double firstFeasibleSeconds,
        double solverSeconds, String score, double value, double reference, String referenceKind, double gapPercent,
        double gapAt10sPercent, double greedyValue, double ratioToGreedy, boolean beatsGreedy, int hardViolations,
        long moves, long movesPerSecond, double peakHeapMb, double liveHeapMb, String referenceCheck,
        List<ScorePoint> points) {

    public RunResult {
        points = List.copyOf(points);
    }

    /** @return the gap in percent of a value to a reference, NaN without a reference */
    public static double gap(double reference, double value) {
        if (Double.isNaN(reference) || reference == 0) {
            return Double.NaN;
        }
        return (reference - value) / Math.abs(reference) * 100;
    }
}
