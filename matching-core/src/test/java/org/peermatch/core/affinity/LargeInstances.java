package org.peermatch.core.affinity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates reviewer-assignment-like problems at scale: participants and resources belong to topic clusters of
 * unequal popularity; a pair's score is high within a cluster, middling between neighbouring clusters and low
 * otherwise, plus noise (two-to-six decimals); every participant demands 3 resources; total max load equals total
 * demand (tight capacity), so popular clusters are over-subscribed and the flow must trade off.
 *
 * <p>{@code main(folder, participants, resources, density, seed)} writes scores.csv, demand.csv and loads.csv.
 */
final class LargeInstances {

    private static final int CLUSTERS = 15;
    private static final int DEMAND = 3;

    private LargeInstances() {
    }

    static AffinityProblem generate(long seed, int participantCount, int resourceCount, double density) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] participantCluster = new int[participantCount];
        for (int p = 0; p < participantCount; p++) {
            // popularity skew: low clusters are chosen more often by participants
            participantCluster[p] = (int) Math.min(CLUSTERS - 1, Math.floor(CLUSTERS * Math.pow(random.nextDouble(),
                    1.6)));
        }
        int[] resourceCluster = new int[resourceCount];
        for (int r = 0; r < resourceCount; r++) {
            resourceCluster[r] = random.nextInt(CLUSTERS);
        }
        List<AffinityParticipant> participants = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            participants.add(new AffinityParticipant(String.format("p%05d", p), DEMAND));
        }
        long totalDemand = (long) DEMAND * participantCount;
        List<AffinityResource> resources = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            // spread total demand exactly over the resources: tight capacity
            int max = (int) (totalDemand / resourceCount + (r < totalDemand % resourceCount ? 1 : 0));
            resources.add(new AffinityResource(String.format("r%04d", r), 0, max));
        }
        List<ScoredPair> pairs = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            for (int r = 0; r < resourceCount; r++) {
                if (random.nextDouble() >= density) {
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

    /** Writes a generated problem as CSV files for the CLI. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int participants = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int resources = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        double density = args.length > 3 ? Double.parseDouble(args[3]) : 0.83;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
        AffinityProblem problem = generate(seed, participants, resources, density);
        Files.createDirectories(folder);
        try (Writer out = Files.newBufferedWriter(folder.resolve("scores.csv"), StandardCharsets.UTF_8)) {
            out.write("participant,resource,score\n");
            for (ScoredPair pair : problem.pairs()) {
                out.write(pair.participant() + "," + pair.resource() + "," + AffinityCsv.format(pair.score()) + "\n");
            }
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve("demand.csv"), StandardCharsets.UTF_8)) {
            out.write("participant,demand\n");
            for (AffinityParticipant participant : problem.participants()) {
                out.write(participant.id() + "," + participant.demand() + "\n");
            }
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve("loads.csv"), StandardCharsets.UTF_8)) {
            out.write("resource,min_load,max_load\n");
            for (AffinityResource resource : problem.resources()) {
                out.write(resource.id() + "," + resource.minLoad() + "," + resource.maxLoad() + "\n");
            }
        }
        System.out.println(problem.pairs().size() + " pairs written to " + folder);
    }
}
