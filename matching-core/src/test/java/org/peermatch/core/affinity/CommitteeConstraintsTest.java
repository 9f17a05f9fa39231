package org.peermatch.core.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Forced pairs, group rules and alternates against an independent certifier written from the definitions: a
 * brute-force enumeration of every assignment of tiny seeded instances (each participant picks a set of its allowed
 * resources), the hard rules checked pair by pair, and the alternates recomputed by trying every swap.
 */
class CommitteeConstraintsTest {

    private static final AffinityOptions EXACT = new AffinityOptions(Duration.ofSeconds(10), 1000L, 0L,
            Fairness.NONE);

    /** A tiny instance with its constraints. */
    private record Instance(AffinityProblem problem, AffinityConstraints constraints) {
    }

    @Test
    void forcedPairsAndGroupRulesGiveTheBruteForceOptimumOnSeededInstances() {
        int compared = 0;
        int complete = 0;
        for (long seed = 1; seed <= 150; seed++) {
            Instance instance = instance(seed);
            ConstrainedResult result = ConstrainedAssigner.solve(instance.problem(), instance.constraints(), EXACT);
            List<ScoredPair> pairs = result.result().pairs();
            // hard in every case: forced pairs kept, no max load, group max, conflict or unscored pair broken
            assertThat(violations(instance, pairs, false)).as("seed %d", seed).isEmpty();
            assertThat(pairsOf(pairs)).as("seed %d", seed).containsAll(forcedOf(instance));
            Double best = bruteForceBest(instance);
            if (best != null) {
                complete++;
                assertThat(result.complete()).as("seed %d: a complete assignment exists", seed).isTrue();
                assertThat(violations(instance, pairs, true)).as("seed %d", seed).isEmpty();
                assertThat(result.result().totalScore()).as("seed %d", seed).isCloseTo(best, within(1e-9));
            } else {
                assertThat(result.complete()).as("seed %d: no complete assignment exists", seed).isFalse();
            }
            compared++;
        }
        assertThat(compared).isEqualTo(150);
        assertThat(complete).as("instances with a complete assignment").isGreaterThan(30);
    }

    @Test
    void alternatesAreEveryValidSwapRankedByScore() {
        int listed = 0;
        for (long seed = 1; seed <= 150; seed++) {
            Instance instance = instance(seed);
            List<ScoredPair> pairs = ConstrainedAssigner.solve(instance.problem(), instance.constraints(), EXACT)
                    .result().pairs();
            for (int k : new int[] {0, 1, 2, 5}) {
                List<Alternate> alternates = Alternates.find(instance.problem(), instance.constraints(), pairs, k);
                assertThat(alternates).as("seed %d, K %d", seed, k).isEqualTo(expectedAlternates(instance, pairs, k));
                listed += alternates.size();
            }
        }
        assertThat(listed).as("alternates listed").isGreaterThan(100);
    }

    @Test
    void aGroupMinimumIsMetWhenItCanBeEvenAtTheCostOfScore() {
        AffinityProblem problem = new AffinityProblem(List.of(new AffinityParticipant("p", 2)),
                List.of(new AffinityResource("a", 0, 1), new AffinityResource("b", 0, 1),
                        new AffinityResource("c", 0, 1)),
                List.of(new ScoredPair("p", "a", 0.9), new ScoredPair("p", "b", 0.8), new ScoredPair("p", "c", 0.1)),
                List.of());
        AffinityConstraints constraints = new AffinityConstraints(List.of(), Map.of("a", "big", "b", "big",
                "c", "small"), List.of(new GroupRule("small", 1, 2), new GroupRule("big", 0, 1)));

        ConstrainedResult result = ConstrainedAssigner.solve(problem, constraints, EXACT);

        assertThat(pairsOf(result.result().pairs())).containsExactlyInAnyOrder(List.of("p", "a"), List.of("p", "c"));
        assertThat(result.complete()).isTrue();
    }

    @Test
    void anUnmetGroupMinimumIsAGap() {
        AffinityProblem problem = new AffinityProblem(List.of(new AffinityParticipant("p", 1)),
                List.of(new AffinityResource("a", 0, 1), new AffinityResource("c", 0, 0)),
                List.of(new ScoredPair("p", "a", 0.9), new ScoredPair("p", "c", 0.1)), List.of());
        AffinityConstraints constraints = new AffinityConstraints(List.of(), Map.of("c", "small"),
                List.of(new GroupRule("small", 1, 1)));

        ConstrainedResult result = ConstrainedAssigner.solve(problem, constraints, EXACT);

        assertThat(result.groupGaps()).containsExactly(new GroupGap("p", "small", 1, 0));
        assertThat(result.complete()).isFalse();
        assertThat(pairsOf(result.result().pairs())).containsExactly(List.of("p", "a"));
    }

