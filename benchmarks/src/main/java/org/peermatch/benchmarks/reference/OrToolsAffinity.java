package org.peermatch.benchmarks.reference;

import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import org.peermatch.core.affinity.AffinityParticipant;
import org.peermatch.core.affinity.AffinityProblem;
import org.peermatch.core.affinity.AffinityResource;
import org.peermatch.core.affinity.ScoredPair;

/**
 * The exact optimum of the assignment core (an {@link AffinityProblem}) by OR-Tools' min-cost flow: code
 * independent of the core's flow and of JGraphT, and fast enough for the L problem's million pairs.
 *
 * <p>The network: source → participant (exactly its demand) → resource (one unit per allowed pair, cost minus the
 * score) → sink (between the resource's min and max load). OR-Tools has no lower bounds, so a resource's min load is
 * taken out of its arc and asked of the resource node as a demand of its own (the sink's demand shrinks by as much).
 * Costs are integers: scores are scaled by {@value #SCALE} and rounded, so the plan found is optimal for the rounded
 * scores; {@link Result#total()} is that plan's total with the real scores, at most half a millionth a pair from the
 * real optimum.
 */
public final class OrToolsAffinity {

    /** Scores are multiplied by this before rounding to integer costs. */
    public static final long SCALE = 1_000_000L;

    /**
     * What OR-Tools found.
     *
     * @param total the plan's total with the real scores
     * @param pairs the number of pairs in the plan
     * @param seconds the solve's wall time, building the network included
     */
    public record Result(double total, long pairs, double seconds) {

        /**
         * @param otherTotal another plan's total
         * @return whether the two totals are equal up to the rounding of the scores (half a millionth a pair, twice)
         */
        public boolean agreesWith(double otherTotal) {
            return Math.abs(otherTotal - total) <= (double) pairs / SCALE + 1e-9 * Math.abs(total);
        }
    }

    private OrToolsAffinity() {
    }

    /**
     * @param problem the problem
     * @return the optimum of a complete assignment (every demand and min load met, no conflict pair)
     * @throws IllegalArgumentException when no complete assignment exists
     */
    public static Result optimum(AffinityProblem problem) {
        long start = System.nanoTime();
        Loader.loadNativeLibraries();
        List<AffinityParticipant> participants = problem.participants();
        List<AffinityResource> resources = problem.resources();
        AffinityNetwork network = new AffinityNetwork(problem);
        int source = network.source;
        int sink = network.sink;
        MinCostFlow flow = new MinCostFlow();
        try {
            long demand = 0;
            for (int p = 0; p < participants.size(); p++) {
                int units = participants.get(p).demand();
                flow.addArcWithCapacityAndUnitCost(source, p, units, 0);
                demand += units;
            }
            int firstPairArc = -1;
            int pairArcs = 0;
            List<ScoredPair> allowed = network.allowedPairs(problem);
            double[] scores = new double[allowed.size()];
            for (ScoredPair pair : allowed) {
                int arc = flow.addArcWithCapacityAndUnitCost(network.participantNode(pair.participant()),
                        network.resourceNode(pair.resource()), 1, -Math.round(pair.score() * SCALE));
                if (firstPairArc < 0) {
                    firstPairArc = arc;
                }
                scores[pairArcs++] = pair.score();
            }
            long minLoads = 0;
            for (int r = 0; r < resources.size(); r++) {
                AffinityResource resource = resources.get(r);
                int node = participants.size() + r;
                flow.addArcWithCapacityAndUnitCost(node, sink, resource.maxLoad() - resource.minLoad(), 0);
                flow.setNodeSupply(node, -resource.minLoad());
                minLoads += resource.minLoad();
            }
            flow.setNodeSupply(source, demand);
            flow.setNodeSupply(sink, -(demand - minLoads));
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalArgumentException("OR-Tools' min-cost flow ended " + status
                        + ": no assignment meets every demand and min load.\nMaybe check the problem's loads.");
            }
            double total = 0;
            long assigned = 0;
            for (int i = 0; i < pairArcs; i++) {
                if (flow.getFlow(firstPairArc + i) > 0) {
                    total += scores[i];
                    assigned++;
                }
            }
            return new Result(total, assigned, (System.nanoTime() - start) / 1e9);
        } finally {
            flow.delete();
        }
    }
}
