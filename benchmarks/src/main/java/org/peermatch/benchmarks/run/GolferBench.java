package org.peermatch.benchmarks.run;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.peermatch.benchmarks.datasets.GolferInstance;
import org.peermatch.benchmarks.reference.GreedyGroups;
import org.peermatch.core.groups.GroupRound;
import org.peermatch.core.groups.GroupsCertificate;
import org.peermatch.core.groups.RotatingGroups;
import org.peermatch.core.groups.RotatingGroupsCertifier;
import org.peermatch.core.groups.RotatingGroupsOptions;
import org.peermatch.core.groups.RotatingGroupsProblem;
import org.peermatch.core.groups.RotatingGroupsResult;

/**
 * Runs the rotating-groups engine on a Social Golfer instance. The value is the number of rounds reached without
 * repeats (the largest set of the plan's rounds in which no pair meets twice); the reference is the proven maximum
 * (the instance's rounds, at most the counting bound, attained by a known construction). Configurations:
 * {@code tabu} (the engine, {@link RotatingGroups#solve}, with the time limit) and {@code greedy} (the committee's
 * rounds by hand, {@link GreedyGroups}).
 */
public final class GolferBench {

    /** The engine. */
    public static final String TABU = "tabu";
    /** The committee's greedy baseline. */
    public static final String GREEDY = "greedy";

    private final GolferInstance instance;
    private final long seed;
    private final RotatingGroupsProblem problem;
    private final double reference;
    private final String check;
    private int greedyRounds;
    private int greedyRepeats;

    /**
     * @param instance the instance
     * @param seed the engine's seed
     */
    public GolferBench(GolferInstance instance, long seed) {
        this.instance = instance;
        this.seed = seed;
        this.problem = instance.problem();
        this.reference = Math.min(instance.rounds(), instance.maximumRounds());
        this.check = String.format(Locale.ROOT, "at most %d rounds without a repeat for %d-%d (counting bound %d, "
                + "attained: %s)", instance.maximumRounds(), instance.groups(), instance.size(),
                instance.countingBound(), instance.source());
    }

    /**
     * The committee's rounds: its plan for w rounds is the first w rounds of its plan for W, so the rounds it reaches
     * without repeats are its longest repeat-free prefix.
     *
     * @return the greedy baseline's run
     */
    public RunResult runGreedy() {
        try (HeapMonitor heap = HeapMonitor.start()) {
            long start = System.nanoTime();
            List<GroupRound> rounds = GreedyGroups.plan(problem);
            double wall = (System.nanoTime() - start) / 1e9;
            GroupsCertificate certificate = RotatingGroupsCertifier.certify(problem, rounds);
            greedyRounds = GreedyGroups.repeatFreePrefix(rounds);
            greedyRepeats = certificate.repeatMeetings();
            return result(GREEDY, 0, wall, greedyRounds, certificate.violations().size(), 0, 0, heap,
                    describe(greedyRounds, greedyRepeats), false);
        }
    }

    /**
     * The engine on g-s-w; when its plan has repeats, on g-s-(w − 1), g-s-(w − 2)… (each with the same limit) down to
     * the most rounds of the first plan that are free of repeats together: the value is the most rounds it plans
     * without a repeat.
     *
     * @param limit the time limit of each solve
     * @return the engine's run
     */
    public RunResult runTabu(Duration limit) {
        try (HeapMonitor heap = HeapMonitor.start()) {
            long start = System.nanoTime();
            RotatingGroupsResult result = RotatingGroups.solve(problem,
                    RotatingGroupsOptions.ofTimeLimit(limit).withSeed(seed));
            int broken = RotatingGroupsCertifier.certify(problem, result.rounds()).violations().size();
            int repeats = result.repeatMeetings();
            long moves = result.statistics().moves();
            int reached = result.perfect() ? instance.rounds() : GreedyGroups.roundsWithoutRepeats(result.rounds());
            if (!result.perfect()) {
                for (int w = instance.rounds() - 1; w > reached; w--) {
                    RotatingGroupsProblem fewer = RotatingGroupsProblem.numbered(instance.groups() * instance.size(),
                            instance.size(), w);
                    RotatingGroupsResult shorter = RotatingGroups.solve(fewer,
                            RotatingGroupsOptions.ofTimeLimit(limit).withSeed(seed));
                    moves += shorter.statistics().moves();
                    if (shorter.perfect()) {
                        reached = w;
                        break;
                    }
                }
            }
            double wall = (System.nanoTime() - start) / 1e9;
            boolean beats = reached > greedyRounds || (reached == greedyRounds && repeats < greedyRepeats);
            return result(TABU, limit.toMillis() / 1000.0, wall, reached, broken, moves,
                    wall > 0 ? Math.round(moves / wall) : 0, heap, describe(reached, repeats) + " in "
                            + instance.rounds() + " rounds (" + result.statistics().termination() + ")", beats);
        }
    }

    private static String describe(int rounds, int repeats) {
        return rounds + " rounds reached without repeats; " + repeats + " repeat meetings";
    }

    private RunResult result(String configuration, double limitSeconds, double wall, int rounds, int violations,
            long moves, long movesPerSecond, HeapMonitor heap, String score, boolean beats) {
        ScorePoint point = new ScorePoint(wall, score, rounds);
        return new RunResult("golfer", "golfer-" + instance.name(), instance.name(),
                instance.groups() * instance.size(), instance.groups(), instance.rounds(), seed, configuration,
                limitSeconds, wall, Double.NaN, Double.NaN, score, rounds, reference, "max-rounds",
                RunResult.gap(reference, rounds), wall <= 10 ? RunResult.gap(reference, rounds) : Double.NaN,
                greedyRounds, greedyRounds == 0 ? Double.NaN : (double) rounds / greedyRounds, beats, violations, moves,
                movesPerSecond, heap.peakUsedBytes() / 1048576.0, heap.peakLiveBytes() / 1048576.0, check,
                List.of(point));
    }
}
