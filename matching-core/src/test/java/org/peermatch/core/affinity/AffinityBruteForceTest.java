package org.peermatch.core.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the engine with a brute-force enumeration of every complete assignment on small random problems with
 * conflicts and min loads: {@code NONE} must reach the best total, {@code MAXMIN} the best worst participant total
 * and then the best total with that floor.
 */
class AffinityBruteForceTest {

    static LongStream seeds() {
        return LongStream.range(1, 25);
    }

    /** The lexicographic optima found by enumeration; {@code found} false when no complete assignment exists. */
    private record Optimum(boolean found, double bestTotal, double bestWorst, double bestTotalAtBestWorst) {
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void totalIsTheBruteForceOptimum(long seed) {
        AffinityProblem problem = RandomInstances.small(seed, 5, 4, 2, 0.75);
        Optimum optimum = enumerate(problem);

        AffinityResult result = AffinityAssigner.solve(problem, AffinityOptions.DEFAULT);

        assertThat(result.complete()).isEqualTo(optimum.found());
        if (optimum.found()) {
            assertThat(AffinityCertifier.violations(problem, result.pairs())).isEmpty();
            assertThat(result.totalScore()).isCloseTo(optimum.bestTotal(), within(1e-9));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void maxMinIsTheBruteForceLexicographicOptimum(long seed) {
        AffinityProblem problem = RandomInstances.small(seed, 5, 4, 2, 0.75);
        Optimum optimum = enumerate(problem);

        AffinityResult result = AffinityAssigner.solve(problem,
                new AffinityOptions(null, 2_000_000L, seed, Fairness.MAXMIN));

        assertThat(result.complete()).isEqualTo(optimum.found());
        if (optimum.found()) {
            assertThat(AffinityCertifier.violations(problem, result.pairs())).isEmpty();
            assertThat(result.worstParticipantTotal()).isCloseTo(optimum.bestWorst(), within(1e-9));
            assertThat(result.totalScore()).isCloseTo(optimum.bestTotalAtBestWorst(), within(1e-9));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void largerDemandsAgreeToo(long seed) {
        AffinityProblem problem = RandomInstances.small(seed * 7919, 4, 5, 3, 0.8);
        Optimum optimum = enumerate(problem);

        AffinityResult none = AffinityAssigner.solve(problem, AffinityOptions.DEFAULT);
        AffinityResult fair = AffinityAssigner.solve(problem,
                new AffinityOptions(null, 2_000_000L, seed, Fairness.MAXMIN));

        assertThat(none.complete()).isEqualTo(optimum.found());
        assertThat(fair.complete()).isEqualTo(optimum.found());
        if (optimum.found()) {
            assertThat(none.totalScore()).isCloseTo(optimum.bestTotal(), within(1e-9));
            assertThat(fair.worstParticipantTotal()).isCloseTo(optimum.bestWorst(), within(1e-9));
            assertThat(fair.totalScore()).isCloseTo(optimum.bestTotalAtBestWorst(), within(1e-9));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void maxMinIsProvenWhenMinLoadsBind(long seed) {
        // 4 x 6, demand 3, loads 2-3: every resource takes exactly 2; 4 x 5, demand 2, loads 1-3: partly binding
        for (AffinityProblem problem : List.of(RandomInstances.bindingMinLoads(seed, 4, 6, 3, 2, 3),
                RandomInstances.bindingMinLoads(seed + 1000, 4, 5, 2, 1, 3))) {
            Optimum optimum = enumerate(problem);

            AffinityResult fair = AffinityAssigner.solve(problem,
                    new AffinityOptions(null, 5_000_000L, seed, Fairness.MAXMIN));

            assertThat(optimum.found()).isTrue();
            assertThat(AffinityCertifier.violations(problem, fair.pairs())).isEmpty();
            assertThat(fair.worstParticipantTotal()).isCloseTo(optimum.bestWorst(), within(1e-9));
            assertThat(fair.totalScore()).isCloseTo(optimum.bestTotalAtBestWorst(), within(1e-9));
            assertThat(fair.proven()).isTrue();
        }
    }

    @Test
    void mostGeneratedProblemsHaveACompleteAssignment() {
        long small = seeds().filter(seed -> enumerate(RandomInstances.small(seed, 5, 4, 2, 0.75)).found()).count();
        long larger = seeds().filter(seed -> enumerate(RandomInstances.small(seed * 7919, 4, 5, 3, 0.8)).found())
                .count();
        System.out.println("feasible: " + small + " and " + larger + " of " + seeds().count());
        assertThat(small).isGreaterThanOrEqualTo(seeds().count() / 2);
        assertThat(larger).isGreaterThanOrEqualTo(seeds().count() / 2);
    }

    /** Enumerates every complete assignment: each participant one subset of its allowed resources of its size. */
    private static Optimum enumerate(AffinityProblem problem) {
        Map<List<String>, Double> scores = new HashMap<>();
        for (ScoredPair pair : problem.pairs()) {
            scores.put(List.of(pair.participant(), pair.resource()), pair.score());
        }
        Set<List<String>> conflicts = new HashSet<>();
        for (ConflictPair conflict : problem.conflicts()) {
            conflicts.add(List.of(conflict.participant(), conflict.resource()));
        }
        List<List<List<Integer>>> choices = new ArrayList<>();
        List<AffinityResource> resources = problem.resources();
        for (AffinityParticipant participant : problem.participants()) {
            List<Integer> allowed = new ArrayList<>();
            for (int r = 0; r < resources.size(); r++) {
                List<String> key = List.of(participant.id(), resources.get(r).id());
                if (scores.containsKey(key) && !conflicts.contains(key)) {
                    allowed.add(r);
                }
            }
            List<List<Integer>> subsets = new ArrayList<>();
            subsets(allowed, participant.demand(), 0, new ArrayList<>(), subsets);
            choices.add(subsets);
        }
        double[] best = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        boolean[] found = {false};
        search(problem, scores, choices, 0, new int[resources.size()], new double[problem.participants().size()],
                best, found);
        return new Optimum(found[0], best[0], best[1], best[2]);
    }

    private static void subsets(List<Integer> from, int size, int start, List<Integer> current,
            List<List<Integer>> out) {
        if (current.size() == size) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = start; i < from.size(); i++) {
            current.add(from.get(i));
            subsets(from, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }

    private static void search(AffinityProblem problem, Map<List<String>, Double> scores,
            List<List<List<Integer>>> choices, int p, int[] loads, double[] totals, double[] best, boolean[] found) {
        List<AffinityResource> resources = problem.resources();
        if (p == choices.size()) {
            for (int r = 0; r < resources.size(); r++) {
                if (loads[r] < resources.get(r).minLoad()) {
                    return;
                }
            }
            double total = 0;
            double worst = Double.POSITIVE_INFINITY;
            for (int i = 0; i < totals.length; i++) {
                total += totals[i];
                if (problem.participants().get(i).demand() > 0) {
                    worst = Math.min(worst, totals[i]);
                }
            }
            if (worst == Double.POSITIVE_INFINITY) {
                worst = 0;
            }
            found[0] = true;
            best[0] = Math.max(best[0], total);
            if (worst > best[1] + 1e-12) {
                best[1] = worst;
                best[2] = total;
            } else if (Math.abs(worst - best[1]) <= 1e-12) {
                best[2] = Math.max(best[2], total);
            }
            return;
        }
        String participant = problem.participants().get(p).id();
        for (List<Integer> subset : choices.get(p)) {
            boolean fits = true;
            for (int r : subset) {
                if (loads[r] >= resources.get(r).maxLoad()) {
                    fits = false;
                }
            }
            if (!fits) {
                continue;
            }
            double sum = 0;
            for (int r : subset) {
                loads[r]++;
                sum += scores.get(List.of(participant, resources.get(r).id()));
            }
            totals[p] = sum;
            search(problem, scores, choices, p + 1, loads, totals, best, found);
            for (int r : subset) {
                loads[r]--;
            }
        }
        totals[p] = 0;
    }
}
