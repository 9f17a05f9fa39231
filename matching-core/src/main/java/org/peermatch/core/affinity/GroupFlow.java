package org.peermatch.core.affinity;

import java.util.Arrays;

/**
 * Exact min-cost flow with group rules per participant: source → participant (supply = demand) → one node per
 * participant × ruled group (capacity [min, max]) → resource (capacity 1 per allowed arc, cost = minus the scaled
 * score) → sink (capacity [minLoad, maxLoad]). A resource in no ruled group hangs directly from the participant.
 *
 * <p>Lower bounds (a group's min, a resource's min load) are arcs split in two tiers: the first {@code min} units
 * earn a bonus larger than any change of score, the rest cost nothing, so the flow meets the most lower bounds
 * that can be met, then has the best total; the bonus is a demand in the classic lower-bound transformation, met
 * whenever it can be. Units are routed one at a time from their own participant by Dijkstra on reduced costs
 * (Johnson potentials, initialised on the acyclic empty network), as {@link AssignmentFlow} does: successive
 * shortest paths, hence optimal for the supplies routed, and a unit that finds no path never will later.
 *
 * <p>Complexity: O(D · (A + N log N)) for D demanded units, A arcs and N nodes (participants × ruled groups
 * included). Memory: O(A + N).
 */
final class GroupFlow {

    private final IndexedProblem ip;
    private final int nodeCount;
    private final int sink;
    private final int[] head;
    private final int[] next;
    private final int[] to;
    private final int[] capacity;
    private final long[] cost;
    private int edgeCount;
    /** The edge of each allowed arc (participant or participant × group node → resource). */
    private final int[] arcEdge;
    private final long[] potential;
    private final long[] distance;
    private final int[] previousEdge;
    private final boolean[] settled;
    private final int[] touched;
    private int touchedCount;
    private final AssignmentFlow.NodeHeap heap;

    /**
     * @param ip the problem (forced pairs already taken out)
     * @param ruleOfResource per resource, the index of its group's rule, or -1
     * @param ruleMin per participant × rule ({@code p * rules + k}), the fewest resources of the group
     * @param ruleMax per participant × rule, the most resources of the group
     * @param rules how many rules
     */
    GroupFlow(IndexedProblem ip, int[] ruleOfResource, int[] ruleMin, int[] ruleMax, int rules) {
        this.ip = ip;
        int participants = ip.participantCount;
        int[] groupNode = new int[participants * rules];
        Arrays.fill(groupNode, -1);
        int groupNodes = 0;
        for (int p = 0; p < participants; p++) {
            for (int a = ip.pStart[p]; a < ip.pStart[p + 1]; a++) {
                int k = ruleOfResource[ip.arcResource[a]];
                if (k >= 0 && groupNode[p * rules + k] < 0) {
                    groupNode[p * rules + k] = participants + groupNodes++;
                }
            }
        }
        int resourceOffset = participants + groupNodes;
        sink = resourceOffset + ip.resourceCount;
        nodeCount = sink + 1;
        int edges = 2 * (ip.arcCount + 2 * groupNodes + 2 * ip.resourceCount);
        head = new int[nodeCount];
        Arrays.fill(head, -1);
        next = new int[edges];
        to = new int[edges];
        capacity = new int[edges];
        cost = new long[edges];
        arcEdge = new int[ip.arcCount];
        long maxCost = 1;
        for (int a = 0; a < ip.arcCount; a++) {
            maxCost = Math.max(maxCost, Math.abs(ip.arcScore[a]));
        }
        long bonus = 2 * maxCost * (ip.totalDemand() + 1) + 1;
        for (int p = 0; p < participants; p++) {
            for (int k = 0; k < rules; k++) {
                int node = groupNode[p * rules + k];
                if (node >= 0) {
                    int min = ip.demand[p] == 0 ? 0 : ruleMin[p * rules + k];
                    addTiers(p, node, min, Math.max(min, ruleMax[p * rules + k]), bonus);
                }
            }
            for (int a = ip.pStart[p]; a < ip.pStart[p + 1]; a++) {
                int r = ip.arcResource[a];
                int k = ruleOfResource[r];
                arcEdge[a] = addEdge(k >= 0 ? groupNode[p * rules + k] : p, resourceOffset + r, 1, -ip.arcScore[a]);
            }
        }
        for (int r = 0; r < ip.resourceCount; r++) {
            addTiers(resourceOffset + r, sink, Math.min(ip.minLoad[r], ip.maxLoad[r]), ip.maxLoad[r], bonus);
        }
        potential = new long[nodeCount];
        distance = new long[nodeCount];
        Arrays.fill(distance, Long.MAX_VALUE);
        previousEdge = new int[nodeCount];
        settled = new boolean[nodeCount];
        touched = new int[nodeCount];
        heap = new AssignmentFlow.NodeHeap(nodeCount);
        initPotentials();
    }

