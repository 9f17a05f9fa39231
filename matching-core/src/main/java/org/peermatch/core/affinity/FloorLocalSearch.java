package org.peermatch.core.affinity;

import java.util.SplittableRandom;

/**
 * Late-acceptance local search under a floor: every participant with a demand should have a total of at least
 * {@code floor}. It minimises the total shortfall below the floor first, then maximises the total score, keeping
 * every hard rule (distinct resources, loads within their ranges, only allowed arcs) that the start satisfies.
 *
 * <p>Moves: give one of a participant's resources up for another allowed resource with room, or, when that
 * resource is full (or the one left would fall below its min load), swap resources with a participant assigned to
 * it. Each move is evaluated in O(1).
 */
final class FloorLocalSearch {

    private static final int HISTORY = 600;

    private final IndexedProblem ip;
    private final boolean[] disabled;
    private final long floor;
    private final long shortfallWeight;
    private final SplittableRandom random;

    private final boolean[] assigned;
    private final int[][] participantArcs;
    private final int[] participantCount;
    private final int[][] resourceArcs;
    private final int[] load;
    private final int[] positionInParticipant;
    private final int[] positionInResource;
    private final long[] totals;
    private long total;
    private long shortfall;
    private final int[] eligible;
    private final int eligibleCount;
    private final int[] violators;
    private final int[] violatorPosition;
    private int violatorCount;

    FloorLocalSearch(IndexedProblem ip, boolean[] disabled, long floor, Solution start, SplittableRandom random) {
        this.ip = ip;
        this.disabled = disabled;
        this.floor = floor;
        this.random = random;
        // a unit of shortfall outweighs any realistic change of total in one move
        shortfallWeight = 64;
        assigned = start.assigned.clone();
        participantArcs = new int[ip.participantCount][];
        participantCount = new int[ip.participantCount];
        positionInParticipant = new int[ip.arcCount];
        positionInResource = new int[ip.arcCount];
        resourceArcs = new int[ip.resourceCount][];
        load = new int[ip.resourceCount];
        totals = new long[ip.participantCount];
        for (int p = 0; p < ip.participantCount; p++) {
            participantArcs[p] = new int[Math.max(1, ip.demand[p])];
        }
        for (int r = 0; r < ip.resourceCount; r++) {
            resourceArcs[r] = new int[Math.max(1, Math.min(ip.maxLoad[r], ip.rStart[r + 1] - ip.rStart[r]))];
        }
        for (int a = 0; a < ip.arcCount; a++) {
            if (assigned[a]) {
                int p = ip.arcParticipant[a];
                int r = ip.arcResource[a];
                positionInParticipant[a] = participantCount[p];
                participantArcs[p][participantCount[p]++] = a;
                positionInResource[a] = load[r];
                resourceArcs[r][load[r]++] = a;
                totals[p] += ip.arcScore[a];
                total += ip.arcScore[a];
            }
        }
        int[] list = new int[ip.participantCount];
        int count = 0;
        violators = new int[ip.participantCount];
        violatorPosition = new int[ip.participantCount];
        java.util.Arrays.fill(violatorPosition, -1);
        for (int p = 0; p < ip.participantCount; p++) {
            if (ip.demand[p] > 0 && participantCount[p] > 0 && ip.pStart[p + 1] - ip.pStart[p] > participantCount[p]) {
                list[count++] = p;
            }
            if (ip.demand[p] > 0) {
                shortfall += Math.max(0, floor - totals[p]);
                updateViolator(p);
            }
        }
        eligible = list;
        eligibleCount = count;
    }

    private void updateViolator(int p) {
        boolean violating = totals[p] < floor;
        int position = violatorPosition[p];
        if (violating && position < 0) {
            violatorPosition[p] = violatorCount;
            violators[violatorCount++] = p;
        } else if (!violating && position >= 0) {
            int last = violators[--violatorCount];
            violators[position] = last;
            violatorPosition[last] = position;
            violatorPosition[p] = -1;
        }
    }

    private long fitness(long shortfallValue, long totalValue) {
        return totalValue - shortfallWeight * shortfallValue;
    }

