package org.peermatch.benchmarks.reference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairScoring;

/**
 * The exact optimum of the accompaniment value — the priority weight covered (3, 2, 1 for priorities 1, 2, 3) —
 * under every hard rule of individual accompaniment, by OR-Tools CP-SAT.
 *
 * <p>The hard rules are those of the solver and of {@code AccompanimentCertifier}: a need is covered by at most one
 * resource person, on an allowed pair ({@link CoverageModel}: competent at the programme's minimum level, no conflict
 * of interest and enough common availability, from the same pair facts the core uses); a resource person gives at
 * most the hours and accompanies at most the participants offered; a participant meets at most
 * {@code maxResourcePersons} resource persons; every pinned pair covers a need (of the pin's topic when it names
 * one). A pin that these rules do not allow makes the programme infeasible, reported as such.
 *
 * <p>The model: a boolean x(n, r) per need n and allowed resource person r, a boolean y(p, r) per participant p and
 * resource person r allowed on one of p's needs, with x(n, r) ≤ y(p, r) ≤ Σ x(·, r) over p's needs,
 * Σ_r x(n, r) ≤ 1, Σ_n hours(n) x(n, r) ≤ hours(r), Σ_p y(p, r) ≤ participants(r), Σ_r y(p, r) ≤ maxResourcePersons;
 * maximize Σ weight(n) x(n, r), with the objective cut at the integer part of the flow bound
 * ({@link CoverageRelaxation} on the same allowed pairs), so the bound reported is never above the flow bound. At
 * S (about 150 pairs) CP-SAT proves the optimum in seconds; at M (about 8,500 pairs) it does not within minutes,
 * and the result brackets the optimum between the best plan found and the proven bound ({@link MipCoverage} is
 * faster there). The natives come from the {@code ortools-linux-x86-64} jar (extracted to a temporary folder on
 * first use; nothing is downloaded).
 */
public final class ExactCoverage {

    /** How a solve ended. */
    public enum Status {
        /** The value is the proven optimum. */
        OPTIMAL,
        /** A plan was found but not proven optimal in time: the optimum is between the value and the bound. */
        FEASIBLE,
        /** No plan meets every hard rule (only possible with pinned pairs). */
        INFEASIBLE,
        /** Nothing found in time. */
        UNKNOWN
    }

    /**
     * What an exact solver (CP-SAT here, a MIP solver in {@link MipCoverage}) found.
     *
     * @param status how the solve ended
     * @param value the covered weight of the best plan found (0 when none)
     * @param bound the solver's proven upper bound on the optimum (equal to the value when optimal)
     * @param seconds wall time of the solve, building the model excluded
     * @param plan the best plan found, need by need in document order; {@link Assignment#why()} is null
     */
    public record Result(Status status, long value, long bound, double seconds, List<Assignment> plan) {

        public Result {
            plan = List.copyOf(plan);
        }

        /** @return whether the value is the proven optimum */
        public boolean optimal() {
            return status == Status.OPTIMAL;
        }

        /** @return e.g. {@code optimal 1050 in 3.20 s} or {@code bound 1061, best found 1050 in 60.00 s} */
        public String describe() {
            return switch (status) {
                case OPTIMAL -> String.format(Locale.ROOT, "optimal %d in %.2f s", value, seconds);
                case FEASIBLE -> String.format(Locale.ROOT, "bound %d, best found %d in %.2f s", bound, value,
                        seconds);
                case INFEASIBLE -> String.format(Locale.ROOT, "infeasible (pinned pairs) in %.2f s", seconds);
                case UNKNOWN -> String.format(Locale.ROOT, "bound %d, nothing found in %.2f s", bound, seconds);
            };
        }
    }

    private final CoverageModel data;

    private ExactCoverage(CoverageModel data) {
        this.data = data;
    }

    /**
     * Gathers the allowed pairs of a programme: O(P × R) pair facts, as the core computes them.
     *
     * @param programme the programme
     * @param scoring its pair scoring
     * @return the model's data, ready to solve
     */
    public static ExactCoverage of(Programme programme, PairScoring scoring) {
        return new ExactCoverage(CoverageModel.of(programme, scoring));
    }

    /**
     * @param data allowed pairs gathered once, e.g. shared with {@link MipCoverage}
     * @return the model, ready to solve
     */
    public static ExactCoverage of(CoverageModel data) {
        return new ExactCoverage(data);
    }

    /** @return the number of needs */
    public int needCount() {
        return data.needCount();
    }

    /** @return the number of allowed (need, resource person) pairs, the x booleans */
    public long arcCount() {
        return data.arcCount();
    }

    /** @return the pins no allowed pair can keep (each makes the programme infeasible), in the programme's order */
    public List<PinnedPair> unkeepablePins() {
        return data.unkeepablePins();
    }

