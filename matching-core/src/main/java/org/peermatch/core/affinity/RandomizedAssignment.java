package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;

/**
 * Randomized assignment with a probability limit per pair (the anti-collusion design of Jecmen et al., NeurIPS
 * 2020): first the fractional assignment of maximum expected score where no pair has a probability above {@code q},
 * then one integral assignment drawn so that each pair is chosen with exactly its fractional probability.
 *
 * <p><b>Fractional optimum.</b> Probabilities are counted in thousandths ({@link #UNITS}), so the linear program is
 * a min-cost flow with integer data: source → participant (demand × 1000), participant → resource (at most
 * q × 1000, the pair's score as its gain), resource → sink (between its min and max load × 1000). Flows with
 * integer capacities have integer optima, so JGraphT's capacity-scaling min-cost flow gives the exact optimum of the
 * program in thousandths.
 *
 * <p><b>Drawing.</b> Dependent rounding on the bipartite graph (Gandhi, Khuller, Parthasarathy and Srinivasan, JACM
 * 2006): while some pair has a fractional probability, take a cycle or a maximal path of fractional pairs, split it
 * into its two alternating halves, and move probability from one half to the other by the largest step that keeps
 * every probability within [0, 1], in one direction or the other with the probabilities that keep each pair's
 * expectation. A participant's total stays its demand (its fractional pairs come in pairs on every cycle or path
 * through it); a resource's load only moves between the floor and the ceiling of its fractional load, so within its
 * loads. Every step makes at least one pair 0 or 1, so at most as many steps as pairs.
 */
public final class RandomizedAssignment {

    /** Probabilities are thousandths: {@code q} is rounded down to one, and the draw is exact in them. */
    public static final int UNITS = 1000;

    private RandomizedAssignment() {
    }

    /**
     * The fractional assignment and one draw from it.
     *
     * @param pairs the drawn assignment: participant, resource and score, in the problem's pair order
     * @param probabilities each allowed pair's probability in the fractional assignment (only those above 0), keyed
     *        {@code participant + "\t" + resource}, in the problem's pair order
     * @param expectedScore the fractional assignment's score: the expected score of a draw
     * @param drawnScore the drawn assignment's score
     */
    public record Result(List<ScoredPair> pairs, Map<String, Double> probabilities, double expectedScore,
            double drawnScore) {
        public Result {
            pairs = List.copyOf(pairs);
            probabilities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
        }
    }

