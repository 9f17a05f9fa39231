package org.peermatch.benchmarks.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;

/**
 * A proven upper bound on the priority weight any accompaniment plan can cover: the flow relaxation that keeps
 * competence at the minimum level, no conflict of interest, enough common availability and every resource person's
 * hours, and drops the limit of resource persons per participant and the participant counts. Needs may also be
 * split between resource persons and covered in part: an hour of need n is worth {@code weight(n) / hours(n)}.
 * Every plan that meets the hard rules is a feasible flow of the same covered weight, so the optimum of the flow
 * bounds the coverage of every plan.
 *
 * <p>The flow network is source → need (its hours) → resource person (competent and allowed pairs, unbounded) →
 * sink (the hours offered), with a profit per hour on the need's side only. For such a network the vectors of hours
 * the needs can send form a polymatroid, so the greedy that takes the needs by decreasing profit per hour and sends
 * as much as possible from each by augmenting paths, never reducing what earlier needs send, is optimal (Edmonds'
 * greedy theorem). A search that finds no augmenting path closes the set it visited for good (no later path can
 * enter and leave it), so visited nodes are marked dead and failing searches cost O(arcs) in total.
 * {@link JGraphTReferences#coverageBound} computes the same value by a general min-cost flow, as an independent check.
 */
public final class CoverageRelaxation {

    final int[] needHours;
    final int[] needWeight;
    final int[] resourceHours;
    /** For each need, the resource persons it may use. */
    final int[][] needArcs;
    private final long totalWeight;
    private final long arcCount;
    /** Per resource person, its price per hour in the relaxation's dual (filled by {@link #bound()}). */
    private final double[] prices;

    CoverageRelaxation(int[] needHours, int[] needWeight, int[] resourceHours, int[][] needArcs) {
        this.needHours = needHours;
        this.needWeight = needWeight;
        this.resourceHours = resourceHours;
        this.needArcs = needArcs;
        long weight = 0;
        long arcs = 0;
        for (int n = 0; n < needHours.length; n++) {
            weight += needWeight[n];
            arcs += needArcs[n].length;
        }
        this.totalWeight = weight;
        this.arcCount = arcs;
        this.prices = new double[resourceHours.length];
    }

    /**
     * Builds the relaxation of a programme: O(P × R) pair facts, computed one participant at a time (not kept).
     *
     * @param programme the programme
     * @param scoring its pair scoring
     * @return the relaxation
     */
    public static CoverageRelaxation of(Programme programme, PairScoring scoring) {
        List<Member> resources = new ArrayList<>();
        List<Integer> hours = new ArrayList<>();
        for (Member member : programme.members()) {
            Offer offer = member.offer(Mode.ACCOMPANIMENT);
            if (offer != null) {
                resources.add(member);
                hours.add(offer.hours());
            }
        }
        int minimum = programme.accompaniment().minimumLevel();
        List<int[]> arcs = new ArrayList<>();
        List<Integer> needHours = new ArrayList<>();
        List<Integer> needWeight = new ArrayList<>();
        boolean[] allowed = new boolean[resources.size()];
        for (Member participant : programme.members()) {
            if (!participant.requests(Mode.ACCOMPANIMENT)) {
                continue;
            }
            boolean anyCompetent = false;
            for (int r = 0; r < resources.size(); r++) {
                allowed[r] = false;
                Member resource = resources.get(r);
                boolean competent = false;
                for (Need need : participant.needs()) {
                    competent |= resource.levelOn(need.topic()) >= minimum;
                }
                if (competent) {
                    PairFacts facts = scoring.facts(participant, resource);
                    allowed[r] = !facts.conflicted() && facts.missingHalfDays() == 0;
                    anyCompetent = true;
                }
            }
            for (Need need : participant.needs()) {
                int count = 0;
                int[] candidates = new int[resources.size()];
                if (anyCompetent) {
                    for (int r = 0; r < resources.size(); r++) {
                        if (allowed[r] && resources.get(r).levelOn(need.topic()) >= minimum) {
                            candidates[count++] = r;
                        }
                    }
                }
                arcs.add(Arrays.copyOf(candidates, count));
                needHours.add(need.hours());
                needWeight.add(need.priorityWeight());
            }
        }
        return new CoverageRelaxation(needHours.stream().mapToInt(Integer::intValue).toArray(),
                needWeight.stream().mapToInt(Integer::intValue).toArray(),
                hours.stream().mapToInt(Integer::intValue).toArray(), arcs.toArray(new int[0][]));
    }

    /** @return the priority weight of all needs (what a plan covering everything covers) */
    public long totalWeight() {
        return totalWeight;
    }

    /** @return the number of needs */
    public int needCount() {
        return needHours.length;
    }

    /** @return the number of resource persons */
    public int resourceCount() {
        return resourceHours.length;
    }

    /** @return the number of allowed (need, resource person) arcs */
    public long arcCount() {
        return arcCount;
    }