    /**
     * Runs until {@code maxMoves} moves are evaluated, {@code stallMoves} pass without a new best, or the budget
     * is exhausted.
     *
     * @return the best solution seen (by shortfall, then total), or null when none beats the start
     */
    Solution run(Budget budget, long maxMoves, long stallMoves) {
        if (eligibleCount == 0) {
            return null;
        }
        long[] history = new long[HISTORY];
        long current = fitness(shortfall, total);
        java.util.Arrays.fill(history, current);
        long bestShortfall = shortfall;
        long bestTotal = total;
        boolean[] bestAssigned = null;
        long sinceBest = 0;
        long moves = 0;
        while (moves < maxMoves && sinceBest < stallMoves) {
            if ((moves & 1023) == 0 && moves > 0) {
                budget.charge(1024);
                if (budget.exhausted()) {
                    break;
                }
            }
            moves++;
            sinceBest++;
            int p;
            if (violatorCount > 0 && random.nextInt(2) == 0) {
                p = violators[random.nextInt(violatorCount)];
                if (participantCount[p] == 0) {
                    continue;
                }
            } else {
                p = eligible[random.nextInt(eligibleCount)];
            }
            int a = participantArcs[p][random.nextInt(participantCount[p])];
            int b = ip.pStart[p] + random.nextInt(ip.pStart[p + 1] - ip.pStart[p]);
            if (assigned[b] || disabled != null && disabled[b]) {
                continue;
            }
            int r = ip.arcResource[a];
            int rb = ip.arcResource[b];
            long newP = totals[p] - ip.arcScore[a] + ip.arcScore[b];
            int c = -1;
            int d = -1;
            int q = -1;
            long newQ = 0;
            if (load[rb] < resourceArcs[rb].length && load[rb] < ip.maxLoad[rb] && load[r] > ip.minLoad[r]) {
                // plain reassignment
            } else if (load[rb] > 0) {
                c = resourceArcs[rb][random.nextInt(load[rb])];
                q = ip.arcParticipant[c];
                if (q == p) {
                    continue;
                }
                d = ip.arc(q, r);
                if (d < 0 || assigned[d] || disabled != null && disabled[d]) {
                    continue;
                }
                newQ = totals[q] - ip.arcScore[c] + ip.arcScore[d];
            } else {
                continue;
            }
            long newShortfall = shortfall - Math.max(0, floor - totals[p]) + Math.max(0, floor - newP);
            long newTotal = total - ip.arcScore[a] + ip.arcScore[b];
            if (q >= 0) {
                newShortfall += -Math.max(0, floor - totals[q]) + Math.max(0, floor - newQ);
                newTotal += -ip.arcScore[c] + ip.arcScore[d];
            }
            long candidate = fitness(newShortfall, newTotal);
            int slot = (int) (moves % HISTORY);
            if (candidate >= current || candidate >= history[slot]) {
                remove(a);
                if (q >= 0) {
                    remove(c);
                    add(d);
                    updateViolator(q);
                }
                add(b);
                updateViolator(p);
                shortfall = newShortfall;
                total = newTotal;
                current = candidate;
                if (shortfall < bestShortfall || shortfall == bestShortfall && total > bestTotal) {
                    bestShortfall = shortfall;
                    bestTotal = total;
                    bestAssigned = assigned.clone();
                    sinceBest = 0;
                }
            }
            history[slot] = current;
        }
        budget.charge(moves & 1023);
        this.evaluated = moves;
        return bestAssigned == null ? null : new Solution(ip, bestAssigned);
    }

    private long evaluated;

    long evaluated() {
        return evaluated;
    }

    private void remove(int a) {
        int p = ip.arcParticipant[a];
        int r = ip.arcResource[a];
        assigned[a] = false;
        int lastP = --participantCount[p];
        int posP = positionInParticipant[a];
        int movedP = participantArcs[p][lastP];
        participantArcs[p][posP] = movedP;
        positionInParticipant[movedP] = posP;
        int lastR = --load[r];
        int posR = positionInResource[a];
        int movedR = resourceArcs[r][lastR];
        resourceArcs[r][posR] = movedR;
        positionInResource[movedR] = posR;
        totals[p] -= ip.arcScore[a];
    }

    private void add(int a) {
        int p = ip.arcParticipant[a];
        int r = ip.arcResource[a];
        assigned[a] = true;
        positionInParticipant[a] = participantCount[p];
        participantArcs[p][participantCount[p]++] = a;
        positionInResource[a] = load[r];
        resourceArcs[r][load[r]++] = a;
        totals[p] += ip.arcScore[a];
    }
}
