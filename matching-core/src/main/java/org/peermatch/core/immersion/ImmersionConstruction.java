package org.peermatch.core.immersion;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;

/**
 * Builds a first plan before local search improves it, in two steps.
 *
 * <ol>
 * <li><b>Greedy first fit.</b> Mentees with the fewest possible mentors first, each takes the free candidate day
 * (mentor with a day left, nobody else that day) with the best soft score: sector, objectives, novelty, distance and
 * closeness to the days already placed, with the plan's weights.</li>
 * <li><b>Maximum placement.</b> Mentees the greedy step left out are placed along augmenting paths (Edmonds–Karp on
 * mentee → mentor day → mentor, capacities 1, 1 and the days offered), moving already placed mentees to other
 * days or mentors when that frees a place. The result places as many mentees as the candidates allow without
 * breaking a rule, so local search only has to improve quality.</li>
 * </ol>
 *
 * <p>O(T × C) for the greedy step and O(T × (T × C + V)) for the paths, for T mentees with at most C candidates each
 * and V mentor days.
 */
public final class ImmersionConstruction implements PhaseCommand<ImmersionPlan> {

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(PhaseCommandContext<ImmersionPlan> context) {
        ImmersionPlan plan = context.getWorkingSolution();
        var variable = (PlanningVariableMetaModel<ImmersionPlan, MenteePlacement, MentorDay>) context
                .getSolutionMetaModel().entity(MenteePlacement.class).variable("mentorDay", MentorDay.class);
        List<MenteePlacement> placements = plan.getPlacements();
        Weights weights = new Weights(plan.getConstraintWeightOverrides());

        int[] hosted = new int[plan.getMentors().size()];
        Map<MentorDay, MenteePlacement> occupant = new HashMap<>();
        int maxDay = 0;
        for (MentorDay day : plan.getMentorDays()) {
            maxDay = Math.max(maxDay, day.dayNumber());
        }
        for (MenteePlacement placement : placements) {
            for (MentorDay day : placement.getCandidates()) {
                maxDay = Math.max(maxDay, day.dayNumber());
            }
        }
        int[] placedOnDay = new int[maxDay + 1];
        for (MenteePlacement placement : placements) {
            MentorDay day = placement.getMentorDay();
            if (day != null) {
                hosted[day.mentor().index()]++;
                occupant.putIfAbsent(day, placement);
                if (day.dayNumber() >= 0) {
                    placedOnDay[day.dayNumber()]++;
                }
            }
        }

        List<MenteePlacement> order = new ArrayList<>(placements);
        order.sort(Comparator.comparingInt(ImmersionConstruction::mentorCount)
                .thenComparingInt(p -> p.getCandidates().size())
                .thenComparingInt(p -> p.getMentee().index()));
        for (MenteePlacement placement : order) {
            if (context.isPhaseTerminated()) {
                return;
            }
            if (placement.getMentorDay() != null) {
                continue;
            }
            MentorDay best = null;
            long bestValue = Long.MIN_VALUE;
            for (MentorDay day : placement.getCandidates()) {
                if (hosted[day.mentor().index()] >= day.mentor().days() || occupant.containsKey(day)) {
                    continue;
                }
                long value = weights.pairValue(placement.getMentee().pairWith(day.mentor()))
                        - weights.close * closeness(placedOnDay, day.dayNumber());
                if (value > bestValue) {
                    best = day;
                    bestValue = value;
                }
            }
            if (best != null) {
                context.execute(Moves.change(variable, placement, best));
                hosted[best.mentor().index()]++;
                occupant.put(best, placement);
                if (best.dayNumber() >= 0) {
                    placedOnDay[best.dayNumber()]++;
                }
            }
        }
        if (context.isPhaseTerminated()) {
            return;
        }
        MentorDay[] maximum = new PlacementFlow(plan).maximum();
        for (int i = 0; i < placements.size(); i++) {
            if (placements.get(i).getMentorDay() != maximum[i]) {
                context.execute(Moves.change(variable, placements.get(i), maximum[i]));
            }
        }
    }

    private static int mentorCount(MenteePlacement placement) {
        int count = 0;
        Mentor last = null;
        for (MentorDay day : placement.getCandidates()) {
            if (day.mentor() != last) {
                count++;
                last = day.mentor();
            }
        }
        return count;
    }

    /** @return the cost of the days already placed near this day, before its weight */
    private static long closeness(int[] placedOnDay, int dayNumber) {
        long cost = 0;
        int from = Math.max(0, dayNumber - ImmersionScoring.SPREAD_DAYS + 1);
        int to = Math.min(placedOnDay.length - 1, dayNumber + ImmersionScoring.SPREAD_DAYS - 1);
        for (int day = from; day <= to; day++) {
            cost += (long) placedOnDay[day] * ImmersionScoring.closeDaysCost(day - dayNumber);
        }
        return cost;
    }

    /** The plan's soft weights, for the greedy step. */
    private static final class Weights {
        final long novelty;
        final long objectives;
        final long sector;
        final long distance;
        final long close;

        Weights(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
            novelty = soft(overrides, ImmersionConstraint.IMMERSION_REPEATED_INTERACTION);
            objectives = soft(overrides, ImmersionConstraint.OBJECTIVES_MATCHED);
            sector = soft(overrides, ImmersionConstraint.MENTOR_SAME_SECTOR);
            distance = soft(overrides, ImmersionConstraint.TRAVEL_DISTANCE);
            close = soft(overrides, ImmersionConstraint.IMMERSION_DAYS_CLOSE);
        }

