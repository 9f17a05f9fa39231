package org.peermatch.benchmarks.reference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.solve.Assignment;

/**
 * The exact optimum of the accompaniment value — the priority weight covered (3, 2, 1 for priorities 1, 2, 3) —
 * under every hard rule of individual accompaniment, by OR-Tools CP-SAT.
 *
 * <p>The hard rules are those of the solver and of {@code AccompanimentCertifier}: a need is covered by at most one
 * resource person, competent at the programme's minimum level, with no conflict of interest and enough common
 * availability (both from {@link PairScoring#facts}, the same pair facts the core uses); a resource person gives at
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
 * and the result brackets the optimum between the best plan found and the proven bound. The natives come from the {@code ortools-linux-x86-64} jar (extracted to a
 * temporary folder on first use; nothing is downloaded).
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
     * What CP-SAT found.
     *
     * @param status how the solve ended
     * @param value the covered weight of the best plan found (0 when none)
     * @param bound CP-SAT's proven upper bound on the optimum (equal to the value when optimal)
     * @param seconds wall time of the CP-SAT solve, building the model excluded
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

    private static boolean nativesLoaded;

    private final List<Member> participants = new ArrayList<>();
    private final List<Member> resources = new ArrayList<>();
    private final int[] resourceHours;
    private final int[] resourceParticipants;
    private final int maxResourcePersons;
    private final List<Need> needs = new ArrayList<>();
    private final List<Integer> needParticipant = new ArrayList<>();
    /** For each need, the resource persons allowed to cover it (increasing index). */
    private final List<int[]> needArcs = new ArrayList<>();
    /** For each participant, the needs' indices. */
    private final List<int[]> participantNeeds = new ArrayList<>();
    /** For each pin, the (need, resource) arcs that keep it; empty when none can. */
    private final List<int[][]> pinArcs = new ArrayList<>();
    private final List<PinnedPair> pins;
    private long arcCount;

    private ExactCoverage(Programme programme, PairScoring scoring) {
        for (Member member : programme.members()) {
            if (member.offer(Mode.ACCOMPANIMENT) != null) {
                resources.add(member);
            }
            if (member.requests(Mode.ACCOMPANIMENT)) {
                participants.add(member);
            }
        }
        resourceHours = new int[resources.size()];
        resourceParticipants = new int[resources.size()];
        for (int r = 0; r < resources.size(); r++) {
            Offer offer = resources.get(r).offer(Mode.ACCOMPANIMENT);
            resourceHours[r] = offer.hours();
            resourceParticipants[r] = offer.participants();
        }
        maxResourcePersons = programme.accompaniment().maxResourcePersons();
        int minimum = programme.accompaniment().minimumLevel();
        boolean[] allowed = new boolean[resources.size()];
        for (int p = 0; p < participants.size(); p++) {
            Member participant = participants.get(p);
            for (int r = 0; r < resources.size(); r++) {
                Member resource = resources.get(r);
                boolean competent = false;
                for (Need need : participant.needs()) {
                    competent |= resource.levelOn(need.topic()) >= minimum;
                }
                allowed[r] = false;
                if (competent) {
                    PairFacts facts = scoring.facts(participant, resource);
                    allowed[r] = !facts.conflicted() && facts.missingHalfDays() == 0;
                }
            }
            int[] own = new int[participant.needs().size()];
            for (int k = 0; k < own.length; k++) {
                Need need = participant.needs().get(k);
                int[] arcs = new int[resources.size()];
                int count = 0;
                for (int r = 0; r < resources.size(); r++) {
                    if (allowed[r] && resources.get(r).levelOn(need.topic()) >= minimum) {
                        arcs[count++] = r;
                    }
                }
                own[k] = needs.size();
                needs.add(need);
                needParticipant.add(p);
                needArcs.add(Arrays.copyOf(arcs, count));
                arcCount += count;
            }
            participantNeeds.add(own);
        }
        pins = List.copyOf(programme.decisions().pinned());
        for (PinnedPair pin : pins) {
            List<int[]> keeping = new ArrayList<>();
            int p = indexOf(participants, pin.participant());
            int r = indexOf(resources, pin.resource());
            if (p >= 0 && r >= 0) {
                for (int n : participantNeeds.get(p)) {
                    if ((pin.topic() == null || pin.topic().equals(needs.get(n).topic()))
                            && Arrays.binarySearch(needArcs.get(n), r) >= 0) {
                        keeping.add(new int[] {n, r});
                    }
                }
            }
            pinArcs.add(keeping.toArray(new int[0][]));
        }
    }

    /**
     * Gathers the allowed pairs of a programme: O(P × R) pair facts, as the core computes them.
     *
     * @param programme the programme
     * @param scoring its pair scoring
     * @return the model's data, ready to solve
     */
    public static ExactCoverage of(Programme programme, PairScoring scoring) {
        return new ExactCoverage(programme, scoring);
    }

    /** @return the number of needs */
    public int needCount() {
        return needs.size();
    }

    /** @return the number of allowed (need, resource person) pairs, the x booleans */
    public long arcCount() {
        return arcCount;
    }

    /** @return the pins no allowed pair can keep (each makes the programme infeasible), in the programme's order */
    public List<PinnedPair> unkeepablePins() {
        List<PinnedPair> unkeepable = new ArrayList<>();
        for (int i = 0; i < pins.size(); i++) {
            if (pinArcs.get(i).length == 0) {
                unkeepable.add(pins.get(i));
            }
        }
        return unkeepable;
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
        loadNatives();
        CpModel model = new CpModel();
        BoolVar[][] x = new BoolVar[needs.size()][];
        // y per participant: resource index → boolean, in increasing resource order
        List<Map<Integer, BoolVar>> y = new ArrayList<>();
        for (int p = 0; p < participants.size(); p++) {
            Map<Integer, BoolVar> own = new LinkedHashMap<>();
            int[] ownNeeds = participantNeeds.get(p);
            int[] used = new int[resources.size()];
            for (int n : ownNeeds) {
                for (int r : needArcs.get(n)) {
                    used[r]++;
                }
            }
            for (int r = 0; r < resources.size(); r++) {
                if (used[r] > 0) {
                    own.put(r, model.newBoolVar("y_" + p + "_" + r));
                }
            }
            y.add(own);
        }
        LinearExprBuilder objective = LinearExpr.newBuilder();
        List<LinearExprBuilder> hoursOf = new ArrayList<>();
        List<LinearExprBuilder> participantsOf = new ArrayList<>();
        for (int r = 0; r < resources.size(); r++) {
            hoursOf.add(LinearExpr.newBuilder());
            participantsOf.add(LinearExpr.newBuilder());
        }
        for (int n = 0; n < needs.size(); n++) {
            int[] arcs = needArcs.get(n);
            Need need = needs.get(n);
            Map<Integer, BoolVar> pairs = y.get(needParticipant.get(n));
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
        for (int p = 0; p < participants.size(); p++) {
            LinearExprBuilder count = LinearExpr.newBuilder();
            for (Map.Entry<Integer, BoolVar> pair : y.get(p).entrySet()) {
                int r = pair.getKey();
                count.add(pair.getValue());
                participantsOf.get(r).add(pair.getValue());
                // y(p, r) only when r covers one of p's needs: keeps the participant counts exact
                LinearExprBuilder covering = LinearExpr.newBuilder();
                for (int n : participantNeeds.get(p)) {
                    int k = Arrays.binarySearch(needArcs.get(n), r);
                    if (k >= 0) {
                        covering.add(x[n][k]);
                    }
                }
                model.addLessOrEqual(pair.getValue(), covering);
            }
            if (y.get(p).size() > maxResourcePersons) {
                model.addLessOrEqual(count, maxResourcePersons);
            }
        }
        for (int r = 0; r < resources.size(); r++) {
            model.addLessOrEqual(hoursOf.get(r), resourceHours[r]);
            model.addLessOrEqual(participantsOf.get(r), resourceParticipants[r]);
        }
        for (int[][] keeping : pinArcs) {
            LinearExprBuilder kept = LinearExpr.newBuilder();
            for (int[] arc : keeping) {
                kept.add(x[arc[0]][Arrays.binarySearch(needArcs.get(arc[0]), arc[1])]);
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
        int[] hours = new int[needs.size()];
        int[] weights = new int[needs.size()];
        for (int n = 0; n < needs.size(); n++) {
            hours[n] = needs.get(n).hours();
            weights[n] = needs.get(n).priorityWeight();
        }
        double bound = new CoverageRelaxation(hours, weights, resourceHours, needArcs.toArray(new int[0][]))
                .bound();
        return (long) Math.floor(bound + 1e-9);
    }

    private void addHint(CpModel model, BoolVar[][] x, List<Map<Integer, BoolVar>> y, List<Assignment> hint) {
        if (hint.isEmpty()) {
            return;
        }
        Map<String, Integer> needIndex = new LinkedHashMap<>();
        for (int n = 0; n < needs.size(); n++) {
            needIndex.putIfAbsent(participants.get(needParticipant.get(n)).id() + "/" + needs.get(n).topic(), n);
        }
        boolean[][] chosen = new boolean[needs.size()][];
        for (int n = 0; n < needs.size(); n++) {
            chosen[n] = new boolean[x[n].length];
        }
        for (Assignment assignment : hint) {
            Integer n = needIndex.get(assignment.participant() + "/" + assignment.topic());
            int r = indexOf(resources, assignment.resource());
            if (n == null || r < 0) {
                continue;
            }
            int k = Arrays.binarySearch(needArcs.get(n), r);
            if (k >= 0) {
                chosen[n][k] = true;
            }
        }
        for (int p = 0; p < participants.size(); p++) {
            for (Map.Entry<Integer, BoolVar> pair : y.get(p).entrySet()) {
                boolean used = false;
                for (int n : participantNeeds.get(p)) {
                    int k = Arrays.binarySearch(needArcs.get(n), pair.getKey());
                    used |= k >= 0 && chosen[n][k];
                }
                model.addHint(pair.getValue(), used);
            }
        }
        for (int n = 0; n < needs.size(); n++) {
            for (int k = 0; k < x[n].length; k++) {
                model.addHint(x[n][k], chosen[n][k]);
            }
        }
    }

    private List<Assignment> plan(CpSolver solver, BoolVar[][] x) {
        List<Assignment> plan = new ArrayList<>();
        for (int n = 0; n < needs.size(); n++) {
            int[] arcs = needArcs.get(n);
            for (int k = 0; k < arcs.length; k++) {
                if (solver.booleanValue(x[n][k])) {
                    Member participant = participants.get(needParticipant.get(n));
                    Member resource = resources.get(arcs[k]);
                    Need need = needs.get(n);
                    boolean pinned = pins.stream().anyMatch(pin -> pin.participant().equals(participant.id())
                            && pin.resource().equals(resource.id())
                            && (pin.topic() == null || pin.topic().equals(need.topic())));
                    plan.add(new Assignment(participant.id(), resource.id(), need.topic(), need.priority(),
                            need.hours(), pinned, null));
                }
            }
        }
        return plan;
    }

    private static int indexOf(List<Member> members, String id) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Loads the OR-Tools natives bundled in the linux-x86-64 jar, once per JVM. */
    private static synchronized void loadNatives() {
        if (!nativesLoaded) {
            Loader.loadNativeLibraries();
            nativesLoaded = true;
        }
    }
}
