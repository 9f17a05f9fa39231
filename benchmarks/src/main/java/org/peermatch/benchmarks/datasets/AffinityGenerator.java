package org.peermatch.benchmarks.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.peermatch.core.affinity.AffinityParticipant;
import org.peermatch.core.affinity.AffinityProblem;
import org.peermatch.core.affinity.AffinityResource;
import org.peermatch.core.affinity.ScoredPair;

/**
 * Generates reviewer-assignment-like affinity problems (the pure assignment core): participants and resources belong
 * to 15 topic clusters of unequal popularity; a pair scores high within a cluster, middling between neighbouring
 * clusters and low otherwise, plus noise; every participant demands 3 resources; the total max load equals the total
 * demand (tight), so popular clusters are over-subscribed. 83% of the pairs are scored. The same model as the
 * core's large-instance tests, written again here so that the benchmarks do not depend on test code.
 */
public final class AffinityGenerator {

    private static final int CLUSTERS = 15;
    private static final int DEMAND = 3;
    private static final double DENSITY = 0.83;

    private AffinityGenerator() {
    }

    /** @return how many resources a problem of this size has: about one per 6.7 participants, at least 10 */
    public static int resourceCount(Size size) {
        return Math.max(10, (int) Math.round(size.participants() * 0.15));
    }

    /** @return the problem of that size and seed */
    public static AffinityProblem generate(Size size, long seed) {
        return generate(seed, size.participants(), resourceCount(size));
    }

    /** @return a problem of that many participants and resources */
    public static AffinityProblem generate(long seed, int participantCount, int resourceCount) {
        SplittableRandom random = new SplittableRandom(seed * 7_919L + participantCount);
        int[] participantCluster = new int[participantCount];
        for (int p = 0; p < participantCount; p++) {
            // popularity skew: low clusters are chosen more often by participants
            participantCluster[p] = (int) Math.min(CLUSTERS - 1,
                    Math.floor(CLUSTERS * Math.pow(random.nextDouble(), 1.6)));
        }
        int[] resourceCluster = new int[resourceCount];
        for (int r = 0; r < resourceCount; r++) {
            resourceCluster[r] = random.nextInt(CLUSTERS);
        }
        List<AffinityParticipant> participants = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            participants.add(new AffinityParticipant(String.format("p%05d", p + 1), DEMAND));
        }
        long totalDemand = (long) DEMAND * participantCount;
        List<AffinityResource> resources = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            int max = (int) (totalDemand / resourceCount + (r < totalDemand % resourceCount ? 1 : 0));
            resources.add(new AffinityResource(String.format("r%04d", r + 1), 0, max));
        }
        List<ScoredPair> pairs = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            for (int r = 0; r < resourceCount; r++) {
                if (random.nextDouble() >= DENSITY) {
                    continue;
                }
                int distance = Math.abs(participantCluster[p] - resourceCluster[r]);
                double base = distance == 0 ? 0.7 : distance == 1 ? 0.4 : 0.1;
                double score = Math.round((base + 0.3 * random.nextDouble()) * 1e6) / 1e6;
                pairs.add(new ScoredPair(participants.get(p).id(), resources.get(r).id(), score));
            }
        }
        return new AffinityProblem(participants, resources, pairs, List.of());
    }
}
