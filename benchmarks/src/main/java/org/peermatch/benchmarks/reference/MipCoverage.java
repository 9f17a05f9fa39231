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
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairScoring;

/**
 * The accompaniment value's exact model ({@link ExactCoverage}'s, on the same {@link CoverageModel}) as a mixed
 * integer programme for OR-Tools' linear solver wrapper, and its linear relaxation as a proven bound on programmes
 * too large for the MIP.
 *
 * <p>The model: x(n, r) per need n and allowed resource person r, y(p, r) per participant p and resource person r
 * allowed on one of p's needs, with x(n, r) ≤ y(p, r) (the disaggregated, strong form), Σ_r x(n, r) ≤ 1,
 * Σ_n hours(n) x(n, r) ≤ hours(r), Σ_p y(p, r) ≤ participants(r), Σ_r y(p, r) ≤ maxResourcePersons, every pin kept;
 * maximize Σ weight(n) x(n, r). y(p, r) ≤ Σ_n x(n, r) is left out: it only keeps y from being 1 for nothing, which
 * never raises the weight, so it changes neither the optimum nor the relaxation's value. One valid inequality is
 * added per (p, r) whose needs on r exceed r's hours together: Σ_n hours(n) x(n, r) ≤ hours(r) y(p, r) (r gives p at
 * most its hours, and none when it does not accompany p), which x(n, r) ≤ y(p, r) does not imply in fractions: it
 * tightens the relaxation ({@link #lpBound}) and helps the MIP's plans (SCIP's best plan at M seed 1 after 120 s:
 * 1,135 with it, 1,129 without).
 *
 * <p>Every solver the OR-Tools jar ships runs offline: {@code SCIP}, {@code CBC} and {@code HIGHS} for the MIP,
 * {@code GLOP} (simplex) and {@code PDLP} (first-order, less exact) for the relaxation. Measured (benchmarks README,
 * "Exact accompaniment reference"): GLOP solves the relaxation at M in about 2 s but not at L (~574,000 pairs) within
 * 300 s, nor does PDLP; HiGHS 1.9 through this wrapper ignores the time limit and crashes on a hint.
 */
public final class MipCoverage {

    /** The MIP solver of the benchmarks' reference. */
    public static final String SCIP = "SCIP";
    /** OR-Tools' simplex, for the relaxation. */
    public static final String GLOP = "GLOP";

    /**
     * The linear relaxation's optimum.
     *
     * @param status the LP solver's status ({@code OPTIMAL} when the value is the relaxation's optimum)
     * @param value the relaxation's optimum (NaN when not solved): an upper bound on every plan's covered weight
     * @param seconds wall time of the LP solve, building the model excluded
     * @param buildSeconds wall time of building the LP in the solver
     * @param variables the LP's columns
     * @param constraints the LP's rows
     */
    public record Bound(String status, double value, double seconds, double buildSeconds, int variables,
            int constraints) {

        /** @return whether the value is the relaxation's optimum */
        public boolean optimal() {
            return "OPTIMAL".equals(status);
        }

        /** @return e.g. {@code lp bound 1151.3 in 2.10 s (build 0.80 s, 14,000 columns)} */
        public String describe() {
            if (!optimal()) {
                return String.format(Locale.ROOT, "lp %s after %.2f s", status.toLowerCase(Locale.ROOT), seconds);
            }
            return String.format(Locale.ROOT, "lp bound %.1f in %.2f s (build %.2f s, %,d columns, %,d rows)",
                    value, seconds, buildSeconds, variables, constraints);
        }
    }

    private final CoverageModel data;

    private MipCoverage(CoverageModel data) {
        this.data = data;
    }

    /**
     * @param data allowed pairs gathered once, e.g. shared with {@link ExactCoverage}
     * @return the model, ready to solve
     */
    public static MipCoverage of(CoverageModel data) {
        return new MipCoverage(data);
    }

    /**
     * Gathers the allowed pairs of a programme: O(P × R) pair facts, as the core computes them.
     *
     * @param programme the programme
     * @param scoring its pair scoring
     * @return the model, ready to solve
     */
    public static MipCoverage of(Programme programme, PairScoring scoring) {
        return new MipCoverage(CoverageModel.of(programme, scoring));
    }