    @Test
    void maxminIsRefusedWithForcedPairsOrGroupRules() {
        Instance instance = instance(3);
        AffinityConstraints forced = new AffinityConstraints(List.of(new ForcedPair("p0", "r0")), Map.of(),
                List.of());
        assertThatThrownBy(() -> ConstrainedAssigner.solve(instance.problem(), forced,
                EXACT.withFairness(Fairness.MAXMIN))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--fairness none").hasMessageContaining("Maybe");
    }

    @Test
    void brokenPreconditionsSayWhatAndMaybe() {
        AffinityProblem problem = new AffinityProblem(List.of(new AffinityParticipant("p", 2)),
                List.of(new AffinityResource("a", 0, 2)), List.of(new ScoredPair("p", "a", 0.5)), List.of());
        AffinityConstraints twice = new AffinityConstraints(List.of(new ForcedPair("p", "a"),
                new ForcedPair("p", "a")), Map.of(), List.of());

        assertThatThrownBy(() -> ConstrainedAssigner.solve(problem, twice, EXACT))
                .hasMessageContaining("forced twice").hasMessageContaining("\nMaybe");
        assertThatThrownBy(() -> new GroupRule("senior", 2, 1)).hasMessageContaining("(senior:2:1)")
                .hasMessageContaining("\nMaybe");
    }

    // ---------------------------------------------------------------- the certifier, from the definitions

    /** A seeded tiny instance: 2–4 participants, 3–5 resources, a few conflicts, groups, rules and forced pairs. */
    private static Instance instance(long seed) {
        SplittableRandom random = new SplittableRandom(seed * 7919);
        int participantCount = 2 + random.nextInt(3);
        int resourceCount = 3 + random.nextInt(3);
        List<AffinityParticipant> participants = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            participants.add(new AffinityParticipant("p" + p, random.nextInt(3)));
        }
        List<AffinityResource> resources = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            int min = random.nextInt(5) == 0 ? 1 : 0;
            resources.add(new AffinityResource("r" + r, min, min + random.nextInt(3)));
        }
        List<ScoredPair> pairs = new ArrayList<>();
        List<ConflictPair> conflicts = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            for (int r = 0; r < resourceCount; r++) {
                if (random.nextInt(5) > 0) {
                    pairs.add(new ScoredPair("p" + p, "r" + r, (random.nextInt(201) - 100) / 100.0));
                    if (random.nextInt(12) == 0) {
                        conflicts.add(new ConflictPair("p" + p, "r" + r));
                    }
                }
            }
        }
        AffinityProblem problem = new AffinityProblem(participants, resources, pairs, conflicts);
        Map<String, String> groupOf = new HashMap<>();
        List<GroupRule> rules = new ArrayList<>();
        if (random.nextBoolean()) {
            for (int r = 0; r < resourceCount; r++) {
                int group = random.nextInt(3);
                if (group < 2) {
                    groupOf.put("r" + r, "g" + group);
                }
            }
            int min = random.nextInt(2);
            rules.add(new GroupRule("g0", min, min + random.nextInt(2)));
            if (random.nextBoolean()) {
                rules.add(new GroupRule("g1", 0, 1));
            }
        }
        // forced: a few allowed pairs, kept only while they fit demands, max loads and group maximums
        List<ForcedPair> forced = new ArrayList<>();
        AffinityConstraints draft = new AffinityConstraints(forced, groupOf, rules);
        Set<List<String>> conflictSet = new HashSet<>();
        conflicts.forEach(c -> conflictSet.add(List.of(c.participant(), c.resource())));
        for (ScoredPair pair : pairs) {
            if (random.nextInt(8) != 0 || conflictSet.contains(List.of(pair.participant(), pair.resource()))) {
                continue;
            }
            List<ForcedPair> candidate = new ArrayList<>(forced);
            candidate.add(new ForcedPair(pair.participant(), pair.resource()));
            List<ScoredPair> asPairs = new ArrayList<>();
            candidate.forEach(f -> asPairs.add(new ScoredPair(f.participant(), f.resource(), 0)));
            Instance trial = new Instance(problem, new AffinityConstraints(List.of(), draft.groupOfResource(),
                    rules));
            if (violations(trial, asPairs, false).isEmpty() && withinDemands(problem, asPairs)) {
                forced = candidate;
            }
        }
        return new Instance(problem, new AffinityConstraints(forced, groupOf, rules));
    }

    private static boolean withinDemands(AffinityProblem problem, List<ScoredPair> pairs) {
        Map<String, Integer> counts = new HashMap<>();
        pairs.forEach(pair -> counts.merge(pair.participant(), 1, Integer::sum));
        return problem.participants().stream().allMatch(p -> counts.getOrDefault(p.id(), 0) <= p.demand());
    }

    /**
     * The rules an assignment breaks. Always: a pair unscored, in conflict or twice, a forced pair missing (when the
     * assignment is meant complete), a max load or a group maximum exceeded, a demand exceeded. With
     * {@code complete}: also a demand, a min load or a group minimum not met.
     */
    private static List<String> violations(Instance instance, List<ScoredPair> pairs, boolean complete) {
        AffinityProblem problem = instance.problem();
        AffinityConstraints constraints = instance.constraints();
        List<String> broken = new ArrayList<>();
        Map<List<String>, Double> scores = new HashMap<>();
        problem.pairs().forEach(pair -> scores.put(List.of(pair.participant(), pair.resource()), pair.score()));
        Set<List<String>> conflicts = new HashSet<>();
        problem.conflicts().forEach(c -> conflicts.add(List.of(c.participant(), c.resource())));
        Set<List<String>> seen = new HashSet<>();
        Map<String, Integer> perParticipant = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        Map<List<String>, Integer> perGroup = new HashMap<>();
        for (ScoredPair pair : pairs) {
            List<String> key = List.of(pair.participant(), pair.resource());
            if (!scores.containsKey(key) || conflicts.contains(key) || !seen.add(key)) {
                broken.add("pair " + key);
            }
            perParticipant.merge(pair.participant(), 1, Integer::sum);
            load.merge(pair.resource(), 1, Integer::sum);
            String group = constraints.groupOfResource().get(pair.resource());
            if (group != null) {
                perGroup.merge(List.of(pair.participant(), group), 1, Integer::sum);
            }
        }
        for (AffinityParticipant participant : problem.participants()) {
            int count = perParticipant.getOrDefault(participant.id(), 0);
            if (count > participant.demand() || complete && count < participant.demand()) {
                broken.add("demand " + participant.id());
            }
            for (GroupRule rule : constraints.rules()) {
                int inGroup = perGroup.getOrDefault(List.of(participant.id(), rule.group()), 0);
                if (inGroup > rule.max() || complete && participant.demand() > 0 && inGroup < rule.min()) {
                    broken.add("group " + rule.group() + " of " + participant.id());
                }
            }
        }
        for (AffinityResource resource : problem.resources()) {
            int count = load.getOrDefault(resource.id(), 0);
            if (count > resource.maxLoad() || complete && count < resource.minLoad()) {
                broken.add("load " + resource.id());
            }
        }
        return broken;
    }

    /** @return the best total of a complete assignment containing the forced pairs, or null when there is none */
    private static Double bruteForceBest(Instance instance) {
        AffinityProblem problem = instance.problem();
        List<List<List<ScoredPair>>> choices = new ArrayList<>();
        Set<List<String>> forced = forcedOf(instance);
        for (AffinityParticipant participant : problem.participants()) {
            List<ScoredPair> allowed = problem.pairs().stream()
                    .filter(pair -> pair.participant().equals(participant.id())).toList();
            List<List<ScoredPair>> subsets = new ArrayList<>();
            for (int mask = 0; mask < 1 << allowed.size(); mask++) {
                if (Integer.bitCount(mask) != participant.demand()) {
                    continue;
                }
                List<ScoredPair> subset = new ArrayList<>();
                for (int i = 0; i < allowed.size(); i++) {
                    if ((mask >> i & 1) == 1) {
                        subset.add(allowed.get(i));
                    }
                }
                subsets.add(subset);
            }
            choices.add(subsets);
        }
        double[] best = {Double.NEGATIVE_INFINITY};
        enumerate(instance, choices, 0, new ArrayList<>(), forced, best);
        return best[0] == Double.NEGATIVE_INFINITY ? null : best[0];
    }

    private static void enumerate(Instance instance, List<List<List<ScoredPair>>> choices, int index,
            List<ScoredPair> chosen, Set<List<String>> forced, double[] best) {
        if (index == choices.size()) {
            if (pairsOf(chosen).containsAll(forced) && violations(instance, chosen, true).isEmpty()) {
                best[0] = Math.max(best[0], chosen.stream().mapToDouble(ScoredPair::score).sum());
            }
            return;
        }
        for (List<ScoredPair> subset : choices.get(index)) {
            List<ScoredPair> next = new ArrayList<>(chosen);
            next.addAll(subset);
            enumerate(instance, choices, index + 1, next, forced, best);
        }
    }

    /** Every valid swap of every participant, tried one by one, ranked by score then resource order, K kept. */
    private static List<Alternate> expectedAlternates(Instance instance, List<ScoredPair> assignment, int k) {
        AffinityProblem problem = instance.problem();
        AffinityConstraints constraints = instance.constraints();
        Set<List<String>> forced = forcedOf(instance);
        Set<List<String>> conflicts = new HashSet<>();
        problem.conflicts().forEach(c -> conflicts.add(List.of(c.participant(), c.resource())));
        Map<String, Integer> order = new HashMap<>();
        for (int r = 0; r < problem.resources().size(); r++) {
            order.put(problem.resources().get(r).id(), r);
        }
        Map<String, AffinityResource> resources = new LinkedHashMap<>();
        problem.resources().forEach(resource -> resources.put(resource.id(), resource));
        List<Alternate> expected = new ArrayList<>();
        for (AffinityParticipant participant : problem.participants()) {
            List<ScoredPair> own = assignment.stream().filter(p -> p.participant().equals(participant.id()))
                    .toList();
            List<Alternate> candidates = new ArrayList<>();
            for (ScoredPair pair : problem.pairs()) {
                List<String> key = List.of(pair.participant(), pair.resource());
                if (!pair.participant().equals(participant.id()) || conflicts.contains(key)
                        || pairsOf(assignment).contains(key)) {
                    continue;
                }
                ScoredPair replaced = null;
                for (ScoredPair mine : own) {
                    if (forced.contains(List.of(mine.participant(), mine.resource()))) {
                        continue;
                    }
                    List<ScoredPair> swapped = new ArrayList<>(assignment);
                    swapped.remove(mine);
                    swapped.add(pair);
                    if (swapKeeps(constraints, resources, assignment, swapped, participant.id(), pair.resource(),
                            mine.resource()) && (replaced == null || mine.score() < replaced.score()
                                    || mine.score() == replaced.score()
                                            && order.get(mine.resource()) < order.get(replaced.resource()))) {
                        replaced = mine;
                    }
                }
                if (replaced != null) {
                    candidates.add(new Alternate(participant.id(), 0, pair.resource(), pair.score(),
                            replaced.resource()));
                }
            }
            candidates.sort(Comparator.comparingDouble(Alternate::score).reversed()
                    .thenComparing(alternate -> order.get(alternate.resource())));
            for (int i = 0; i < Math.min(k, candidates.size()); i++) {
                Alternate a = candidates.get(i);
                expected.add(new Alternate(a.participant(), i + 1, a.resource(), a.score(), a.replaces()));
            }
        }
        return expected;
    }

    /**
     * Whether the swap breaks nothing: the joined resource within its max, the left one at or above its min, and
     * no group count of the participant (counted again on the swapped assignment) growing above its rule's max or
     * shrinking below its min.
     */
    private static boolean swapKeeps(AffinityConstraints constraints, Map<String, AffinityResource> resources,
            List<ScoredPair> before, List<ScoredPair> after, String participant, String joined, String left) {
        long joinedLoad = after.stream().filter(p -> p.resource().equals(joined)).count();
        long leftLoad = after.stream().filter(p -> p.resource().equals(left)).count();
        if (joinedLoad > resources.get(joined).maxLoad() || leftLoad < resources.get(left).minLoad()) {
            return false;
        }
        for (GroupRule rule : constraints.rules()) {
            long countAfter = after.stream().filter(p -> p.participant().equals(participant)
                    && rule.group().equals(constraints.groupOfResource().get(p.resource()))).count();
            long countBefore = before.stream().filter(p -> p.participant().equals(participant)
                    && rule.group().equals(constraints.groupOfResource().get(p.resource()))).count();
            if (countAfter > countBefore && countAfter > rule.max()
                    || countAfter < countBefore && countAfter < rule.min()) {
                return false;
            }
        }
        return true;
    }

    private static Set<List<String>> forcedOf(Instance instance) {
        Set<List<String>> forced = new HashSet<>();
        instance.constraints().forced().forEach(f -> forced.add(List.of(f.participant(), f.resource())));
        return forced;
    }

    private static Set<List<String>> pairsOf(List<ScoredPair> pairs) {
        Set<List<String>> keys = new HashSet<>();
        pairs.forEach(pair -> keys.add(List.of(pair.participant(), pair.resource())));
        return keys;
    }
}