        long pairValue(ImmersionPairFacts facts) {
            return (facts.sameSector() ? sector : 0) + objectives * facts.matchedObjectives().size()
                    - novelty * facts.noveltyCost() - distance * Math.max(0, facts.kilometres());
        }

        private static long soft(ConstraintWeightOverrides<HardMediumSoftScore> overrides,
                ImmersionConstraint constraint) {
            HardMediumSoftScore weight = overrides == null ? null : overrides.getConstraintWeight(constraint.id());
            return weight == null ? constraint.definition().defaultWeight() : weight.softScore();
        }
    }

    /**
     * The flow network source → mentee → mentor day → mentor → sink, with capacities 1, 1, 1 and the mentor's
     * days, started from the plan's current placements (those within capacities) and augmented to a maximum.
     */
    static final class PlacementFlow {
        private final int source;
        private final int sink;
        private final int[] head;
        private int[] next = new int[64];
        private int[] target = new int[64];
        private int[] capacity = new int[64];
        private int edges;
        private final List<MenteePlacement> placements;
        private final List<MentorDay> days;
        private final int[][] menteeEdges;

        PlacementFlow(ImmersionPlan plan) {
            placements = plan.getPlacements();
            days = new ArrayList<>(plan.getMentorDays());
            Map<MentorDay, Integer> dayIndex = new HashMap<>();
            for (int d = 0; d < days.size(); d++) {
                dayIndex.put(days.get(d), d);
            }
            for (MenteePlacement placement : placements) {
                for (MentorDay day : placement.getCandidates()) {
                    if (!dayIndex.containsKey(day)) {
                        dayIndex.put(day, days.size());
                        days.add(day);
                    }
                }
            }
            int mentees = placements.size();
            int mentors = plan.getMentors().size();
            source = 0;
            sink = 1 + mentees + days.size() + mentors;
            head = new int[sink + 1];
            Arrays.fill(head, -1);
            menteeEdges = new int[mentees][];
            for (int i = 0; i < mentees; i++) {
                addEdge(source, 1 + i, 1);
                List<MentorDay> candidates = placements.get(i).getCandidates();
                menteeEdges[i] = new int[candidates.size()];
                for (int c = 0; c < candidates.size(); c++) {
                    menteeEdges[i][c] = addEdge(1 + i, 1 + mentees + dayIndex.get(candidates.get(c)), 1);
                }
            }
            for (int d = 0; d < days.size(); d++) {
                addEdge(1 + mentees + d, 1 + mentees + days.size() + days.get(d).mentor().index(), 1);
            }
            for (Mentor mentor : plan.getMentors()) {
                addEdge(1 + mentees + days.size() + mentor.index(), sink, mentor.days());
            }
            // Start from the current placements that fit the capacities.
            for (int i = 0; i < mentees; i++) {
                MentorDay current = placements.get(i).getMentorDay();
                int c = current == null ? -1 : placements.get(i).getCandidates().indexOf(current);
                if (c >= 0) {
                    int[] path = { edgeFrom(source, 1 + i), menteeEdges[i][c],
                            edgeFrom(target[menteeEdges[i][c]], -1), -1 };
                    path[3] = edgeFrom(target[path[2]], sink);
                    if (capacity[path[0]] > 0 && capacity[path[1]] > 0 && capacity[path[2]] > 0
                            && capacity[path[3]] > 0) {
                        for (int e : path) {
                            push(e);
                        }
                    }
                }
            }
        }

        /** @return each placement's mentor day (null when unplaced) in a maximum placement */
        MentorDay[] maximum() {
            int[] parentEdge = new int[head.length];
            while (true) {
                Arrays.fill(parentEdge, -1);
                ArrayDeque<Integer> queue = new ArrayDeque<>();
                queue.add(source);
                parentEdge[source] = -2;
                while (!queue.isEmpty() && parentEdge[sink] == -1) {
                    int node = queue.poll();
                    for (int e = head[node]; e >= 0; e = next[e]) {
                        if (capacity[e] > 0 && parentEdge[target[e]] == -1) {
                            parentEdge[target[e]] = e;
                            queue.add(target[e]);
                        }
                    }
                }
                if (parentEdge[sink] == -1) {
                    break;
                }
                for (int node = sink; node != source; node = target[parentEdge[node] ^ 1]) {
                    push(parentEdge[node]);
                }
            }
            MentorDay[] result = new MentorDay[placements.size()];
            for (int i = 0; i < placements.size(); i++) {
                List<MentorDay> candidates = placements.get(i).getCandidates();
                for (int c = 0; c < candidates.size(); c++) {
                    if (capacity[menteeEdges[i][c]] == 0) {
                        result[i] = candidates.get(c);
                    }
                }
            }
            return result;
        }

        private void push(int edge) {
            capacity[edge]--;
            capacity[edge ^ 1]++;
        }

        /** @return the forward edge from the node to the target (any forward edge when the target is -1) */
        private int edgeFrom(int node, int to) {
            for (int e = head[node]; e >= 0; e = next[e]) {
                if ((e & 1) == 0 && (to < 0 || target[e] == to)) {
                    return e;
                }
            }
            throw new IllegalStateException("No edge from node " + node + " to " + to + ".");
        }

        private int addEdge(int from, int to, int cap) {
            if (edges + 2 > target.length) {
                next = Arrays.copyOf(next, target.length * 2);
                capacity = Arrays.copyOf(capacity, target.length * 2);
                target = Arrays.copyOf(target, target.length * 2);
            }
            int forward = edges;
            target[edges] = to;
            capacity[edges] = cap;
            next[edges] = head[from];
            head[from] = edges++;
            target[edges] = from;
            capacity[edges] = 0;
            next[edges] = head[to];
            head[to] = edges++;
            return forward;
        }
    }
}