    /**
     * An optimal dual of the relaxation, from the greedy: a resource person closed by the search of a need costs
     * that need's profit per hour, one never closed costs nothing. Then {@code Σ hours(r) · price(r) + Σ hours(n)
     * · max(0, profit per hour(n) − cheapest price on n's arcs)} equals {@link #bound()}.
     *
     * @return per resource person, its price per hour (after {@link #bound()}; zeros before)
     */
    double[] resourcePrices() {
        return prices.clone();
    }

    /**
     * @return the optimum of the relaxation: an upper bound on the priority weight any plan meeting the hard rules
     *         covers (fractional; the integer part bounds too)
     */
    public double bound() {
        int needs = needHours.length;
        int resources = resourceHours.length;
        // Residual: flow[n][k] on the k-th arc of need n; per resource, the arcs (n, k) that carry flow.
        int[][] flow = new int[needs][];
        for (int n = 0; n < needs; n++) {
            flow[n] = new int[needArcs[n].length];
        }
        int[] capacityLeft = resourceHours.clone();
        List<List<long[]>> incoming = new ArrayList<>(resources);
        for (int r = 0; r < resources; r++) {
            incoming.add(new ArrayList<>());
        }
        boolean[] deadNeed = new boolean[needs];
        boolean[] deadResource = new boolean[resources];
        Integer[] order = new Integer[needs];
        for (int n = 0; n < needs; n++) {
            order[n] = n;
        }
        // Decreasing profit per hour weight/hours, compared exactly by cross-multiplication.
        Arrays.sort(order, (a, b) -> {
            int byProfit = Long.compare((long) needWeight[b] * needHours[a], (long) needWeight[a] * needHours[b]);
            return byProfit != 0 ? byProfit : Integer.compare(a, b);
        });

        int[] visitedNeedStamp = new int[needs];
        int[] visitedResourceStamp = new int[resources];
        int[] parentNeedOfResource = new int[resources];
        int[] parentArcOfResource = new int[resources];
        int[] parentResourceOfNeed = new int[needs];
        int stamp = 0;
        double bound = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        List<Integer> visitedNeeds = new ArrayList<>();
        List<Integer> visitedResources = new ArrayList<>();
        for (int start : order) {
            int remaining = needHours[start];
            int sent = 0;
            while (remaining > 0 && !deadNeed[start]) {
                stamp++;
                queue.clear();
                visitedNeeds.clear();
                visitedResources.clear();
                queue.add(start);
                visitedNeedStamp[start] = stamp;
                visitedNeeds.add(start);
                parentResourceOfNeed[start] = -1;
                int found = -1;
                search:
                while (!queue.isEmpty()) {
                    int u = queue.poll();
                    int[] arcs = needArcs[u];
                    for (int k = 0; k < arcs.length; k++) {
                        int r = arcs[k];
                        if (deadResource[r] || visitedResourceStamp[r] == stamp) {
                            continue;
                        }
                        visitedResourceStamp[r] = stamp;
                        visitedResources.add(r);
                        parentNeedOfResource[r] = u;
                        parentArcOfResource[r] = k;
                        if (capacityLeft[r] > 0) {
                            found = r;
                            break search;
                        }
                        for (long[] in : incoming.get(r)) {
                            int v = (int) in[0];
                            int arc = (int) in[1];
                            if (flow[v][arc] > 0 && !deadNeed[v] && visitedNeedStamp[v] != stamp) {
                                visitedNeedStamp[v] = stamp;
                                visitedNeeds.add(v);
                                parentResourceOfNeed[v] = r;
                                queue.add(v);
                            }
                        }
                    }
                }
                if (found < 0) {
                    for (int v : visitedNeeds) {
                        deadNeed[v] = true;
                    }
                    for (int r : visitedResources) {
                        deadResource[r] = true;
                        prices[r] = (double) needWeight[start] / needHours[start];
                    }
                    break;
                }
                // Bottleneck: what is left of the need, the resource's hours, and flows cancelled on the way back.
                int amount = Math.min(remaining, capacityLeft[found]);
                for (int r = found; ; ) {
                    int u = parentNeedOfResource[r];
                    int back = parentResourceOfNeed[u];
                    if (back < 0) {
                        break;
                    }
                    amount = Math.min(amount, flow[u][indexOf(needArcs[u], back)]);
                    r = back;
                }
                capacityLeft[found] -= amount;
                for (int r = found; ; ) {
                    int u = parentNeedOfResource[r];
                    int k = parentArcOfResource[r];
                    if (flow[u][k] == 0) {
                        incoming.get(r).add(new long[] {u, k});
                    }
                    flow[u][k] += amount;
                    int back = parentResourceOfNeed[u];
                    if (back < 0) {
                        break;
                    }
                    flow[u][indexOf(needArcs[u], back)] -= amount;
                    r = back;
                }
                remaining -= amount;
                sent += amount;
            }
            bound += (double) needWeight[start] * sent / needHours[start];
        }
        return bound;
    }

    private static int indexOf(int[] arcs, int resource) {
        for (int k = 0; k < arcs.length; k++) {
            if (arcs[k] == resource) {
                return k;
            }
        }
        throw new IllegalStateException("No arc to resource " + resource + ".");
    }
}
