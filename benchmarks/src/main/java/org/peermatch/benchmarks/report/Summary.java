package org.peermatch.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.benchmarks.run.RunResult;

/**
 * The runs of one configuration on one dataset, over its seeds: means, worst cases and counts.
 *
 * @param family the family
 * @param dataset the dataset
 * @param size the size label
 * @param configuration the configuration
 * @param runs how many runs (seeds)
 * @param participants participants (of the first seed's dataset)
 * @param resources resource persons (of the first seed's dataset)
 * @param items needs or scored pairs (of the first seed's dataset)
 * @param limitSeconds the time limit
 * @param meanWall mean wall-clock seconds
 * @param meanSolver mean seconds inside the solver (NaN for runs without one)
 * @param meanValue mean value (covered weight, total score or rounds without repeats)
 * @param meanGap mean gap to the reference, in percent
 * @param maxGap largest gap, in percent
 * @param meanGapAt10s mean gap of the best solution within 10 s, in percent (NaN when none)
 * @param meanFirstFeasible mean time to the first feasible solution (NaN when a run had none)
 * @param maxFirstFeasible largest time to the first feasible solution
 * @param meanRatioToGreedy mean value / greedy value
 * @param beatsGreedy how many runs were better than the greedy baseline
 * @param violations hard rules broken in all runs together
 * @param meanMovesPerSecond mean moves per second
 * @param maxPeakHeapMb largest peak heap, MiB
 * @param referenceKind flow-bound or optimum
 * @param referenceCheck the first run's reference check
 */
public record Summary(String family, String dataset, String size, String configuration, int runs, int participants,
        int resources, long items, double limitSeconds, double meanWall, double meanSolver, double meanValue,
        double meanGap,
        double maxGap, double meanGapAt10s, double meanFirstFeasible, double maxFirstFeasible, double meanRatioToGreedy,
        int beatsGreedy, int violations, double meanMovesPerSecond, double maxPeakHeapMb, String referenceKind,
        String referenceCheck) {

    /** @return one summary per (dataset, configuration), in order of first appearance */
    public static List<Summary> of(List<RunResult> runs) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult run : runs) {
            groups.computeIfAbsent(run.dataset() + "\u0000" + run.configuration(), k -> new ArrayList<>()).add(run);
        }
        List<Summary> summaries = new ArrayList<>();
        for (List<RunResult> group : groups.values()) {
            RunResult first = group.getFirst();
            double maxGap = Double.NEGATIVE_INFINITY;
            double maxFeasible = Double.NEGATIVE_INFINITY;
            double maxHeap = 0;
            int beats = 0;
            int violations = 0;
            for (RunResult run : group) {
                maxGap = Math.max(maxGap, run.gapPercent());
                maxFeasible = Double.isNaN(run.firstFeasibleSeconds()) ? Double.NaN
                        : Math.max(maxFeasible, run.firstFeasibleSeconds());
                maxHeap = Math.max(maxHeap, run.peakHeapMb());
                beats += run.beatsGreedy() ? 1 : 0;
                violations += Math.max(0, run.hardViolations());
            }
            summaries.add(new Summary(first.family(), first.dataset(), first.size(), first.configuration(),
                    group.size(), first.participants(), first.resources(), first.items(), first.limitSeconds(),
                    mean(group, RunResult::wallSeconds), mean(group, RunResult::solverSeconds),
                    mean(group, RunResult::value), mean(group, RunResult::gapPercent), maxGap,
                    mean(group, RunResult::gapAt10sPercent), mean(group, RunResult::firstFeasibleSeconds),
                    maxFeasible, mean(group, RunResult::ratioToGreedy), beats, violations,
                    mean(group, run -> run.movesPerSecond()), maxHeap, first.referenceKind(),
                    first.referenceCheck()));
        }
        return summaries;
    }

    /** @return the mean, NaN when any value is NaN */
    static double mean(List<RunResult> runs, java.util.function.ToDoubleFunction<RunResult> value) {
        double sum = 0;
        for (RunResult run : runs) {
            sum += value.applyAsDouble(run);
        }
        return sum / runs.size();
    }
}
