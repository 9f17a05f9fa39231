package org.peermatch.core.affinity;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Raises the total score of an assignment without letting any participant fall below a floor, by cancelling
 * improving exchange cycles: participant A gives resource 1 up for resource 2, B gives 2 up for 3, … until a
 * resource that lost somebody is reached again (or one with room absorbs the last move and one above its min load
 * gives the first participant up). Every step keeps its participant at or above the floor, so each cancelled
 * cycle keeps the floor and strictly raises the total.
 *
 * <p>This is the min-cost-flow optimality condition (no negative residual cycle) restricted by the floor: the
 * residual graph has a node per resource, a node per assigned pair (its participant leaving that resource), and a
 * terminal for load changes. Negative cycles are found by a queue-based Bellman–Ford with a periodic walk of the
 * predecessor graph. A cycle through two pairs of the same participant is checked as a whole and banned when it
 * would break the floor.
 */
final class FloorCycleCanceler {

    private final IndexedProblem ip;
    private final boolean[] disabled;
    private final long floor;
    final boolean[] assigned;
    private final long[] totals;
    private final int[] load;
    private long cancelled;

    FloorCycleCanceler(IndexedProblem ip, boolean[] disabled, long floor, Solution start) {
        this.ip = ip;
        this.disabled = disabled;
        this.floor = floor;
        this.assigned = start.assigned.clone();
        this.totals = start.participantTotals.clone();
        this.load = start.load.clone();
    }

    long cancelled() {
        return cancelled;
    }

    /** Cancels cycles until none is left or the budget is exhausted; returns how many it cancelled. */
    long run(Budget budget) {
        boolean[] banned = new boolean[ip.arcCount];
        while (!budget.exhausted()) {
            int[] cycle = findCycle(banned, budget);
            if (cycle == null) {
                break;
            }
            if (!apply(cycle, banned)) {
                continue;
            }
            cancelled++;
        }
        return cancelled;
    }

    // graph: resources [0, R), slots [R, R + K) for assigned arcs, terminal R + K
    private int[] slotArc;
    private int[] arcSlot;
    private int[][] resourceSlots;

    private void index() {
        int k = 0;
        for (boolean a : assigned) {
            if (a) {
                k++;
            }
        }
        slotArc = new int[k];
        if (arcSlot == null) {
            arcSlot = new int[ip.arcCount];
        }
        int[] count = new int[ip.resourceCount];
        k = 0;
        for (int a = 0; a < ip.arcCount; a++) {
            if (assigned[a]) {
                slotArc[k] = a;
                arcSlot[a] = k++;
                count[ip.arcResource[a]]++;
            }
        }
        resourceSlots = new int[ip.resourceCount][];
        for (int r = 0; r < ip.resourceCount; r++) {
            resourceSlots[r] = new int[count[r]];
            count[r] = 0;
        }
        for (int s = 0; s < slotArc.length; s++) {
            int r = ip.arcResource[slotArc[s]];
            resourceSlots[r][count[r]++] = s;
        }
    }