    /**
     * Solves the MIP to optimality or until the time limit, on one thread.
     *
     * @param solverId an OR-Tools solver id: {@code SCIP} (the reference's), {@code CBC} or {@code HIGHS}
     * @param limit the time limit of the solve
     * @param hint a plan to start from (e.g. the greedy baseline's), or an empty list; pairs not in the model are
     *        ignored
     * @return the result: OPTIMAL with the optimum, FEASIBLE with the best plan and the proven bound, INFEASIBLE
     *         when the pins cannot be kept, UNKNOWN when nothing was found in time
     * @throws IllegalArgumentException when the solver id is not available
     */
    public ExactCoverage.Result solve(String solverId, Duration limit, List<Assignment> hint) {
        Lp lp = build(solverId, true, true);
        MPSolver solver = lp.solver;
        try {
            solver.setTimeLimit(Math.max(1, limit.toMillis()));
            solver.setNumThreads(1);
            if (!hint.isEmpty()) {
                setHint(lp, hint);
            }
            long start = System.nanoTime();
            MPSolver.ResultStatus status = solver.solve();
            double seconds = (System.nanoTime() - start) / 1e9;
            return switch (status) {
                case OPTIMAL, FEASIBLE -> {
                    // optimal within the solver's relative gap (1e-4 by default): proven when the bound's integer
                    // part is the value
                    long value = Math.round(solver.objective().value());
                    long bound = Math.max(value, floor(solver.objective().bestBound()));
                    yield new ExactCoverage.Result(bound == value ? ExactCoverage.Status.OPTIMAL
                            : ExactCoverage.Status.FEASIBLE, value, bound, seconds, plan(lp));
                }
                case INFEASIBLE -> new ExactCoverage.Result(ExactCoverage.Status.INFEASIBLE, 0, 0, seconds,
                        List.of());
                default -> new ExactCoverage.Result(ExactCoverage.Status.UNKNOWN, 0,
                        floor(solver.objective().bestBound()), seconds, List.of());
            };
        } finally {
            solver.delete();
        }
    }

    /**
     * Solves the linear relaxation (x and y in [0, 1]) with the strengthening described above.
     *
     * @param solverId {@code GLOP} (exact simplex; the reference's) or {@code PDLP}
     * @param limit the time limit of the solve
     * @return the relaxation's optimum, a proven upper bound on the covered weight of every plan when optimal
     * @throws IllegalArgumentException when the solver id is not available
     */
    public Bound lpBound(String solverId, Duration limit) {
        return lpBound(solverId, limit, true);
    }

    /**
     * @param solverId {@code GLOP} or {@code PDLP}
     * @param limit the time limit of the solve
     * @param strengthen whether to add the hours inequalities Σ_n hours(n) x(n, r) ≤ hours(r) y(p, r)
     * @return the relaxation's optimum
     */
    Bound lpBound(String solverId, Duration limit, boolean strengthen) {
        long buildStart = System.nanoTime();
        Lp lp = build(solverId, false, strengthen);
        MPSolver solver = lp.solver;
        try {
            double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
            solver.setTimeLimit(Math.max(1, limit.toMillis()));
            long start = System.nanoTime();
            MPSolver.ResultStatus status = solver.solve();
            double seconds = (System.nanoTime() - start) / 1e9;
            double value = status == MPSolver.ResultStatus.OPTIMAL ? solver.objective().value() : Double.NaN;
            return new Bound(status.name(), value, seconds, buildSeconds, solver.numVariables(),
                    solver.numConstraints());
        } finally {
            solver.delete();
        }
    }

    /** The model in a solver: x per need and arc, y per participant and resource person of its needs. */
    private record Lp(MPSolver solver, MPVariable[][] x, MPVariable[][] y, int[][] participantResources) {
    }

