package org.peermatch.benchmarks.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.peermatch.benchmarks.reference.CoverageModel;
import org.peermatch.benchmarks.reference.CoverageRelaxation;
import org.peermatch.benchmarks.reference.ExactCoverage;
import org.peermatch.benchmarks.reference.GreedyAccompaniment;
import org.peermatch.benchmarks.reference.JGraphTReferences;
import org.peermatch.benchmarks.reference.LagrangianCoverage;
import org.peermatch.benchmarks.reference.MipCoverage;
import org.peermatch.benchmarks.reference.ProvenOptima;
import org.peermatch.core.accompaniment.AccompanimentCertifier;
import org.peermatch.core.accompaniment.AccompanimentExplainer;
import org.peermatch.core.accompaniment.AccompanimentPlan;
import org.peermatch.core.accompaniment.AccompanimentProblem;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.SolverLimits;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.solve.Solving;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the accompaniment configurations on one programme and measures them against the tightest proven reference
 * and the greedy baseline ({@link GreedyAccompaniment}). The reference is the exact optimum when the exact reference
 * (CP-SAT, {@link ExactCoverage}, or SCIP, {@link MipCoverage}) proves it, else the least of the proven bounds: the
 * exact solver's, the Lagrangian one ({@link LagrangianCoverage}), the linear relaxation's ({@link MipCoverage#lpBound},
 * by GLOP) and the flow bound ({@link CoverageRelaxation}).
 *
 * <p>Configurations: {@code default} is the facade {@link PeerMatch#start} as a user runs it (construction, then
 * local search until the time limit, then the explained proposal); {@code construction-only} is the same solver
 * configuration ({@link org.peermatch.core.accompaniment.AccompanimentProblem#solverConfig}) keeping only its first phase, the {@code GreedyConstruction}
 * custom phase; {@code greedy} is the committee's baseline.
 */
public final class AccompanimentBench {

    /** The facade's configuration: construction then local search. */
    public static final String DEFAULT = "default";
    /** The construction phase alone. */
    public static final String CONSTRUCTION_ONLY = "construction-only";
    /** The committee's greedy baseline. */
    public static final String GREEDY = "greedy";
    /** The exact reference's best plan by CP-SAT, when it runs. */
    public static final String CP_SAT = "cp-sat";
    /** The exact reference's best plan by SCIP, when it runs. */
    public static final String SCIP = "scip";
    /**
     * The linear relaxation is solved on programmes up to this many allowed pairs: M has ~8,500 (GLOP: ~2 s), L
     * ~574,000 (GLOP does not finish within 300 s).
     */
    static final long LP_MAX_ARCS = 100_000;
    /** The time limit of the linear relaxation (GLOP). */
    static final Duration LP_LIMIT = Duration.ofSeconds(60);
    /** The time limit of the Lagrangian bound's column generation (S: ~1 s, M: ~6–11 s to converge). */
    static final Duration LAGRANGIAN_LIMIT = Duration.ofSeconds(60);
    /** CP-SAT's search workers: its full portfolio, whose LP workers prove the bound (they share the cores). */
    static final int CP_SAT_WORKERS = 8;

    private static final Logger LOGGER = LoggerFactory.getLogger(AccompanimentBench.class);
    private static final double CHECKPOINT_SECONDS = 10;

    private final Programme programme;
    private final String dataset;
    private final String size;
    private final long seed;
    private final int participants;
    private final int resources;
    private final int needs;
    private CoverageRelaxation relaxation;
    private double bound = Double.NaN;
    /** What gaps are measured against: the exact optimum when proven, else the least proven bound. */
    private double reference = Double.NaN;
    private String referenceKind = "flow-bound";
    private ExactCoverage.Result exact;
    private String exactSolver = CP_SAT;
    private MipCoverage.Bound lp;
    private LagrangianCoverage.Bound lagrangian;
    private String boundCheck = "";
    private double greedyValue = Double.NaN;
    private HardMediumSoftScore greedyScore;

    /**
     * @param programme the programme; its solver settings are replaced per run
     * @param dataset the dataset's name
     * @param size its size label
     * @param seed the seed of the dataset, also the solver's seed
     */
    public AccompanimentBench(Programme programme, String dataset, String size, long seed) {
        this.programme = programme;
        this.dataset = dataset;
        this.size = size;
        this.seed = seed;
        int p = 0;
        int r = 0;
        int n = 0;
        for (Member member : programme.members()) {
            if (member.requests(Mode.ACCOMPANIMENT)) {
                p++;
                n += member.needs().size();
            }
            if (member.offer(Mode.ACCOMPANIMENT) != null) {
                r++;
            }
        }
        this.participants = p;
        this.resources = r;
        this.needs = n;
    }

    /**
     * Computes the bound (checked by JGraphT's min-cost flow when asked) and runs the greedy baseline.
     *
     * @param checkWithJGraphT whether to compute the bound a second time with JGraphT (slow beyond ~100,000 arcs)
     * @return the greedy baseline's run
     */
    public RunResult prepare(boolean checkWithJGraphT) {
        return prepare(checkWithJGraphT, null, CP_SAT);
    }

    /**
     * Computes the flow bound (checked by JGraphT's min-cost flow when asked), the linear relaxation and the
     * Lagrangian bound by column generation (up to {@link #LP_MAX_ARCS} allowed pairs; beyond, the Lagrangian bound
     * at the flow prices) and, with a limit, the exact reference by CP-SAT or SCIP (hinted by the
     * greedy plan); then runs the greedy baseline. Gaps are then measured to the exact optimum when proven, else to
     * the least proven bound.
     *
     * @param checkWithJGraphT whether to compute the flow bound a second time with JGraphT (slow beyond ~100,000
     *        arcs)
     * @param exactLimit the exact reference's time limit, or null not to run it
     * @param solver the exact reference's solver: {@link #CP_SAT} or {@link #SCIP}
     * @return the greedy baseline's run
     */
    public RunResult prepare(boolean checkWithJGraphT, Duration exactLimit, String solver) {
        long start = System.nanoTime();
        PairScoring scoring = new PairScoring(programme);
        relaxation = CoverageRelaxation.of(programme, scoring);
        bound = relaxation.bound();
        double boundSeconds = seconds(start);
        boundCheck = String.format(java.util.Locale.ROOT, "flow bound %.1f in %.2f s over %d arcs", bound,
                boundSeconds, relaxation.arcCount());
        if (checkWithJGraphT) {
            long jgraphtStart = System.nanoTime();
            double reference = JGraphTReferences.coverageBound(relaxation);
            boundCheck += String.format(java.util.Locale.ROOT, "; jgrapht %.4f in %.2f s (%s)", reference,
                    seconds(jgraphtStart), Math.abs(reference - bound) < 1e-6 * Math.max(1, bound) ? "agrees"
                            : "DISAGREES");
        }
        reference = bound;
        referenceKind = "flow-bound";
        CoverageModel model = null;
        if (relaxation.arcCount() <= LP_MAX_ARCS) {
            model = CoverageModel.of(programme, scoring);
            lp = MipCoverage.of(model).lpBound(MipCoverage.GLOP, LP_LIMIT);
            boundCheck += "; " + lp.describe();
            if (lp.optimal() && lpInteger() < reference) {
                reference = lpInteger();
                referenceKind = "lp-bound";
            }
        }
        if (model == null) {
            model = CoverageModel.of(programme, scoring);
        }
        // the greedy plan seeds column generation and hints the exact reference
        List<Assignment> greedyPlan = GreedyAccompaniment.plan(programme, scoring);
        lagrangianReference(model, greedyPlan, relaxation.arcCount() <= LP_MAX_ARCS);
        if (exactLimit != null) {
            exactSolver = solver;
            exactReference(model, greedyPlan, exactLimit);
        }
        statedOptimum(model);
        LOGGER.info("{} seed {}: {}", dataset, seed, boundCheck);

        try (HeapMonitor heap = HeapMonitor.start()) {
            long greedyStart = System.nanoTime();
            PairScoring greedyScoring = new PairScoring(programme);
            List<Assignment> plan = GreedyAccompaniment.plan(programme, greedyScoring);
            double greedySeconds = seconds(greedyStart);
            greedyValue = coveredWeight(plan);
            List<Violation> violations = new AccompanimentCertifier(programme, greedyScoring).violations(plan);
            greedyScore = PlanScorer.score(programme, greedyScoring, plan);
            ScorePoint point = new ScorePoint(greedySeconds, greedyScore.toString(), greedyValue);
            return result(GREEDY, 0, greedySeconds, violations.isEmpty() ? greedySeconds : Double.NaN, Double.NaN,
                    greedyScore, greedyValue, violations.size(), 0, 0, heap, List.of(point));
        }
    }

    /** @return the integer part of the relaxation's optimum (the covered weight is whole), with GLOP's tolerance */
    private double lpInteger() {
        return Math.floor(lp.value() + 1e-6);
    }

    /**
     * The Lagrangian bound ({@link LagrangianCoverage}): by column generation where the master stays small (GLOP,
     * within {@link #LAGRANGIAN_LIMIT}), else at the flow relaxation's prices, which costs one pass.
     */
    private void lagrangianReference(CoverageModel model, List<Assignment> seed, boolean columnGeneration) {
        try {
            LagrangianCoverage lagrangian = LagrangianCoverage.of(model);
            this.lagrangian = columnGeneration
                    ? lagrangian.columnGeneration(LAGRANGIAN_LIMIT, seed, MipCoverage.GLOP)
                    : lagrangian.atFlowPrices();
        } catch (IllegalArgumentException tooManyNeeds) {
            boundCheck += "; no lagrangian bound: " + tooManyNeeds.getMessage().lines().findFirst().orElse("");
            return;
        }
        boundCheck += "; " + this.lagrangian.describe();
        double integer = Math.floor(this.lagrangian.value() + 1e-6);
        if (integer < reference) {
            reference = integer;
            referenceKind = "lagrangian-bound";
        }
    }

    /**
     * When this run proved no optimum, one proven outside the profile for exactly this instance
     * ({@link ProvenOptima}), stated with how it was proven; never above a bound this run proved.
     */
    private void statedOptimum(CoverageModel model) {
        if (referenceKind.endsWith("-optimum")) {
            return;
        }
        ProvenOptima.of(dataset, seed, model).ifPresent(optimum -> {
            if (optimum.value() > reference) {
                boundCheck += "; the optimum " + optimum.value() + " stated for this instance lies above the "
                        + "proven bound: not used";
                return;
            }
            reference = optimum.value();
            referenceKind = "stated-optimum";
            boundCheck += "; optimum " + optimum.value() + ", " + optimum.how();
        });
    }

    private void exactReference(CoverageModel model, List<Assignment> hint, Duration limit) {
        String prefix = SCIP.equals(exactSolver) ? "mip" : "cp-sat";
        exact = SCIP.equals(exactSolver) ? MipCoverage.of(model).solve(MipCoverage.SCIP, limit, hint)
                : ExactCoverage.of(model).solve(limit, CP_SAT_WORKERS, hint);
        boundCheck += "; " + exactSolver + " " + exact.describe() + " over " + model.arcCount()
                + " pairs (hint: the greedy's " + coveredWeight(hint) + ")";
        if (exact.status() == ExactCoverage.Status.OPTIMAL) {
            reference = exact.value();
            referenceKind = prefix + "-optimum";
        } else if (exact.status() == ExactCoverage.Status.FEASIBLE) {
            if (exact.bound() < reference) {
                reference = exact.bound();
                referenceKind = prefix + "-bound";
            }
            if (exact.value() >= reference) {
                // the best plan reaches a proven bound (e.g. the relaxation's): it is the optimum
                reference = exact.value();
                referenceKind = prefix + "-optimum";
            }
        }
    }

    /**
     * The exact reference's best plan as a run ({@code cp-sat} or {@code scip}; its value is the optimum when
     * proven), scored and certified like the others; null when the exact reference did not run or found no plan.
     *
     * @return the run, or null
     */
    public RunResult exactRun() {
        if (exact == null || exact.plan().isEmpty() && exact.value() == 0 && !exact.optimal()) {
            return null;
        }
        try (HeapMonitor heap = HeapMonitor.start()) {
            PairScoring scoring = new PairScoring(programme);
            List<Violation> violations = new AccompanimentCertifier(programme, scoring).violations(exact.plan());
            HardMediumSoftScore score = PlanScorer.score(programme, scoring, exact.plan());
            ScorePoint point = new ScorePoint(exact.seconds(), score.toString(), exact.value());
            return result(exactSolver, 0, exact.seconds(), Double.NaN, exact.seconds(), score, exact.value(),
                    violations.size(), 0, 0, heap, List.of(point));
        }
    }

    /**
     * Runs the facade as a user does. The facade explains the result before returning it, which can take longer
     * than the search on large programmes: when the proposal is not ready {@code proposalDeadline} after the time
     * limit, the run is reported from the solver's events (best value, first feasible, heap) with the broken rules
     * unknown (-1), and the explaining thread is left to finish in the background (it cannot be stopped).
     *
     * @param limit the time limit
     * @param proposalDeadline how long to wait for the proposal after the time limit
     * @return the run
     */
    public RunResult runDefault(Duration limit, Duration proposalDeadline) throws InterruptedException {
        Programme configured = programme.withSolver(new SolverSettings(limit, null, null, seed));
        List<ScorePoint> points = Collections.synchronizedList(new ArrayList<>());
        try (HeapMonitor heap = HeapMonitor.start()) {
            long start = System.nanoTime();
            Solving solving = PeerMatch.start(configured, (score, elapsed) -> points.add(point(start, score)));
            CompletableFuture<Proposal> pending = new CompletableFuture<>();
            Thread waiter = new Thread(() -> {
                try {
                    pending.complete(solving.await());
                } catch (Throwable e) {
                    pending.completeExceptionally(e);
                }
            }, "proposal-" + dataset);
            waiter.setDaemon(true);
            waiter.start();
            Proposal proposal;
            try {
                proposal = pending.get(limit.plus(proposalDeadline).toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                List<ScorePoint> seen = List.copyOf(points);
                ScorePoint last = seen.isEmpty() ? null : seen.getLast();
                double wall = seconds(start);
                LOGGER.warn("{} seed {}: no proposal {} s after the start (the facade is still explaining the "
                        + "result); reporting the solver's best.", dataset, seed, Math.round(wall));
                HardMediumSoftScore score = last == null ? HardMediumSoftScore.ZERO
                        : HardMediumSoftScore.parseScore(last.score());
                return result(DEFAULT, limit.toMillis() / 1000.0, wall, firstFeasible(seen), Double.NaN, score,
                        last == null ? 0 : last.value(), -1, 0, 0, heap, seen);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
            double wall = seconds(start);
            double covered = coveredWeight(proposal.accompaniment().assignments());
            HardMediumSoftScore score = HardMediumSoftScore.parseScore(proposal.accompaniment().score());
            return result(DEFAULT, limit.toMillis() / 1000.0, wall, firstFeasible(points),
                    proposal.statistics().spent().toNanos() / 1e9, score, covered,
                    proposal.accompaniment().violations().size(), proposal.statistics().moveCount(),
                    proposal.statistics().movesPerSecond(), heap, List.copyOf(points));
        }
    }

    /**
     * Runs the construction phase alone ({@code GreedyConstruction}), through the same solver configuration.
     *
     * @param limit a time limit (the phase stops early only when it is reached)
     * @return the run
     */
    public RunResult runConstructionOnly(Duration limit) throws InterruptedException {
        SolverSettings settings = new SolverSettings(limit, null, null, seed);
        SolverConfig config = AccompanimentProblem.solverConfig(settings, EnvironmentMode.PHASE_ASSERT);
        config.setPhaseConfigList(List.of(config.getPhaseConfigList().getFirst()));
        List<ScorePoint> points = Collections.synchronizedList(new ArrayList<>());
        try (HeapMonitor heap = HeapMonitor.start()) {
            long start = System.nanoTime();
            PairScoring scoring = new PairScoring(programme);
            AccompanimentPlan problem = AccompanimentProblem.build(programme, scoring);
            SolverFactory<AccompanimentPlan> factory = SolverFactory.create(config);
            try (SolverManager<AccompanimentPlan> manager = SolverManager.create(factory)) {
                SolverJob<AccompanimentPlan> job = manager.solveBuilder()
                        .withProblemId(dataset + "-" + seed)
                        .withProblem(problem)
                        .withBestSolutionEventConsumer(event -> points.add(
                                point(start, event.solution().getScore().toString())))
                        .run();
                AccompanimentPlan best;
                try {
                    best = job.getFinalBestSolution();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("The construction phase failed on " + dataset + ".",
                            e.getCause());
                }
                double wall = seconds(start);
                List<Assignment> assignments = new AccompanimentExplainer(scoring, best).assignments();
                List<Violation> violations = new AccompanimentCertifier(programme, scoring).violations(assignments);
                return result(CONSTRUCTION_ONLY, limit.toMillis() / 1000.0, wall, firstFeasible(points),
                        job.getSolvingDuration().toNanos() / 1e9, best.getScore(), coveredWeight(assignments),
                        violations.size(), job.getMoveEvaluationCount(), job.getMoveEvaluationSpeed(),
                        heap, List.copyOf(points));
            }
        }
    }

    /** @return the coverage bound (after {@link #prepare}) */
    public double bound() {
        return bound;
    }

    /** @return what gaps are measured against: the exact optimum, or the least of the proven bounds */
    public double reference() {
        return reference;
    }

    /**
     * @return {@code cp-sat-optimum}, {@code mip-optimum}, {@code cp-sat-bound}, {@code mip-bound},
     *         {@code lagrangian-bound}, {@code lp-bound} or {@code flow-bound}
     */
    public String referenceKind() {
        return referenceKind;
    }

    /** @return the exact reference's result, null when it did not run */
    public ExactCoverage.Result exact() {
        return exact;
    }

    /** @return the linear relaxation's result, null when it did not run (beyond {@link #LP_MAX_ARCS} pairs) */
    public MipCoverage.Bound lp() {
        return lp;
    }

    /** @return the Lagrangian bound's result, null when it did not run */
    public LagrangianCoverage.Bound lagrangian() {
        return lagrangian;
    }

    /** @return the greedy baseline's covered weight (after {@link #prepare}) */
    public double greedyValue() {
        return greedyValue;
    }

    /** @return the total priority weight of the programme's needs (after {@link #prepare}) */
    public long totalWeight() {
        return relaxation.totalWeight();
    }

    private ScorePoint point(long start, String score) {
        HardMediumSoftScore parsed = HardMediumSoftScore.parseScore(score);
        return new ScorePoint(seconds(start), score,
                coveredFromScore(relaxation.totalWeight(), programme.weights(), parsed));
    }

    /**
     * Covered weight read from a score's medium level: every uncovered need costs its priority weight times the
     * {@code need-uncovered} weight (1 unless overridden).
     *
     * @param totalWeight the priority weight of every need
     * @param weights the constraint weights the score was computed with
     * @param score the score
     * @return the covered priority weight
     */
    public static double coveredFromScore(long totalWeight, Map<String, Long> weights, HardMediumSoftScore score) {
        long weight = weights.getOrDefault("need-uncovered", 1L);
        return totalWeight + (double) score.mediumScore() / Math.max(1, weight);
    }

    /**
     * A run measured elsewhere (e.g. a tuning variant in a child JVM), compared with this dataset's references
     * (after {@link #prepare}): its gaps, first feasible time and standing against the greedy baseline.
     *
     * @return the run
     */
    public RunResult measured(String configuration, long runSeed, double limitSeconds, double wall,
            double solverSeconds, HardMediumSoftScore score, double value, int violations, long moves,
            long movesPerSecond, double peakHeapMb, double liveHeapMb, List<ScorePoint> points) {
        return result(configuration, runSeed, limitSeconds, wall, firstFeasible(points), solverSeconds, score, value,
                violations, moves, movesPerSecond, peakHeapMb, liveHeapMb, points);
    }

    private RunResult result(String configuration, double limitSeconds, double wall, double firstFeasible,
            double solverSeconds, HardMediumSoftScore score, double value, int violations, long moves,
            long movesPerSecond, HeapMonitor heap, List<ScorePoint> points) {
        return result(configuration, seed, limitSeconds, wall, firstFeasible, solverSeconds, score, value,
                violations, moves, movesPerSecond, heap.peakUsedBytes() / 1048576.0,
                heap.peakLiveBytes() / 1048576.0, points);
    }

    private RunResult result(String configuration, long runSeed, double limitSeconds, double wall,
            double firstFeasible, double solverSeconds, HardMediumSoftScore score, double value, int violations,
            long moves, long movesPerSecond, double peakHeapMb, double liveHeapMb, List<ScorePoint> points) {
        double gapAt10s = Double.NaN;
        for (ScorePoint point : points) {
            if (point.seconds() <= CHECKPOINT_SECONDS) {
                gapAt10s = RunResult.gap(reference, point.value());
            }
        }
        if (GREEDY.equals(configuration)) {
            gapAt10s = wall <= CHECKPOINT_SECONDS ? RunResult.gap(reference, value) : Double.NaN;
        }
        boolean beats = greedyScore != null && score.compareTo(greedyScore) > 0;
        return new RunResult("accompaniment", dataset, size, participants, resources, needs, runSeed, configuration,
                limitSeconds, wall, firstFeasible, solverSeconds, score.toString(), value, reference, referenceKind,
                RunResult.gap(reference, value), gapAt10s, greedyValue, value / greedyValue, beats, violations, moves,
                movesPerSecond, peakHeapMb, liveHeapMb, boundCheck, points);
    }

    /** The empty plan meets every hard rule: the first feasible proposal is the first that covers a need. */
    private static double firstFeasible(List<ScorePoint> points) {
        synchronized (points) {
            for (ScorePoint point : points) {
                if (HardMediumSoftScore.parseScore(point.score()).hardScore() == 0 && point.value() > 0) {
                    return point.seconds();
                }
            }
        }
        return Double.NaN;
    }

    /** @return the priority weight the pairs cover */
    public static long coveredWeight(List<Assignment> assignments) {
        long covered = 0;
        for (Assignment assignment : assignments) {
            covered += Need.LEAST_IMPORTANT + 1 - assignment.priority();
        }
        return covered;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
