package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * An independent exact reference for the lexicographic max–min of an affinity problem, with OR-Tools CP-SAT and
 * none of the engine's code: it reads the participants, resources, pairs and conflicts of the
 * {@link AffinityProblem} only. Scores are taken in micro-units (exact longs; every score must have at most six
 * decimals). One Boolean per allowed pair; each participant takes exactly its demand, each resource between its
 * min and max load. First the worst participant total is maximised; then, with every participant at least that
 * worst, the total. Both solves run with a fixed number of workers and seed; anything but OPTIMAL is an error.
 */
final class CpSatMaxMinReference {

    /** Micro-units per score unit. */
    private static final long SCALE = 1_000_000;
    private static final int WORKERS = 2;

    /** The lexicographic optimum in micro-units. */
    record Optimum(long worst, long total) {
    }

    private final AffinityProblem problem;

    CpSatMaxMinReference(AffinityProblem problem) {
        this.problem = problem;
    }

    /** @return the lexicographic optimum; throws when a solve is not proven optimal */
    Optimum solve() {
        Loader.loadNativeLibraries();
        long worst = solve(null);
        return new Optimum(worst, solve(worst));
    }

    /** Maximises the worst participant total ({@code floor} null), or the total with every participant at the floor. */
    private long solve(Long floor) {
        CpModel model = new CpModel();
        Map<String, Integer> participantIndex = new HashMap<>();
        for (int p = 0; p < problem.participants().size(); p++) {
            participantIndex.put(problem.participants().get(p).id(), p);
        }
        Map<String, Integer> resourceIndex = new HashMap<>();
        for (int r = 0; r < problem.resources().size(); r++) {
            resourceIndex.put(problem.resources().get(r).id(), r);
        }
        Set<List<String>> conflicts = new HashSet<>();
        for (ConflictPair conflict : problem.conflicts()) {
            conflicts.add(List.of(conflict.participant(), conflict.resource()));
        }
        List<List<BoolVar>> byParticipant = new ArrayList<>();
        List<List<Long>> scoresByParticipant = new ArrayList<>();
        List<List<BoolVar>> byResource = new ArrayList<>();
        for (int p = 0; p < problem.participants().size(); p++) {
            byParticipant.add(new ArrayList<>());
            scoresByParticipant.add(new ArrayList<>());
        }
        for (int r = 0; r < problem.resources().size(); r++) {
            byResource.add(new ArrayList<>());
        }
        long maxAbs = 0;
        for (ScoredPair pair : problem.pairs()) {
            if (conflicts.contains(List.of(pair.participant(), pair.resource()))) {
                continue;
            }
            double micro = pair.score() * SCALE;
            long score = Math.round(micro);
            if (Math.abs(micro - score) > 1e-6) {
                throw new IllegalArgumentException("score with more than six decimals: " + pair);
            }
            maxAbs = Math.max(maxAbs, Math.abs(score));
            BoolVar x = model.newBoolVar(pair.participant() + "-" + pair.resource());
            int p = participantIndex.get(pair.participant());
            byParticipant.get(p).add(x);
            scoresByParticipant.get(p).add(score);
            byResource.get(resourceIndex.get(pair.resource())).add(x);
        }
        for (int r = 0; r < problem.resources().size(); r++) {
            AffinityResource resource = problem.resources().get(r);
            model.addLinearConstraint(LinearExpr.sum(byResource.get(r).toArray(BoolVar[]::new)),
                    resource.minLoad(), resource.maxLoad());
        }
        long bound = maxAbs * Math.max(1, problem.participants().stream().mapToInt(AffinityParticipant::demand)
                .max().orElse(1));
        IntVar worst = model.newIntVar(-bound, bound, "worst");
        LinearExprBuilder total = LinearExpr.newBuilder();
        for (int p = 0; p < problem.participants().size(); p++) {
            int demand = problem.participants().get(p).demand();
            BoolVar[] xs = byParticipant.get(p).toArray(BoolVar[]::new);
            model.addEquality(LinearExpr.sum(xs), demand);
            if (demand == 0) {
                continue;
            }
            long[] scores = scoresByParticipant.get(p).stream().mapToLong(Long::longValue).toArray();
            LinearExpr participantTotal = LinearExpr.weightedSum(xs, scores);
            total.addWeightedSum(xs, scores);
            if (floor == null) {
                model.addLessOrEqual(worst, participantTotal);
            } else {
                model.addGreaterOrEqual(participantTotal, floor);
            }
        }
        if (floor == null) {
            model.maximize(worst);
        } else {
            model.maximize(total);
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(WORKERS).setRandomSeed(0);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL) {
            throw new IllegalStateException("CP-SAT did not prove the optimum: " + status);
        }
        return Math.round(solver.objectiveValue());
    }
}
