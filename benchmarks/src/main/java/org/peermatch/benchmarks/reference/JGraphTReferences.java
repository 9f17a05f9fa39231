package org.peermatch.benchmarks.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;

import org.peermatch.core.affinity.AffinityParticipant;
import org.peermatch.core.affinity.AffinityProblem;
import org.peermatch.core.affinity.AffinityResource;
import org.peermatch.core.affinity.ScoredPair;

/**
 * Independent exact references by JGraphT's capacity-scaling min-cost flow: slow on large networks (minutes for a
 * million arcs), so the runner uses them on small and medium datasets only, to check the fast computations.
 */
public final class JGraphTReferences {

    private JGraphTReferences() {
    }

    /** An arc with its bounds and cost per unit. */
    static final class Arc {
        final int lower;
        final int upper;
        final double cost;

        Arc(int lower, int upper, double cost) {
            this.lower = lower;
            this.upper = upper;
            this.cost = cost;
        }
    }

    /**
     * @return the maximum total score of a complete assignment of the affinity problem (every demand and min load
     *         met, no conflict pair), by min-cost flow with lower bounds
     * @throws IllegalArgumentException when no complete assignment exists
     */
    public static double affinityOptimum(AffinityProblem problem) {
        Graph<Integer, Arc> graph = new DefaultDirectedWeightedGraph<>(Arc.class);
        AffinityNetwork network = new AffinityNetwork(problem);
        List<AffinityParticipant> participants = problem.participants();
        List<AffinityResource> resources = problem.resources();
        for (int v = 0; v <= network.sink; v++) {
            graph.addVertex(v);
        }
        for (int p = 0; p < participants.size(); p++) {
            add(graph, network.source, p, participants.get(p).demand(), participants.get(p).demand(), 0);
        }
        for (ScoredPair pair : network.allowedPairs(problem)) {
            add(graph, network.participantNode(pair.participant()), network.resourceNode(pair.resource()), 0, 1,
                    -pair.score());
        }
        for (int r = 0; r < resources.size(); r++) {
            add(graph, participants.size() + r, network.sink, resources.get(r).minLoad(), resources.get(r).maxLoad(),
                    0);
        }
        int demand = (int) problem.totalDemand();
        return -solve(graph, network.source, network.sink, demand);
    }

    /**
     * @return the optimum of the coverage relaxation, by a general min-cost flow: source → need (its hours) →
     *         resource person (cost minus the need's weight per hour) → sink (hours offered), with a free bypass
     *         need → sink for the hours left uncovered
     */
    public static double coverageBound(CoverageRelaxation relaxation) {
        Graph<Integer, Arc> graph = new DefaultDirectedWeightedGraph<>(Arc.class);
        int needs = relaxation.needCount();
        int resources = relaxation.resourceCount();
        int source = needs + resources;
        int sink = source + 1;
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        int supply = 0;
        for (int n = 0; n < needs; n++) {
            int hours = relaxation.needHours[n];
            supply += hours;
            add(graph, source, n, 0, hours, 0);
            add(graph, n, sink, 0, hours, 0);
            double profit = (double) relaxation.needWeight[n] / hours;
            for (int r : relaxation.needArcs[n]) {
                add(graph, n, needs + r, 0, hours, -profit);
            }
        }
        for (int r = 0; r < resources; r++) {
            add(graph, needs + r, sink, 0, relaxation.resourceHours[r], 0);
        }
        return -solve(graph, source, sink, supply);
    }

    private static void add(Graph<Integer, Arc> graph, int from, int to, int lower, int upper, double cost) {
        Arc arc = new Arc(lower, upper, cost);
        graph.addEdge(from, to, arc);
        // JGraphT 1.5 reads the costs from the edge weights.
        graph.setEdgeWeight(arc, cost);
    }

    private static double solve(Graph<Integer, Arc> graph, int source, int sink, int amount) {
        Map<Integer, Integer> supplies = new HashMap<>();
        supplies.put(source, amount);
        supplies.put(sink, -amount);
        MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> supplies.getOrDefault(v, 0), arc -> arc.upper, arc -> arc.lower, arc -> arc.cost);
        return new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(problem).getCost();
    }
}
