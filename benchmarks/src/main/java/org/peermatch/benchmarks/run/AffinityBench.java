package org.peermatch.benchmarks.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peermatch.benchmarks.reference.GreedyAffinity;
import org.peermatch.benchmarks.reference.JGraphTReferences;
import org.peermatch.benchmarks.reference.OrToolsAffinity;
import org.peermatch.core.affinity.AffinityAssigner;
import org.peermatch.core.affinity.AffinityCertifier;
import org.peermatch.core.affinity.AffinityOptions;
import org.peermatch.core.affinity.AffinityProblem;
import org.peermatch.core.affinity.AffinityResult;
import org.peermatch.core.affinity.Fairness;
import org.peermatch.core.affinity.ScoredPair;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the affinity engine (the pure assignment core) on one problem against its exact optimum and the greedy
 * baseline. Configurations: {@code exact-flow} ({@link Fairness#NONE}, the core's exact min-cost flow, which gives
 * the optimum; checked by OR-Tools' min-cost flow always and by JGraphT when asked), {@code maxmin} ({@link Fairness#MAXMIN} with a time limit: its total
 * is compared with the optimum of the total, so its gap is the price of fairness), {@code greedy}.
 */
public final class AffinityBench {

    /** The exact min-cost flow. */
    public static final String EXACT = "exact-flow";
    /** Max–min fairness, then the total. */
    public static final String MAXMIN = "maxmin";
    /** The committee's greedy baseline. */
    public static final String GREEDY = "greedy";

    private static final Logger LOGGER = LoggerFactory.getLogger(AffinityBench.class);

    private final AffinityProblem problem;
    private final String dataset;
    private final String size;
    private final long seed;
    private double optimum = Double.NaN;
    private String check = "";
    private double greedyValue = Double.NaN;
    private boolean greedyComplete;

    /**
     * @param problem the problem
     * @param dataset its name
     * @param size its size label
     * @param seed the seed of the dataset and of the search
     */
    public AffinityBench(AffinityProblem problem, String dataset, String size, long seed) {
        this.problem = problem;
        this.dataset = dataset;
        this.size = size;
        this.seed = seed;
    }

    /**
     * Solves exactly (the {@code exact-flow} run, which gives the optimum) and runs the greedy baseline.
     *
     * @param checkWithJGraphT whether to compute the optimum a third time with JGraphT (OR-Tools always checks it)
     * @return the exact run and the greedy run
     */
    public List<RunResult> prepare(boolean checkWithJGraphT) {
        List<RunResult> results = new ArrayList<>();
        Partial greedy;
        try (HeapMonitor heap = HeapMonitor.start()) {
            long start = System.nanoTime();
            List<ScoredPair> pairs = GreedyAffinity.assign(problem);
            double wall = seconds(start);
            greedyValue = GreedyAffinity.total(pairs);
            int broken = AffinityCertifier.violations(problem, pairs).size();
            greedyComplete = broken == 0;
            greedy = new Partial(GREEDY, 0, wall, broken == 0 ? wall : Double.NaN,
                    String.format(Locale.ROOT, "total %.6f", greedyValue), greedyValue, broken, 0, 0, heap,
                    List.of(new ScorePoint(wall, "greedy", greedyValue)));
        }
        Partial exact;
        try (HeapMonitor heap = HeapMonitor.start()) {
            long start = System.nanoTime();
            AffinityResult result = AffinityAssigner.solve(problem,
                    new AffinityOptions(null, null, seed, Fairness.NONE));
            double wall = seconds(start);
            optimum = result.totalScore();
            int broken = AffinityCertifier.violations(problem, result.pairs()).size();
            check = String.format(Locale.ROOT, "exact flow %.6f in %.2f s (%s)", optimum, wall,
                    result.complete() ? "complete" : "with gaps");
            try {
                OrToolsAffinity.Result reference = OrToolsAffinity.optimum(problem);
                check += String.format(Locale.ROOT, "; or-tools min-cost flow %.6f in %.2f s (%s)",
                        reference.total(), reference.seconds(),
                        reference.agreesWith(optimum) ? "agrees" : "DISAGREES");
            } catch (IllegalArgumentException e) {
                check += "; or-tools found no complete assignment";
            }
            if (checkWithJGraphT) {
                long jgraphtStart = System.nanoTime();
                try {
                    double reference = JGraphTReferences.affinityOptimum(problem);
                    check += String.format(Locale.ROOT, "; jgrapht %.6f in %.2f s (%s)", reference,
                            seconds(jgraphtStart),
                            Math.abs(reference - optimum) <= 1e-6 * Math.max(1, Math.abs(optimum)) ? "agrees"
                                    : "DISAGREES");
                } catch (RuntimeException e) {
                    check += "; jgrapht found no complete assignment (" + e.getClass().getSimpleName() + ")";
                }
            }
            LOGGER.info("{} seed {}: {}", dataset, seed, check);
            exact = new Partial(EXACT, 0, wall, result.complete() ? wall : Double.NaN, describe(result),
                    optimum, broken,
                    result.statistics().flowSolves(), 0, heap,
                    List.of(new ScorePoint(wall, describe(result), optimum)));
        }
        results.add(exact.finish());
        results.add(greedy.finish());
        return results;
    }

    /**
     * Runs the max–min search.
     *
     * @param limit its time limit
     * @return the run
     */
    public RunResult runMaxMin(Duration limit) {
        List<ScorePoint> points = new ArrayList<>();
        try (HeapMonitor heap = HeapMonitor.start()) {
            long start = System.nanoTime();
            AffinityResult result = AffinityAssigner.solve(problem,
                    new AffinityOptions(limit, null, seed, Fairness.MAXMIN),
                    (worst, total, elapsed) -> points.add(new ScorePoint(seconds(start),
                            String.format(Locale.ROOT, "worst %.6f total %.6f", worst, total), total)));
            double wall = seconds(start);
            int broken = AffinityCertifier.violations(problem, result.pairs()).size();
            long moves = result.statistics().moveCount();
            long speed = wall > 0 ? Math.round(moves / wall) : 0;
            return new Partial(MAXMIN, limit.toMillis() / 1000.0, wall,
                    result.complete() && !points.isEmpty() ? points.getFirst().seconds() : Double.NaN,
                    describe(result), result.totalScore(),
                    broken, moves, speed, heap, points)
                    .finish();
        }
    }

    private static String describe(AffinityResult result) {
        return String.format(Locale.ROOT, "worst %.6f total %.6f%s", result.worstParticipantTotal(),
                result.totalScore(), result.statistics().optimal() ? " (proven)" : "");
    }

    /** A run measured before the optimum or the greedy value may be known. */
    private final class Partial {
        private final String configuration;
        private final double limitSeconds;
        private final double wall;
        private final double firstFeasible;
        private final String score;
        private final double value;
        private final int violations;
        private final long moves;
        private final long movesPerSecond;
        private final double peakMb;
        private final double liveMb;
        private final List<ScorePoint> points;

        Partial(String configuration, double limitSeconds, double wall, double firstFeasible, String score,
                double value, int violations, long moves, long movesPerSecond, HeapMonitor heap,
                List<ScorePoint> points) {
            this.configuration = configuration;
            this.limitSeconds = limitSeconds;
            this.wall = wall;
            this.firstFeasible = firstFeasible;
            this.score = score;
            this.value = value;
            this.violations = violations;
            this.moves = moves;
            this.movesPerSecond = movesPerSecond;
            this.peakMb = heap.peakUsedBytes() / 1048576.0;
            this.liveMb = heap.peakLiveBytes() / 1048576.0;
            this.points = List.copyOf(points);
        }

        RunResult finish() {
            double gapAt10s = Double.NaN;
            for (ScorePoint point : points) {
                if (point.seconds() <= 10) {
                    gapAt10s = RunResult.gap(optimum, point.value());
                }
            }
            // Better than greedy: complete where greedy is not, or as complete with a higher total.
            boolean complete = violations == 0;
            boolean beats = complete && (!greedyComplete || value > greedyValue + 1e-9);
            return new RunResult("affinity", dataset, size, problem.participants().size(),
                    problem.resources().size(), problem.pairs().size(), seed, configuration, limitSeconds, wall,
                    firstFeasible, Double.NaN, score, value, optimum, "optimum", RunResult.gap(optimum, value),
                    gapAt10s, greedyValue, value / greedyValue, beats, violations, moves, movesPerSecond, peakMb,
                    liveMb, check, points);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