    private Lp build(String solverId, boolean integer, boolean strengthen) {
        CoverageModel.loadNatives();
        MPSolver solver = MPSolver.createSolver(solverId);
        if (solver == null) {
            throw new IllegalArgumentException("The OR-Tools solver " + solverId + " is not available.\n"
                    + "Maybe use " + SCIP + " for the MIP or " + GLOP + " for the relaxation.");
        }
        int[][] needArcs = data.needArcs;
        int[][] participantResources = data.participantResources();
        int resourceCount = data.resources.size();
        MPVariable[][] y = new MPVariable[participantResources.length][];
        MPConstraint[] participantsOf = new MPConstraint[resourceCount];
        MPConstraint[] hoursOf = new MPConstraint[resourceCount];
        for (int r = 0; r < resourceCount; r++) {
            participantsOf[r] = solver.makeConstraint(-MPSolver.infinity(), data.resourceParticipants[r], "");
            hoursOf[r] = solver.makeConstraint(-MPSolver.infinity(), data.resourceHours[r], "");
        }
        for (int p = 0; p < participantResources.length; p++) {
            int[] own = participantResources[p];
            y[p] = new MPVariable[own.length];
            MPConstraint count = own.length > data.maxResourcePersons
                    ? solver.makeConstraint(-MPSolver.infinity(), data.maxResourcePersons, "") : null;
            for (int j = 0; j < own.length; j++) {
                y[p][j] = solver.makeVar(0, 1, integer, "");
                participantsOf[own[j]].setCoefficient(y[p][j], 1);
                if (count != null) {
                    count.setCoefficient(y[p][j], 1);
                }
            }
        }
        MPObjective objective = solver.objective();
        MPVariable[][] x = new MPVariable[needArcs.length][];
        for (int n = 0; n < needArcs.length; n++) {
            int p = data.needParticipant[n];
            int hours = data.needs.get(n).hours();
            int weight = data.needs.get(n).priorityWeight();
            int[] arcs = needArcs[n];
            x[n] = new MPVariable[arcs.length];
            MPConstraint once = arcs.length > 1 ? solver.makeConstraint(-MPSolver.infinity(), 1, "") : null;
            for (int k = 0; k < arcs.length; k++) {
                MPVariable var = solver.makeVar(0, 1, integer, "");
                x[n][k] = var;
                objective.setCoefficient(var, weight);
                hoursOf[arcs[k]].setCoefficient(var, hours);
                if (once != null) {
                    once.setCoefficient(var, 1);
                }
                MPConstraint link = solver.makeConstraint(-MPSolver.infinity(), 0, "");
                link.setCoefficient(var, 1);
                link.setCoefficient(y[p][Arrays.binarySearch(participantResources[p], arcs[k])], -1);
            }
        }
        if (strengthen) {
            addHoursInequalities(solver, x, y, participantResources);
        }
        for (int[][] keeping : data.pinArcs) {
            MPConstraint kept = solver.makeConstraint(1, MPSolver.infinity(), "");
            for (int[] arc : keeping) {
                kept.setCoefficient(x[arc[0]][Arrays.binarySearch(needArcs[arc[0]], arc[1])], 1);
            }
        }
        objective.setMaximization();
        return new Lp(solver, x, y, participantResources);
    }

    /** Σ_n hours(n) x(n, r) ≤ hours(r) y(p, r) where p's needs on r exceed r's hours together. */
    private void addHoursInequalities(MPSolver solver, MPVariable[][] x, MPVariable[][] y,
            int[][] participantResources) {
        for (int p = 0; p < participantResources.length; p++) {
            int[] own = participantResources[p];
            int[] needs = data.participantNeeds[p];
            if (needs.length < 2) {
                continue;
            }
            for (int j = 0; j < own.length; j++) {
                int r = own[j];
                int total = 0;
                int covering = 0;
                for (int n : needs) {
                    if (Arrays.binarySearch(data.needArcs[n], r) >= 0) {
                        total += data.needs.get(n).hours();
                        covering++;
                    }
                }
                if (covering < 2 || total <= data.resourceHours[r]) {
                    continue;
                }
                MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), 0, "");
                row.setCoefficient(y[p][j], -data.resourceHours[r]);
                for (int n : needs) {
                    int k = Arrays.binarySearch(data.needArcs[n], r);
                    if (k >= 0) {
                        row.setCoefficient(x[n][k], data.needs.get(n).hours());
                    }
                }
            }
        }
    }

    private void setHint(Lp lp, List<Assignment> hint) {
        boolean[][] chosen = data.chosen(hint);
        List<MPVariable> variables = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int n = 0; n < chosen.length; n++) {
            for (int k = 0; k < chosen[n].length; k++) {
                variables.add(lp.x[n][k]);
                values.add(chosen[n][k] ? 1.0 : 0.0);
            }
        }
        for (int p = 0; p < lp.y.length; p++) {
            int[] own = lp.participantResources[p];
            for (int j = 0; j < own.length; j++) {
                boolean used = false;
                for (int n : data.participantNeeds[p]) {
                    int k = Arrays.binarySearch(data.needArcs[n], own[j]);
                    used |= k >= 0 && chosen[n][k];
                }
                variables.add(lp.y[p][j]);
                values.add(used ? 1.0 : 0.0);
            }
        }
        lp.solver.setHint(variables.toArray(new MPVariable[0]),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private List<Assignment> plan(Lp lp) {
        boolean[][] chosen = new boolean[lp.x.length][];
        for (int n = 0; n < lp.x.length; n++) {
            chosen[n] = new boolean[lp.x[n].length];
            for (int k = 0; k < lp.x[n].length; k++) {
                chosen[n][k] = lp.x[n][k].solutionValue() > 0.5;
            }
        }
        return data.plan(chosen);
    }

    /** The integer part of a bound, with a margin for the solver's tolerance. */
    private static long floor(double bound) {
        return (long) Math.floor(bound + 1e-6);
    }
}
