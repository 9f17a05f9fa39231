package org.peermatch.core.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The randomized assignment: its fractional optimum respects the probability limit, equals the exact optimum when
 * the limit is 1, and every draw is a complete assignment (checked here from the definitions) whose pairs appear
 * with their fractional probabilities.
 */
class RandomizedAssignmentTest {

    @Test
    void everyDrawIsFeasibleAndThePairsAppearWithTheirProbabilities() {
        for (long instance = 1; instance <= 4; instance++) {
            AffinityProblem problem = RandomInstances.bindingMinLoads(instance, 6, 18, 3, 1, 3);
            RandomizedAssignment.Result first = RandomizedAssignment.solve(problem, 0.4, 0);
            assertThat(first.probabilities().values()).allSatisfy(p -> assertThat(p).isBetween(0.0, 0.4));
            int draws = 3000;
            Map<String, Integer> counts = new HashMap<>();
            double drawnTotal = 0;
            for (long seed = 0; seed < draws; seed++) {
                RandomizedAssignment.Result result = RandomizedAssignment.solve(problem, 0.4, seed);
                assertThat(violations(problem, result.pairs())).as("instance %d, seed %d", instance, seed).isEmpty();
                assertThat(result.probabilities()).isEqualTo(first.probabilities());
                for (ScoredPair pair : result.pairs()) {
                    counts.merge(pair.participant() + "\t" + pair.resource(), 1, Integer::sum);
                }
                drawnTotal += result.drawnScore();
            }
            for (Map.Entry<String, Double> pair : first.probabilities().entrySet()) {
                double p = pair.getValue();
                double tolerance = 4 * Math.sqrt(p * (1 - p) / draws) + 1e-9;
                assertThat(counts.getOrDefault(pair.getKey(), 0) / (double) draws).as(pair.getKey())
                        .isCloseTo(p, within(tolerance));
            }
            assertThat(counts.keySet()).isSubsetOf(first.probabilities().keySet());
            assertThat(drawnTotal / draws).isCloseTo(first.expectedScore(), within(0.05 * Math.abs(
                    first.expectedScore()) + 0.05));
        }
    }

    @Test
    void withoutALimitTheExpectedScoreIsTheExactOptimum() {
        for (long seed = 1; seed <= 5; seed++) {
            AffinityProblem problem = RandomInstances.bindingMinLoads(seed, 6, 18, 3, 1, 3);
            RandomizedAssignment.Result result = RandomizedAssignment.solve(problem, 1.0, seed);
            AffinityResult exact = AffinityAssigner.solve(problem,
                    new AffinityOptions(null, 1_000_000L, seed, Fairness.NONE));
            assertThat(result.expectedScore()).isCloseTo(exact.totalScore(), within(1e-6));
            assertThat(result.drawnScore()).isLessThanOrEqualTo(exact.totalScore() + 1e-6);
            assertThat(violations(problem, result.pairs())).isEmpty();
        }
    }

    @Test
    void aLimitNoAssignmentCanMeetIsRefused() {
        // Every participant needs 3 resources out of 3 allowed: each pair has probability 1.
        AffinityProblem problem = new AffinityProblem(List.of(new AffinityParticipant("p1", 3)),
                List.of(new AffinityResource("r1", 0, 1), new AffinityResource("r2", 0, 1),
                        new AffinityResource("r3", 0, 1)),
                List.of(new ScoredPair("p1", "r1", 1), new ScoredPair("p1", "r2", 1), new ScoredPair("p1", "r3", 1)),
                List.of());
        assertThatThrownBy(() -> RandomizedAssignment.solve(problem, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No fractional assignment");
        assertThatThrownBy(() -> RandomizedAssignment.solve(problem, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The hard rules from their definitions: allowed, not in conflict, distinct, demands met, loads kept. */
    private static List<String> violations(AffinityProblem problem, List<ScoredPair> pairs) {
        Set<String> allowed = new HashSet<>();
        problem.pairs().forEach(pair -> allowed.add(pair.participant() + "\t" + pair.resource()));
        problem.conflicts().forEach(conflict -> allowed.remove(conflict.participant() + "\t" + conflict.resource()));
        Map<String, Integer> given = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> violations = new java.util.ArrayList<>();
        for (ScoredPair pair : pairs) {
            String key = pair.participant() + "\t" + pair.resource();
            if (!allowed.contains(key) || !seen.add(key)) {
                violations.add("not allowed or twice: " + key);
            }
            given.merge(pair.participant(), 1, Integer::sum);
            load.merge(pair.resource(), 1, Integer::sum);
        }
        for (AffinityParticipant participant : problem.participants()) {
            if (given.getOrDefault(participant.id(), 0) != participant.demand()) {
                violations.add(participant.id() + " gets " + given.getOrDefault(participant.id(), 0));
            }
        }
        for (AffinityResource resource : problem.resources()) {
            int l = load.getOrDefault(resource.id(), 0);
            if (l < resource.minLoad() || l > resource.maxLoad()) {
                violations.add(resource.id() + " takes " + l);
            }
        }
        return violations;
    }
}