    /**
     * @param problem the problem (demands, loads, allowed pairs and conflicts)
     * @param maxProbability the largest probability of any pair, above 0 and at most 1
     * @param seed the draw's seed: the same seed gives the same draw
     * @return the fractional optimum and one draw from it
     * @throws IllegalArgumentException when {@code maxProbability} is out of range, or no fractional assignment
     *         meets every demand and load with that limit (then no draw can)
     */
    public static Result solve(AffinityProblem problem, double maxProbability, long seed) {
        int cap = (int) Math.floor(maxProbability * UNITS + 1e-9);
        if (!(maxProbability > 0) || maxProbability > 1 || cap < 1) {
            throw new IllegalArgumentException("The max probability " + maxProbability + " is not in (0, 1].");
        }
        IndexedProblem ip = new IndexedProblem(problem);
        int[] units = fractional(ip, cap);
        double expected = 0;
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int a = 0; a < ip.arcCount; a++) {
            expected += units[a] * ip.arcValue[a] / UNITS;
            if (units[a] > 0) {
                probabilities.put(key(ip, a), units[a] / (double) UNITS);
            }
        }
        round(ip, units, new SplittableRandom(seed));
        List<ScoredPair> drawn = new ArrayList<>();
        double drawnScore = 0;
        for (int a = 0; a < ip.arcCount; a++) {
            if (units[a] == UNITS) {
                drawn.add(new ScoredPair(participantId(ip, a), resourceId(ip, a), ip.arcValue[a]));
                drawnScore += ip.arcValue[a];
            }
        }
        return new Result(drawn, probabilities, expected, drawnScore);
    }

    /** @return each arc's flow in thousandths in a fractional assignment of maximum score */
    private static int[] fractional(IndexedProblem ip, int cap) {
        Graph<Integer, Edge> graph = new DefaultDirectedWeightedGraph<>(Edge.class);
        int source = ip.participantCount + ip.resourceCount;
        int sink = source + 1;
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        for (int p = 0; p < ip.participantCount; p++) {
            add(graph, source, p, new Edge(-1, ip.demand[p] * UNITS, ip.demand[p] * UNITS, 0));
        }
        Edge[] arcs = new Edge[ip.arcCount];
        for (int a = 0; a < ip.arcCount; a++) {
            arcs[a] = new Edge(a, 0, cap, -ip.arcScore[a]);
            add(graph, ip.arcParticipant[a], ip.participantCount + ip.arcResource[a], arcs[a]);
        }
        for (int r = 0; r < ip.resourceCount; r++) {
            add(graph, ip.participantCount + r, sink, new Edge(-1, ip.minLoad[r] * UNITS, ip.maxLoad[r] * UNITS, 0));
        }
        int total = (int) ip.totalDemand() * UNITS;
        Map<Integer, Integer> supplies = new HashMap<>();
        supplies.put(source, total);
        supplies.put(sink, -total);
        MinimumCostFlowProblem<Integer, Edge> flowProblem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> supplies.getOrDefault(v, 0), edge -> edge.upper, edge -> edge.lower, edge -> edge.cost);
        MinimumCostFlow<Edge> flow;
        try {
            flow = new CapacityScalingMinimumCostFlow<Integer, Edge>().getMinimumCostFlow(flowProblem);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("No fractional assignment meets every demand and load with pairs of "
                    + "probability at most " + cap / (double) UNITS + ".", e);
        }
        int[] units = new int[ip.arcCount];
        for (int a = 0; a < ip.arcCount; a++) {
            units[a] = (int) Math.round(flow.getFlow(arcs[a]));
        }
        return units;
    }

    private static void add(Graph<Integer, Edge> graph, int from, int to, Edge edge) {
        graph.addEdge(from, to, edge);
        // JGraphT reads the costs from the edge weights.
        graph.setEdgeWeight(edge, edge.cost);
    }

    /** Dependent rounding of the arcs' thousandths to 0 or {@link #UNITS}, keeping each arc's expectation. */
    static void round(IndexedProblem ip, int[] units, SplittableRandom random) {
        int vertices = ip.participantCount + ip.resourceCount;
        // The fractional arcs at each vertex (participants first, then resources), kept up to date lazily.
        List<List<Integer>> at = new ArrayList<>();
        for (int v = 0; v < vertices; v++) {
            at.add(new ArrayList<>());
        }
        for (int a = 0; a < ip.arcCount; a++) {
            if (units[a] % UNITS != 0) {
                at.get(ip.arcParticipant[a]).add(a);
                at.get(ip.participantCount + ip.arcResource[a]).add(a);
            }
        }
        for (int start = 0; start < vertices; start++) {
            while (true) {
                List<Integer> walk = walk(ip, units, at, start);
                if (walk.isEmpty()) {
                    break;
                }
                step(units, walk, random);
            }
        }
    }

    /**
     * @return a cycle or a maximal path of fractional arcs through {@code start}, as its arcs in order (alternating
     *         halves are the even and odd positions), or empty when no fractional arc touches it
     */
    private static List<Integer> walk(IndexedProblem ip, int[] units, List<List<Integer>> at, int start) {
        if (fractionalArc(units, at.get(start), -1) < 0) {
            return List.of();
        }
        // Walk from start until a vertex repeats (a cycle) or no unused fractional arc leaves (a path end).
        List<Integer> arcs = new ArrayList<>();
        List<Integer> vertices = new ArrayList<>();
        Map<Integer, Integer> position = new HashMap<>();
        int v = start;
        int previous = -1;
        while (true) {
            position.put(v, vertices.size());
            vertices.add(v);
            int a = fractionalArc(units, at.get(v), previous);
            if (a < 0) {
                break;
            }
            int next = other(ip, a, v);
            arcs.add(a);
            previous = a;
            Integer seen = position.get(next);
            if (seen != null) {
                // A cycle: the arcs from where it closes; in a bipartite graph it has even length.
                return new ArrayList<>(arcs.subList(seen, arcs.size()));
            }
            v = next;
        }
        // A path ending at v; extend it from start the other way to make it maximal.
        List<Integer> back = new ArrayList<>();
        int u = start;
        int previousBack = arcs.isEmpty() ? -1 : arcs.get(0);
        while (true) {
            int a = fractionalArc(units, at.get(u), previousBack);
            if (a < 0) {
                break;
            }
            int next = other(ip, a, u);
            Integer seen = position.get(next);
            back.add(a);
            if (seen != null && seen < 0) {
                // Back on a vertex of this backward walk: the cycle is the backward arcs from there.
                return new ArrayList<>(back.subList(-1 - seen, back.size()));
            }
            if (seen != null) {
                // Closes a cycle with the forward walk: the arcs of the forward walk up to that vertex, and back.
                List<Integer> cycle = new ArrayList<>();
                for (int i = back.size() - 1; i >= 0; i--) {
                    cycle.add(back.get(i));
                }
                cycle.addAll(arcs.subList(0, seen));
                return cycle;
            }
            // The backward walk's k-th vertex after start (k from 1) is at position -1 - k: the arcs of a cycle
            // closing there start at back[k].
            position.put(next, -1 - back.size());
            previousBack = a;
            u = next;
        }
        List<Integer> path = new ArrayList<>();
        for (int i = back.size() - 1; i >= 0; i--) {
            path.add(back.get(i));
        }
        path.addAll(arcs);
        return path;
    }

    /** @return a fractional arc of the list other than {@code except}, dropping the integral ones met, or -1 */
    private static int fractionalArc(int[] units, List<Integer> arcs, int except) {
        for (int i = arcs.size() - 1; i >= 0; i--) {
            int a = arcs.get(i);
            if (units[a] % UNITS == 0) {
                arcs.remove(i);
            } else if (a != except) {
                return a;
            }
        }
        return -1;
    }

    private static int other(IndexedProblem ip, int a, int v) {
        int p = ip.arcParticipant[a];
        int r = ip.participantCount + ip.arcResource[a];
        return v == p ? r : p;
    }

    /** Moves probability between the walk's two alternating halves, keeping every arc's expectation. */
    private static void step(int[] units, List<Integer> walk, SplittableRandom random) {
        int up = Integer.MAX_VALUE;
        int down = Integer.MAX_VALUE;
        for (int i = 0; i < walk.size(); i++) {
            int value = units[walk.get(i)];
            if (i % 2 == 0) {
                up = Math.min(up, UNITS - value);
                down = Math.min(down, value);
            } else {
                up = Math.min(up, value);
                down = Math.min(down, UNITS - value);
            }
        }
        // Up by `up` with probability down / (up + down), else down by `down`: the expected change is zero.
        boolean raise = random.nextInt(up + down) < down;
        for (int i = 0; i < walk.size(); i++) {
            int sign = (i % 2 == 0) == raise ? 1 : -1;
            units[walk.get(i)] += sign * (raise ? up : down);
        }
    }

    private static String key(IndexedProblem ip, int a) {
        return participantId(ip, a) + "\t" + resourceId(ip, a);
    }

    private static String participantId(IndexedProblem ip, int a) {
        return ip.problem.participants().get(ip.arcParticipant[a]).id();
    }

    private static String resourceId(IndexedProblem ip, int a) {
        return ip.problem.resources().get(ip.arcResource[a]).id();
    }

    /** An edge of the flow network: an allowed pair (its arc index) or a source or sink edge (-1). */
    static final class Edge {
        final int arc;
        final int lower;
        final int upper;
        final double cost;

        Edge(int arc, int lower, int upper, double cost) {
            this.arc = arc;
            this.lower = lower;
            this.upper = upper;
            this.cost = cost;
        }
    }
}