    /**
     * Solves to optimality or until the time limit.
     *
     * @param limit the time limit of the CP-SAT search
     * @param workers CP-SAT's search workers: 1 is deterministic and enough for tiny programmes; 8 runs its full
     *        portfolio (the workers whose linear relaxations prove the bound), time-sharing the cores
     * @param hint a plan to start from (e.g. the greedy baseline's), or an empty list; pairs not in the model are
     *        ignored
     * @return the result
     */
    public Result solve(Duration limit, int workers, List<Assignment> hint) {
        CoverageModel.loadNatives();
        List<Need> needs = data.needs;
        int[][] needArcs = data.needArcs;
        int[][] participantNeeds = data.participantNeeds;
        int[][] participantResources = data.participantResources();
        CpModel model = new CpModel();
        BoolVar[][] x = new BoolVar[needs.size()][];
        // y per participant: resource index → boolean, in increasing resource order
        List<Map<Integer, BoolVar>> y = new ArrayList<>();
        for (int p = 0; p < participantResources.length; p++) {
            Map<Integer, BoolVar> own = new LinkedHashMap<>();
            for (int r : participantResources[p]) {
                own.put(r, model.newBoolVar("y_" + p + "_" + r));
            }
            y.add(own);
        }
        LinearExprBuilder objective = LinearExpr.newBuilder();
        List<LinearExprBuilder> hoursOf = new ArrayList<>();
        List<LinearExprBuilder> participantsOf = new ArrayList<>();
        for (int r = 0; r < data.resources.size(); r++) {
            hoursOf.add(LinearExpr.newBuilder());
            participantsOf.add(LinearExpr.newBuilder());
        }
        for (int n = 0; n < needs.size(); n++) {
            int[] arcs = needArcs[n];
            Need need = needs.get(n);
            Map<Integer, BoolVar> pairs = y.get(data.needParticipant[n]);
            x[n] = new BoolVar[arcs.length];
            LinearExprBuilder once = LinearExpr.newBuilder();
            for (int k = 0; k < arcs.length; k++) {
                BoolVar var = model.newBoolVar("x_" + n + "_" + arcs[k]);
                x[n][k] = var;
                once.add(var);
                objective.addTerm(var, need.priorityWeight());
                hoursOf.get(arcs[k]).addTerm(var, need.hours());
                model.addImplication(var, pairs.get(arcs[k]));
            }
            if (arcs.length > 1) {
                model.addLessOrEqual(once, 1);
            }
        }
        for (int p = 0; p < y.size(); p++) {
            LinearExprBuilder count = LinearExpr.newBuilder();
            for (Map.Entry<Integer, BoolVar> pair : y.get(p).entrySet()) {
                int r = pair.getKey();
                count.add(pair.getValue());
                participantsOf.get(r).add(pair.getValue());
                // y(p, r) only when r covers one of p's needs: keeps the participant counts exact
                LinearExprBuilder covering = LinearExpr.newBuilder();
                for (int n : participantNeeds[p]) {
                    int k = Arrays.binarySearch(needArcs[n], r);
                    if (k >= 0) {
                        covering.add(x[n][k]);
                    }
                }
                model.addLessOrEqual(pair.getValue(), covering);
            }
            if (y.get(p).size() > data.maxResourcePersons) {
                model.addLessOrEqual(count, data.maxResourcePersons);
            }
        }
        for (int r = 0; r < data.resources.size(); r++) {
            model.addLessOrEqual(hoursOf.get(r), data.resourceHours[r]);
            model.addLessOrEqual(participantsOf.get(r), data.resourceParticipants[r]);
        }
        for (int[][] keeping : data.pinArcs) {
            LinearExprBuilder kept = LinearExpr.newBuilder();
            for (int[] arc : keeping) {
                kept.add(x[arc[0]][Arrays.binarySearch(needArcs[arc[0]], arc[1])]);
            }
            model.addGreaterOrEqual(kept, 1);
        }
        // The flow bound is proven (CoverageRelaxation): as a cut it gives CP-SAT's search a bound at once.
        model.addLessOrEqual(objective, flowCap());
        model.maximize(objective);
        addHint(model, x, y, hint);

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.001, limit.toMillis() / 1000.0))
                .setNumWorkers(Math.max(1, workers)).setRandomSeed(0);

        long start = System.nanoTime();
        CpSolverStatus status = solver.solve(model);
        double seconds = (System.nanoTime() - start) / 1e9;
        return switch (status) {
            case OPTIMAL -> new Result(Status.OPTIMAL, Math.round(solver.objectiveValue()),
                    Math.round(solver.objectiveValue()), seconds, plan(solver, x));
            case FEASIBLE -> new Result(Status.FEASIBLE, Math.round(solver.objectiveValue()),
                    (long) Math.floor(solver.bestObjectiveBound() + 1e-6), seconds, plan(solver, x));
            case INFEASIBLE -> new Result(Status.INFEASIBLE, 0, 0, seconds, List.of());
            default -> new Result(Status.UNKNOWN, 0, (long) Math.floor(solver.bestObjectiveBound() + 1e-6), seconds,
                    List.of());
        };
    }

    /** @return the integer part of the flow relaxation's optimum on the same allowed pairs */
    long flowCap() {
        return (long) Math.floor(data.flowBound() + 1e-9);
    }

    private void addHint(CpModel model, BoolVar[][] x, List<Map<Integer, BoolVar>> y, List<Assignment> hint) {
        if (hint.isEmpty()) {
            return;
        }
        boolean[][] chosen = data.chosen(hint);
        for (int p = 0; p < y.size(); p++) {
            for (Map.Entry<Integer, BoolVar> pair : y.get(p).entrySet()) {
                boolean used = false;
                for (int n : data.participantNeeds[p]) {
                    int k = Arrays.binarySearch(data.needArcs[n], pair.getKey());
                    used |= k >= 0 && chosen[n][k];
                }
                model.addHint(pair.getValue(), used);
            }
        }
        for (int n = 0; n < x.length; n++) {
            for (int k = 0; k < x[n].length; k++) {
                model.addHint(x[n][k], chosen[n][k]);
            }
        }
    }

    private List<Assignment> plan(CpSolver solver, BoolVar[][] x) {
        boolean[][] chosen = new boolean[x.length][];
        for (int n = 0; n < x.length; n++) {
            chosen[n] = new boolean[x[n].length];
            for (int k = 0; k < x[n].length; k++) {
                chosen[n][k] = solver.booleanValue(x[n][k]);
            }
        }
        return data.plan(chosen);
    }
}
