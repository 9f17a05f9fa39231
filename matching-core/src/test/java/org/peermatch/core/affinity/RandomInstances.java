package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random affinity problems for tests. */
final class RandomInstances {

    private RandomInstances() {
    }

    /**
     * A small problem: scores with two decimals in [-1, 1], about {@code density} of the pairs allowed, a few
     * conflicts, demands 0..maxDemand, loads [0..1, 1..3].
     */
    static AffinityProblem small(long seed, int participantCount, int resourceCount, int maxDemand, double density) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AffinityParticipant> participants = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            participants.add(new AffinityParticipant("p" + p, random.nextInt(maxDemand + 1)));
        }
        List<AffinityResource> resources = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            int min = random.nextInt(4) == 0 ? 1 : 0;
            resources.add(new AffinityResource("r" + r, min, min + 1 + random.nextInt(2)));
        }
        List<ScoredPair> pairs = new ArrayList<>();
        List<ConflictPair> conflicts = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            for (int r = 0; r < resourceCount; r++) {
                if (random.nextDouble() < density) {
                    pairs.add(new ScoredPair("p" + p, "r" + r, (random.nextInt(201) - 100) / 100.0));
                }
                if (random.nextInt(10) == 0) {
                    conflicts.add(new ConflictPair("p" + p, "r" + r));
                }
            }
        }
        return new AffinityProblem(participants, resources, pairs, conflicts);
    }

    /**
     * The shape where minimum loads bind: every pair scored uniformly in [0, 1) with six decimals, every
     * participant demanding {@code demand}, every resource loads [minLoad, maxLoad]. With 20 × 60, demand 3 and
     * loads 1–3, the total demand equals the total min load, so every resource takes exactly one participant.
     */
    static AffinityProblem bindingMinLoads(long seed, int participantCount, int resourceCount, int demand,
            int minLoad, int maxLoad) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AffinityParticipant> participants = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            participants.add(new AffinityParticipant("p" + p, demand));
        }
        List<AffinityResource> resources = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            resources.add(new AffinityResource("r" + r, minLoad, maxLoad));
        }
        List<ScoredPair> pairs = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            for (int r = 0; r < resourceCount; r++) {
                pairs.add(new ScoredPair("p" + p, "r" + r, random.nextInt(1_000_000) / 1e6));
            }
        }
        return new AffinityProblem(participants, resources, pairs, List.of());
    }
}
