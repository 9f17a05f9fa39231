package org.peermatch.benchmarks.reference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import org.peermatch.core.accompaniment.Assignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A proven upper bound on the priority weight any accompaniment plan can cover that keeps what the flow bound
 * ({@link CoverageRelaxation}) drops: each resource person's participant count and unsplit needs. The model of
 * {@link MipCoverage} with "each need covered at most once" (multipliers μ(n) ≥ 0) and "at most maxResourcePersons
 * resource persons per participant" (λ(p) ≥ 0) moved into the objective falls apart into one problem per resource
 * person r: choose at most participants(r) of its participants and, for each, a subset of the needs it may cover,
 * within hours(r), for Σ (weight(n) − μ(n)) − Σ λ(p). That is solved exactly by a dynamic programme over
 * (participants chosen, hours used), each participant's needs enumerated as subsets. For every μ, λ ≥ 0 the value
 * L(μ, λ) = Σ μ + maxResourcePersons · Σ λ + Σ_r (r's problem) bounds every plan.
 *
 * <p>Three ways to choose μ and λ: {@link #atFlowPrices()}, the flow relaxation's optimal prices (one evaluation,
 * never above the flow bound); {@link #columnGeneration}, which solves the Lagrangian dual as a linear programme
 * (Dantzig–Wolfe: the master mixes each resource person's patterns, the dynamic programme prices new ones), the
 * tightest this relaxation gives; and {@link #subgradient} steps, kept as a measurement (slow to converge at L).
 * Figures in the benchmarks README, "Configurations and references".
 */
public final class LagrangianCoverage {

    private static final Logger LOGGER = LoggerFactory.getLogger(LagrangianCoverage.class);

    /** Most needs of one participant one resource person may cover (their subsets are enumerated). */
    private static final int MAX_NEEDS = 16;

    /** The master's columns beyond which unused ones are dropped (the master is built anew without them). */
    private static final int COLUMNS_KEPT = 40_000;

    /** The weight of the best point met in the prices of column generation (Wentges' smoothing). */
    private static final double SMOOTHING = 0.5;

    /**
     * A Lagrangian bound and how it was reached.
     *
     * @param value the least L(μ, λ) met: an upper bound on every plan's covered weight
     * @param master the last master LP's value (column generation; NaN otherwise): a lower estimate of the best
     *        bound this relaxation can give, so {@code value - master} says how far from converged it stopped
     * @param iterations evaluations of L (column generation: master iterations)
     * @param columns the master's columns generated (0 without column generation)
     * @param converged whether column generation proved the master optimal for the whole dual (value = master up
     *        to the LP's tolerance)
     * @param seconds wall time, the flow relaxation's prices included
     */
    public record Bound(double value, double master, int iterations, int columns, boolean converged,
            double seconds) {

        /** @return e.g. {@code lagrangian bound 1141.1 in 8.80 s (column generation: 37 iterations, converged)} */
        public String describe() {
            if (columns == 0) {
                return String.format(Locale.ROOT, "lagrangian bound %.1f in %.2f s (flow prices)", value, seconds);
            }
            return String.format(Locale.ROOT, "lagrangian bound %.1f in %.2f s (column generation: %d iterations, "
                    + "%,d columns, master %.1f%s)", value, seconds, iterations, columns, master,
                    converged ? ", converged" : "");
        }
    }

    private final CoverageModel data;
    private final int[] weight;
    private final int[] hours;
    /** The dynamic programme counts hours in units of the needs' common divisor (2 in the generated programmes). */
    private final int unit;
    private final int[] unitHours;
    /** For each resource person, its participants and, for each, the needs it may cover. */
    private final int[][] participantsOf;
    private final int[][][] needsOf;
    /** The needs of the last {@code solveResource}'s choice. */
    private final int[] lastNeeds;
    private int lastNeedCount;
    /** When set, {@code solveResource} adds (r, needs) for its best choice with each other participant count. */
    private List<int[][]> extraPatterns;

    private LagrangianCoverage(CoverageModel data) {
        this.data = data;
        int needCount = data.needs.size();
        weight = new int[needCount];
        hours = new int[needCount];
        int common = 0;
        for (int n = 0; n < needCount; n++) {
            weight[n] = data.needs.get(n).priorityWeight();
            hours[n] = data.needs.get(n).hours();
            common = gcd(common, hours[n]);
        }
        unit = Math.max(1, common);
        unitHours = new int[needCount];
        for (int n = 0; n < needCount; n++) {
            unitHours[n] = hours[n] / unit;
        }
        lastNeeds = new int[needCount];
        int resources = data.resources.size();
        List<List<Integer>> participants = new ArrayList<>();
        List<List<List<Integer>>> needs = new ArrayList<>();
        for (int r = 0; r < resources; r++) {
            participants.add(new ArrayList<>());
            needs.add(new ArrayList<>());
        }
        for (int p = 0; p < data.participants.size(); p++) {
            for (int n : data.participantNeeds[p]) {
                for (int r : data.needArcs[n]) {
                    List<Integer> own = participants.get(r);
                    if (own.isEmpty() || own.getLast() != p) {
                        own.add(p);
                        needs.get(r).add(new ArrayList<>());
                    }
                    needs.get(r).getLast().add(n);
                }
            }
        }
        participantsOf = new int[resources][];
        needsOf = new int[resources][][];
        for (int r = 0; r < resources; r++) {
            participantsOf[r] = participants.get(r).stream().mapToInt(Integer::intValue).toArray();
            needsOf[r] = needs.get(r).stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            for (int[] own : needsOf[r]) {
                if (own.length > MAX_NEEDS) {
                    // leaving needs out would lower r's value and could put the bound below the optimum
                    throw new IllegalArgumentException("A participant has " + own.length + " needs one resource"
                            + " person may cover, more than the " + MAX_NEEDS + " whose subsets this bound"
                            + " enumerates.\nMaybe use the flow or LP bound for this programme.");
                }
            }
        }
    }

    /**
     * @param data allowed pairs gathered once, e.g. shared with {@link MipCoverage}
     * @return the relaxation (pins are left out: dropping a rule keeps a bound a bound)
     */
    public static LagrangianCoverage of(CoverageModel data) {
        return new LagrangianCoverage(data);
    }

    /**
     * L at the flow relaxation's optimal prices: μ(n) = max(0, weight(n) − hours(n) · the cheapest price on n's
     * arcs), λ = 0. Every resource person's problem is then worth at most price(r) · hours(r), so the value is never
     * above the flow bound; what it gains is the integrality of each resource person's hours and participants.
     *
     * @return the bound (one evaluation)
     */
    public Bound atFlowPrices() {
        long start = System.nanoTime();
        double value = evaluate(flowPrices(), new double[data.participants.size()], new int[weight.length],
                new int[data.participants.size()]);
        return new Bound(value, Double.NaN, 1, 0, false, seconds(start));
    }

    /**
     * Column generation from the flow prices, within a time limit; the bound is the least L met, valid whenever it
     * stops. The master starts with the seed plan's patterns; prices are the master's duals smoothed towards the
     * best point (Wentges), the master's own when the smoothed ones price no new pattern; it has converged when
     * the master's own price none. Unused columns are dropped when the master grows past {@value #COLUMNS_KEPT}.
     *
     * @param limit the time limit (checked between iterations, and given to each master solve)
     * @param seed a plan whose patterns start the master (e.g. the greedy baseline's), or an empty list
     * @param solverId the master's LP solver: {@code GLOP} (simplex) or {@code PDLP} (first-order: its duals are
     *        less exact, which only slows convergence, and it scales to L); PDLP also takes each resource person's
     *        best pattern for every participant count, not only the best one
     * @return the bound
     */
    public Bound columnGeneration(Duration limit, List<Assignment> seed, String solverId) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        CoverageModel.loadNatives();
        boolean firstOrder = "PDLP".equals(solverId);
        int needCount = weight.length;
        int participantCount = data.participants.size();
        int resources = participantsOf.length;
        List<int[][]> pool = new ArrayList<>();
        boolean[][] seeded = data.chosen(seed);
        List<List<Integer>> seedNeeds = new ArrayList<>();
        for (int r = 0; r < resources; r++) {
            seedNeeds.add(new ArrayList<>());
        }
        for (int n = 0; n < needCount; n++) {
            for (int k = 0; k < seeded[n].length; k++) {
                if (seeded[n][k]) {
                    seedNeeds.get(data.needArcs[n][k]).add(n);
                }
            }
        }
        for (int r = 0; r < resources; r++) {
            if (!seedNeeds.get(r).isEmpty()) {
                pool.add(new int[][] {{r}, seedNeeds.get(r).stream().mapToInt(Integer::intValue).toArray()});
            }
        }
        Master master = new Master(solverId);
        master.addAll(pool);
        double[] centerMu = flowPrices();
        double[] centerLambda = new double[participantCount];
        double[] mu = centerMu.clone();
        double[] lambda = centerLambda.clone();
        int[] covered = new int[needCount];
        int[] chosen = new int[participantCount];
        double best = Double.POSITIVE_INFINITY;
        double masterValue = Double.NaN;
        boolean converged = false;
        boolean pure = false;
        int iterations = 0;
        try {
            while (true) {
                iterations++;
                extraPatterns = firstOrder ? new ArrayList<>() : null;
                List<int[][]> candidates = new ArrayList<>();
                double value = lagrangianBase(mu, lambda);
                Arrays.fill(covered, 0);
                Arrays.fill(chosen, 0);
                for (int r = 0; r < resources; r++) {
                    value += solveResource(r, mu, lambda, covered, chosen);
                    if (lastNeedCount > 0) {
                        candidates.add(new int[][] {{r}, Arrays.copyOf(lastNeeds, lastNeedCount)});
                    }
                }
                if (extraPatterns != null) {
                    candidates.addAll(extraPatterns);
                    extraPatterns = null;
                }
                if (value < best) {
                    best = value;
                    System.arraycopy(mu, 0, centerMu, 0, needCount);
                    System.arraycopy(lambda, 0, centerLambda, 0, participantCount);
                }
                List<int[][]> priced = new ArrayList<>();
                for (int[][] candidate : candidates) {
                    if (!master.solved || master.reducedCost(candidate) > 1e-6) {
                        priced.add(candidate);
                    }
                }
                if (priced.isEmpty() && master.solved && pure) {
                    converged = true;
                    break;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                if (!priced.isEmpty()) {
                    pool.addAll(priced);
                    if (master.columns + priced.size() > COLUMNS_KEPT) {
                        pool = master.used(pool);
                        master.delete();
                        master = new Master(solverId);
                        master.addAll(pool);
                    } else {
                        master.addAll(priced);
                    }
                    if (!master.solve(left)) {
                        break;
                    }
                    masterValue = master.value;
                    LOGGER.debug("iteration {}: bound {} (best {}), master {}, {} columns", iterations, value, best,
                            masterValue, pool.size());
                }
                // the next prices: smoothed towards the best point, the master's own when these priced nothing
                pure = priced.isEmpty();
                double a = pure ? 0 : SMOOTHING;
                for (int n = 0; n < needCount; n++) {
                    mu[n] = a * centerMu[n] + (1 - a) * master.mu[n];
                }
                for (int p = 0; p < participantCount; p++) {
                    lambda[p] = a * centerLambda[p] + (1 - a) * master.lambda[p];
                }
            }
        } finally {
            master.delete();
        }
        return new Bound(best, masterValue, iterations, pool.size(), converged, seconds(start));
    }

    /** The restricted master LP: its rows, its columns' patterns, and the duals of its last solve. */
    private final class Master {
        final MPSolver solver;
        final MPObjective objective;
        final MPConstraint[] needRow;
        final MPConstraint[] participantRow;
        final MPConstraint[] resourceRow;
        final List<MPVariable> variables = new ArrayList<>();
        final double[] mu = new double[weight.length];
        final double[] lambda = new double[data.participants.size()];
        final double[] pi = new double[participantsOf.length];
        int columns;
        boolean solved;
        double value = Double.NaN;

        Master(String solverId) {
            solver = MPSolver.createSolver(solverId);
            if (solver == null) {
                throw new IllegalArgumentException("No LP solver " + solverId + " in this OR-Tools build.\n"
                        + "Maybe use GLOP or PDLP.");
            }
            if ("PDLP".equals(solverId)) {
                // duals to 1e-4 are enough for pricing; any duals give a valid bound
                solver.setSolverSpecificParametersAsString("termination_criteria { simple_optimality_criteria {"
                        + " eps_optimal_absolute: 1e-4 eps_optimal_relative: 1e-4 } }");
            }
            objective = solver.objective();
            objective.setMaximization();
            needRow = new MPConstraint[weight.length];
            for (int n = 0; n < needRow.length; n++) {
                needRow[n] = solver.makeConstraint(-MPSolver.infinity(), 1, "");
            }
            // a participant with at most maxResourcePersons needs never exceeds the limit: no row
            participantRow = new MPConstraint[data.participants.size()];
            for (int p = 0; p < participantRow.length; p++) {
                if (data.participantNeeds[p].length > data.maxResourcePersons) {
                    participantRow[p] = solver.makeConstraint(-MPSolver.infinity(), data.maxResourcePersons, "");
                }
            }
            resourceRow = new MPConstraint[participantsOf.length];
            for (int r = 0; r < resourceRow.length; r++) {
                resourceRow[r] = solver.makeConstraint(-MPSolver.infinity(), 1, "");
            }
        }

        void addAll(List<int[][]> patterns) {
            for (int[][] pattern : patterns) {
                MPVariable z = solver.makeNumVar(0, MPSolver.infinity(), "");
                resourceRow[pattern[0][0]].setCoefficient(z, 1);
                double patternValue = 0;
                int previous = -1;
                for (int n : pattern[1]) {
                    patternValue += weight[n];
                    needRow[n].setCoefficient(z, 1);
                    int p = data.needParticipant[n];
                    if (p != previous && participantRow[p] != null) {
                        participantRow[p].setCoefficient(z, 1);
                    }
                    previous = p;
                }
                objective.setCoefficient(z, patternValue);
                variables.add(z);
            }
            columns += patterns.size();
        }

        /** @return whether the master was solved (not stopped by the time limit) */
        boolean solve(long nanosLeft) {
            solver.setTimeLimit(Math.max(1, nanosLeft / 1_000_000));
            MPSolver.ResultStatus status = solver.solve();
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return false;
            }
            for (int n = 0; n < mu.length; n++) {
                mu[n] = Math.max(0, needRow[n].dualValue());
            }
            for (int p = 0; p < lambda.length; p++) {
                lambda[p] = participantRow[p] == null ? 0 : Math.max(0, participantRow[p].dualValue());
            }
            for (int r = 0; r < pi.length; r++) {
                pi[r] = Math.max(0, resourceRow[r].dualValue());
            }
            value = objective.value();
            solved = true;
            return true;
        }

        /** @return the pattern's reduced cost at the last duals */
        double reducedCost(int[][] pattern) {
            double reduced = -pi[pattern[0][0]];
            int previous = -1;
            for (int n : pattern[1]) {
                reduced += weight[n] - mu[n];
                int p = data.needParticipant[n];
                if (p != previous) {
                    reduced -= lambda[p];
                }
                previous = p;
            }
            return reduced;
        }

        /** @return the pool's patterns in use in the last solution or within a point of entering it */
        List<int[][]> used(List<int[][]> pool) {
            List<int[][]> kept = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                boolean inMaster = i < variables.size();
                if (!inMaster || variables.get(i).solutionValue() > 1e-9 || reducedCost(pool.get(i)) > -1) {
                    kept.add(pool.get(i));
                }
            }
            return kept;
        }

        void delete() {
            solver.delete();
        }
    }

    /**
     * Plain subgradient steps (Polyak's, towards a value some plan reaches, the step factor halved after 10 steps
     * without a lower bound): a measurement beside column generation.
     *
     * @param steps how many steps at most
     * @param target a value some plan reaches
     * @param startTheta the first step factor
     * @param fromFlow start from the flow prices instead of μ = weight / 2
     * @return the least bound met
     */
    public Bound subgradient(int steps, double target, double startTheta, boolean fromFlow) {
        long start = System.nanoTime();
        int needCount = weight.length;
        int participantCount = data.participants.size();
        double[] mu = fromFlow ? flowPrices() : new double[needCount];
        if (!fromFlow) {
            for (int n = 0; n < needCount; n++) {
                mu[n] = weight[n] / 2.0;
            }
        }
        double[] lambda = new double[participantCount];
        double best = Double.POSITIVE_INFINITY;
        double theta = startTheta;
        int sinceBetter = 0;
        int[] covered = new int[needCount];
        int[] chosen = new int[participantCount];
        int done = 0;
        for (int step = 0; step < steps; step++) {
            double value = evaluate(mu, lambda, covered, chosen);
            done++;
            if (value < best - 1e-9) {
                best = value;
                sinceBetter = 0;
            } else if (++sinceBetter >= 10) {
                theta /= 2;
                sinceBetter = 0;
            }
            double norm = 0;
            for (int n = 0; n < needCount; n++) {
                double g = 1 - covered[n];
                if (g < 0 || mu[n] > 0) {
                    norm += g * g;
                }
            }
            for (int p = 0; p < participantCount; p++) {
                double g = data.maxResourcePersons - chosen[p];
                if (g < 0 || lambda[p] > 0) {
                    norm += g * g;
                }
            }
            if (norm == 0 || theta < 1e-4) {
                break;
            }
            double size = theta * Math.max(1e-6, value - target) / norm;
            for (int n = 0; n < needCount; n++) {
                mu[n] = Math.max(0, mu[n] - size * (1 - covered[n]));
            }
            for (int p = 0; p < participantCount; p++) {
                lambda[p] = Math.max(0, lambda[p] - size * (data.maxResourcePersons - chosen[p]));
            }
        }
        return new Bound(best, Double.NaN, done, 0, false, seconds(start));
    }

    /**
     * The flow relaxation's optimal prices as μ: a resource person closed by the flow greedy costs the profit per
     * hour of the need that closed it, so a need is worth to the bound what it earns above its cheapest arc.
     */
    private double[] flowPrices() {
        CoverageRelaxation relaxation = data.relaxation();
        relaxation.bound();
        double[] prices = relaxation.resourcePrices();
        double[] mu = new double[weight.length];
        for (int n = 0; n < mu.length; n++) {
            double cheapest = Double.POSITIVE_INFINITY;
            for (int r : data.needArcs[n]) {
                cheapest = Math.min(cheapest, prices[r]);
            }
            mu[n] = data.needArcs[n].length == 0 ? 0 : Math.max(0, weight[n] - hours[n] * cheapest);
        }
        return mu;
    }

    /** @return L at (μ, λ); the resource persons' choices are counted into covered (per need) and chosen */
    private double evaluate(double[] mu, double[] lambda, int[] covered, int[] chosen) {
        Arrays.fill(covered, 0);
        Arrays.fill(chosen, 0);
        double value = lagrangianBase(mu, lambda);
        for (int r = 0; r < participantsOf.length; r++) {
            value += solveResource(r, mu, lambda, covered, chosen);
        }
        return value;
    }

    /** @return Σ μ + maxResourcePersons · Σ λ */
    private double lagrangianBase(double[] mu, double[] lambda) {
        double value = 0;
        for (double m : mu) {
            value += m;
        }
        for (double l : lambda) {
            value += data.maxResourcePersons * l;
        }
        return value;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * @return r's best value; its choice is added to covered (per need) and chosen (per participant) and kept in
     *         lastNeeds
     */
    private double solveResource(int r, double[] mu, double[] lambda, int[] covered, int[] chosen) {
        int capacity = data.resourceHours[r] / unit;
        int most = Math.min(data.resourceParticipants[r], participantsOf[r].length);
        lastNeedCount = 0;
        if (capacity <= 0 || most <= 0) {
            return 0;
        }
        int items = participantsOf[r].length;
        // options per participant: subsets of its needs here with a positive value after λ
        int[][] optionHours = new int[items][];
        double[][] optionValue = new double[items][];
        int[][] optionSet = new int[items][];
        for (int i = 0; i < items; i++) {
            int[] needs = needsOf[r][i];
            int p = participantsOf[r][i];
            int subsets = 1 << needs.length;
            int[] h = new int[subsets];
            double[] v = new double[subsets];
            int[] set = new int[subsets];
            int count = 0;
            for (int mask = 1; mask < subsets; mask++) {
                int hh = 0;
                double vv = -lambda[p];
                for (int k = 0; k < needs.length; k++) {
                    if ((mask & 1 << k) != 0) {
                        hh += unitHours[needs[k]];
                        vv += weight[needs[k]] - mu[needs[k]];
                    }
                }
                if (hh <= capacity && vv > 1e-12) {
                    h[count] = hh;
                    v[count] = vv;
                    set[count] = mask;
                    count++;
                }
            }
            optionHours[i] = Arrays.copyOf(h, count);
            optionValue[i] = Arrays.copyOf(v, count);
            optionSet[i] = Arrays.copyOf(set, count);
        }
        // dp over items, in place (k downwards, so row k - 1 still holds the value before this item), with the option
        // taken per item and state (-1: none) for the trace back
        int width = capacity + 1;
        double[] current = new double[(most + 1) * width];
        Arrays.fill(current, Double.NEGATIVE_INFINITY);
        current[0] = 0;
        short[][] take = new short[items][];
        for (int i = 0; i < items; i++) {
            int options = optionHours[i].length;
            if (options == 0) {
                continue;
            }
            short[] taken = new short[(most + 1) * width];
            Arrays.fill(taken, (short) -1);
            for (int k = most; k >= 1; k--) {
                int row = k * width;
                int below = (k - 1) * width;
                for (int h = capacity; h >= 0; h--) {
                    double bestHere = current[row + h];
                    int chosenOption = -1;
                    for (int o = 0; o < options; o++) {
                        int from = h - optionHours[i][o];
                        if (from >= 0) {
                            double before = current[below + from];
                            if (before != Double.NEGATIVE_INFINITY && before + optionValue[i][o] > bestHere) {
                                bestHere = before + optionValue[i][o];
                                chosenOption = o;
                            }
                        }
                    }
                    if (chosenOption >= 0) {
                        current[row + h] = bestHere;
                        taken[row + h] = (short) chosenOption;
                    }
                }
            }
            take[i] = taken;
        }
        int bestK = 0;
        int bestH = 0;
        double bestValue = 0;
        for (int k = 0; k <= most; k++) {
            for (int h = 0; h <= capacity; h++) {
                if (current[k * width + h] > bestValue) {
                    bestValue = current[k * width + h];
                    bestK = k;
                    bestH = h;
                }
            }
        }
        if (extraPatterns != null) {
            // the best choice with each other number of participants, as further columns
            for (int k = 1; k <= most; k++) {
                if (k == bestK) {
                    continue;
                }
                int kH = -1;
                double kValue = 0;
                for (int h = 0; h <= capacity; h++) {
                    if (current[k * width + h] > kValue) {
                        kValue = current[k * width + h];
                        kH = h;
                    }
                }
                if (kH < 0) {
                    continue;
                }
                int[] pattern = new int[needCount(r)];
                int size = trace(r, take, optionSet, optionHours, width, k, kH, pattern);
                extraPatterns.add(new int[][] {{r}, Arrays.copyOf(pattern, size)});
            }
        }
        lastNeedCount = trace(r, take, optionSet, optionHours, width, bestK, bestH, lastNeeds);
        int previous = -1;
        for (int k = 0; k < lastNeedCount; k++) {
            covered[lastNeeds[k]]++;
            int p = data.needParticipant[lastNeeds[k]];
            if (p != previous) {
                chosen[p]++;
            }
            previous = p;
        }
        return bestValue;
    }

    /**
     * Follows the dynamic programme back from (k participants, h hours).
     *
     * @return how many needs it wrote into {@code out}, a participant's needs next to each other
     */
    private int trace(int r, short[][] take, int[][] optionSet, int[][] optionHours, int width, int k, int h,
            int[] out) {
        int size = 0;
        for (int i = take.length - 1; i >= 0 && k > 0; i--) {
            if (take[i] == null) {
                continue;
            }
            int o = take[i][k * width + h];
            if (o >= 0) {
                int mask = optionSet[i][o];
                int[] needs = needsOf[r][i];
                for (int b = 0; b < needs.length; b++) {
                    if ((mask & 1 << b) != 0) {
                        out[size++] = needs[b];
                    }
                }
                h -= optionHours[i][o];
                k--;
            }
        }
        return size;
    }

    private int needCount(int r) {
        int count = 0;
        for (int[] needs : needsOf[r]) {
            count += needs.length;
        }
        return count;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }
}
