package org.peermatch.core.affinity;

import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;

/**
 * An independent exact answer for {@link Fairness#NONE}: JGraphT's capacity-scaling min-cost flow with lower bounds
 * (source → participant with exactly its demand, participant → resource 0..1, resource → sink within [min, max]).
 * Costs are the engine's scaled scores, negated, so that the optimum is exact in doubles.
 */
final class ReferenceFlow {

    private ReferenceFlow() {
    }

    /** An edge of the reference network. */
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

    /** @return the best total score, scaled as the engine scales it (throws when no complete assignment exists) */
    static long optimumScaled(AffinityProblem problem) {
        IndexedProblem ip = new IndexedProblem(problem);
        Graph<Integer, Arc> graph = new DefaultDirectedWeightedGraph<>(Arc.class);
        int source = ip.participantCount + ip.resourceCount;
        int sink = source + 1;
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        for (int p = 0; p < ip.participantCount; p++) {
            Arc arc = new Arc(ip.demand[p], ip.demand[p], 0);
            graph.addEdge(source, p, arc);
            graph.setEdgeWeight(arc, 0);
        }
        for (int a = 0; a < ip.arcCount; a++) {
            Arc arc = new Arc(0, 1, -ip.arcScore[a]);
            graph.addEdge(ip.arcParticipant[a], ip.participantCount + ip.arcResource[a], arc);
            // JGraphT 1.5 reads costs from the edge weights (the cost function is not used for the total)
            graph.setEdgeWeight(arc, arc.cost);
        }
        for (int r = 0; r < ip.resourceCount; r++) {
            Arc arc = new Arc(ip.minLoad[r], ip.maxLoad[r], 0);
            graph.addEdge(ip.participantCount + r, sink, arc);
            graph.setEdgeWeight(arc, 0);
        }
        int demand = (int) ip.totalDemand();
        Map<Integer, Integer> supplies = new HashMap<>();
        supplies.put(source, demand);
        supplies.put(sink, -demand);
        MinimumCostFlowProblem<Integer, Arc> flowProblem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> supplies.getOrDefault(v, 0), arc -> arc.upper, arc -> arc.lower, arc -> arc.cost);
        double cost = new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(flowProblem).getCost();
        return -Math.round(cost);
    }
}