    /** Adds u → v as a bonus tier of {@code min} units and a free tier up to {@code max}. */
    private void addTiers(int u, int v, int min, int max, long bonus) {
        if (min > 0) {
            addEdge(u, v, min, -bonus);
        }
        if (max > min) {
            addEdge(u, v, max - min, 0);
        }
    }

    private int addEdge(int u, int v, int edgeCapacity, long edgeCost) {
        int e = edgeCount;
        to[e] = v;
        capacity[e] = edgeCapacity;
        cost[e] = edgeCost;
        next[e] = head[u];
        head[u] = e;
        to[e + 1] = u;
        cost[e + 1] = -edgeCost;
        next[e + 1] = head[v];
        head[v] = e + 1;
        edgeCount += 2;
        return e;
    }

    /** Shortest distances from the participants on the empty network, whose nodes are numbered topologically. */
    private void initPotentials() {
        long[] best = new long[nodeCount];
        Arrays.fill(best, Long.MAX_VALUE);
        Arrays.fill(best, 0, ip.participantCount, 0L);
        for (int u = 0; u < nodeCount; u++) {
            if (best[u] == Long.MAX_VALUE) {
                continue;
            }
            for (int e = head[u]; e >= 0; e = next[e]) {
                if (capacity[e] > 0 && best[u] + cost[e] < best[to[e]]) {
                    best[to[e]] = best[u] + cost[e];
                }
            }
        }
        for (int v = 0; v < nodeCount; v++) {
            potential[v] = best[v] == Long.MAX_VALUE ? 0 : best[v];
        }
    }

    /**
     * Routes every participant's demand, one unit at a time.
     *
     * @return per allowed arc, whether it is assigned
     */
    boolean[] solve() {
        for (int p = 0; p < ip.participantCount; p++) {
            for (int k = 0; k < ip.demand[p]; k++) {
                if (!augmentFrom(p)) {
                    break;
                }
            }
        }
        boolean[] assigned = new boolean[ip.arcCount];
        for (int a = 0; a < ip.arcCount; a++) {
            assigned[a] = capacity[arcEdge[a]] == 0;
        }
        return assigned;
    }

    private boolean augmentFrom(int root) {
        for (int i = 0; i < touchedCount; i++) {
            settled[touched[i]] = false;
            distance[touched[i]] = Long.MAX_VALUE;
        }
        touchedCount = 0;
        heap.clear();
        reach(root, 0, -1);
        while (!heap.isEmpty()) {
            int u = heap.pop();
            settled[u] = true;
            if (u == sink) {
                break;
            }
            long base = distance[u] + potential[u];
            for (int e = head[u]; e >= 0; e = next[e]) {
                int v = to[e];
                if (capacity[e] > 0 && !settled[v]) {
                    long d = base + cost[e] - potential[v];
                    if (d < distance[v]) {
                        reach(v, d, e);
                    }
                }
            }
        }
        if (!settled[sink]) {
            return false;
        }
        long sinkDistance = distance[sink];
        for (int v = 0; v < nodeCount; v++) {
            potential[v] += settled[v] ? distance[v] : sinkDistance;
        }
        for (int v = sink; v != root; v = to[previousEdge[v] ^ 1]) {
            capacity[previousEdge[v]]--;
            capacity[previousEdge[v] ^ 1]++;
        }
        return true;
    }

    private void reach(int v, long d, int via) {
        if (distance[v] == Long.MAX_VALUE) {
            touched[touchedCount++] = v;
        }
        distance[v] = d;
        previousEdge[v] = via;
        heap.pushOrDecrease(v, d);
    }
}