    /** @return the nodes of a negative cycle in order, or null when there is none */
    private int[] findCycle(boolean[] banned, Budget budget) {
        index();
        int resources = ip.resourceCount;
        int slots = slotArc.length;
        int terminal = resources + slots;
        int nodes = terminal + 1;
        long[] distance = new long[nodes];
        int[] previous = new int[nodes];
        Arrays.fill(previous, -1);
        boolean[] queued = new boolean[nodes];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int v = 0; v < nodes; v++) {
            queue.add(v);
            queued[v] = true;
        }
        long relaxations = 0;
        long work = 0;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            queued[u] = false;
            long du = distance[u];
            if (u < resources) {
                for (int s : resourceSlots[u]) {
                    int v = resources + s;
                    if (du < distance[v]) {
                        relaxations += relax(v, du, u, distance, previous, queued, queue);
                    }
                }
                if (load[u] < ip.maxLoad[u] && du < distance[terminal]) {
                    relaxations += relax(terminal, du, u, distance, previous, queued, queue);
                }
            } else if (u < terminal) {
                int a = slotArc[u - resources];
                int p = ip.arcParticipant[a];
                long keep = totals[p] - ip.arcScore[a];
                for (int b = ip.pStart[p]; b < ip.pStart[p + 1]; b++) {
                    work++;
                    if (assigned[b] || banned[b] || disabled != null && disabled[b]
                            || keep + ip.arcScore[b] < floor) {
                        continue;
                    }
                    int v = ip.arcResource[b];
                    long d = du + ip.arcScore[a] - ip.arcScore[b];
                    if (d < distance[v]) {
                        relaxations += relax(v, d, u, distance, previous, queued, queue);
                    }
                }
            } else {
                for (int r = 0; r < resources; r++) {
                    if (load[r] > ip.minLoad[r] && du < distance[r]) {
                        relaxations += relax(r, du, u, distance, previous, queued, queue);
                    }
                }
            }
            if (relaxations >= nodes) {
                relaxations = 0;
                int[] cycle = predecessorCycle(previous);
                if (cycle != null) {
                    budget.charge(work / 64);
                    return cycle;
                }
                if (budget.exhausted()) {
                    return null;
                }
            }
        }
        budget.charge(work / 64);
        return predecessorCycle(previous);
    }

    private static int relax(int v, long d, int u, long[] distance, int[] previous, boolean[] queued,
            ArrayDeque<Integer> queue) {
        distance[v] = d;
        previous[v] = u;
        if (!queued[v]) {
            queued[v] = true;
            queue.add(v);
        }
        return 1;
    }

    /** A cycle of the predecessor graph (necessarily negative), nodes in forward order; null when it is a forest. */
    private static int[] predecessorCycle(int[] previous) {
        int n = previous.length;
        int[] state = new int[n];
        for (int start = 0; start < n; start++) {
            if (state[start] != 0) {
                continue;
            }
            int v = start;
            while (v >= 0 && state[v] == 0) {
                state[v] = start + 1 + n;
                v = previous[v];
            }
            if (v >= 0 && state[v] == start + 1 + n) {
                // v is on a cycle discovered in this walk
                int length = 1;
                for (int w = previous[v]; w != v; w = previous[w]) {
                    length++;
                }
                int[] cycle = new int[length];
                int w = v;
                for (int i = length - 1; i >= 0; i--) {
                    cycle[i] = w;
                    w = previous[w];
                }
                return cycle;
            }
            for (int w = start; w >= 0 && state[w] == start + 1 + n; w = previous[w]) {
                state[w] = 1;
            }
        }
        return null;
    }

    /** Applies a cycle when it keeps every floor; otherwise bans one of its moves and returns false. */
    private boolean apply(int[] cycle, boolean[] banned) {
        int resources = ip.resourceCount;
        int terminal = resources + slotArc.length;
        int length = cycle.length;
        int[] from = new int[length];
        int[] to = new int[length];
        int moves = 0;
        int[] touched = new int[length];
        int touchedCount = 0;
        for (int i = 0; i < length; i++) {
            int u = cycle[i];
            int v = cycle[(i + 1) % length];
            if (u >= resources && u < terminal) {
                int a = slotArc[u - resources];
                int b = ip.arc(ip.arcParticipant[a], v);
                from[moves] = a;
                to[moves++] = b;
                touched[touchedCount++] = ip.arcParticipant[a];
            }
        }
        if (moves == 0) {
            return false;
        }
        // joint check per participant (a participant may appear twice)
        Arrays.sort(touched, 0, touchedCount);
        for (int i = 0; i < touchedCount; i++) {
            if (i > 0 && touched[i] == touched[i - 1]) {
                int p = touched[i];
                long total = totals[p];
                for (int m = 0; m < moves; m++) {
                    if (ip.arcParticipant[from[m]] == p) {
                        total += ip.arcScore[to[m]] - ip.arcScore[from[m]];
                    }
                }
                if (total < floor) {
                    for (int m = 0; m < moves; m++) {
                        if (ip.arcParticipant[from[m]] == p) {
                            banned[to[m]] = true;
                            return false;
                        }
                    }
                }
            }
        }
        for (int m = 0; m < moves; m++) {
            assigned[from[m]] = false;
            load[ip.arcResource[from[m]]]--;
        }
        for (int m = 0; m < moves; m++) {
            assigned[to[m]] = true;
            load[ip.arcResource[to[m]]]++;
            totals[ip.arcParticipant[to[m]]] += ip.arcScore[to[m]] - ip.arcScore[from[m]];
        }
        return true;
    }
}
