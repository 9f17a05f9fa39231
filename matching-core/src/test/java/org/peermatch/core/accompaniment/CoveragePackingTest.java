package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.accompaniment.IndependentRules.Pair;
import org.peermatch.core.accompaniment.IndependentRules.Score;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.testing.Programmes;

/**
 * The coverage packing on its own (on the test programmes without their pinned pairs, which the phase leaves to the
 * local search), checked by {@link IndependentRules}: on programmes small enough to enumerate it
 * covers what the brute-force optimum covers, and on larger seeded programmes its plans break no hard rule, never
 * cover less than the prices' plan they start from, and repeat for the same seed; through the solver, on a programme
 * large enough for the phase to run, the same.
 */
class CoveragePackingTest {

    private static final long MOVES = 2_000;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("org.peermatch.core.accompaniment.AccompanimentExactTest#smallProgrammes")
    void packingCoversWhatTheBruteForceOptimumCovers(long seed, Programme pinned) {
        Programme programme = unpinned(pinned);
        IndependentRules rules = new IndependentRules(programme);
        AccompanimentPlan plan = AccompanimentProblem.build(programme, new PairScoring(programme));
        assertThat(CoveragePackingPhase.packable(plan)).isTrue();
        CoveragePacking packing = CoveragePacking.of(plan);
        packing.lagrangianStart(CoveragePackingPhase.PRICE_STEPS, () -> false);
        packing.search(MOVES, () -> false, new SplittableRandom(seed));

        Score found = rules.score(pairs(packing));
        Score optimum = AccompanimentExactTest.bruteForceOptimum(programme, rules);
        assertThat(found.hard()).as("hard, findings %s", rules.brokenRules(pairs(packing))).isZero();
        assertThat(found.medium()).as("medium (the covered weight)").isEqualTo(optimum.medium());
    }

    @ParameterizedTest(name = "seed {0}: {1} participants, {2} resource persons, {3} topics, varied {4}")
    @MethodSource("org.peermatch.core.accompaniment.AccompanimentPropertiesTest#programmes")
    void packedPlansKeepEveryHardRuleAndRepeatForTheSameSeed(long seed, int participants, int resources,
            int topics, boolean varied) {
        Programme programme = unpinned(
                AccompanimentPropertiesTest.programme(seed, participants, resources, topics, varied));
        IndependentRules rules = new IndependentRules(programme);
        AccompanimentPlan plan = AccompanimentProblem.build(programme, new PairScoring(programme));
        assertThat(CoveragePackingPhase.packable(plan)).isTrue();
        List<int[]> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            CoveragePacking packing = CoveragePacking.of(plan);
            packing.lagrangianStart(CoveragePackingPhase.PRICE_STEPS, () -> false);
            long start = packing.value();
            assertThat(rules.brokenRules(pairs(packing))).as("the prices' plan").isEmpty();
            packing.search(MOVES, () -> false, new SplittableRandom(seed));
            assertThat(packing.value()).as("covered weight").isGreaterThanOrEqualTo(start);
            assertThat(rules.brokenRules(pairs(packing))).as("the packed plan").isEmpty();
            assertThat(-rules.score(pairs(packing)).medium()).as("the uncovered weight, recomputed")
                    .isEqualTo(totalWeight(packing) - packing.value());
            runs.add(packing.assignment());
        }
        assertThat(runs.get(1)).as("same seed, same plan").isEqualTo(runs.get(0));
    }

    @Test
    void theSolverPublishesThePackedPlanKeepsEveryHardRuleAndRepeatsForTheSameSeed() {
        Programme programme = Programmes.generate(7, 120, 40, 12)
                .withSolver(new SolverSettings(null, null, 2_000L, 7));
        IndependentRules rules = new IndependentRules(programme);
        AccompanimentPlan plan = AccompanimentProblem.build(programme, new PairScoring(programme));
        assertThat(plan.getAssignments()).as("needs: enough for the packing to run")
                .hasSizeGreaterThanOrEqualTo(CoveragePackingPhase.LEAST_NEEDS);
        assertThat(AccompanimentProblem.packs(plan)).as("the facade configures the packing").isTrue();
        CoveragePacking packing = CoveragePacking.of(plan);
        packing.lagrangianStart(CoveragePackingPhase.PRICE_STEPS, () -> false);
        long pricesPlan = packing.value();

        Proposal first = PeerMatch.solve(programme);
        Proposal second = PeerMatch.solve(programme);

        List<Pair> pairs = IndependentRules.pairsOf(first);
        assertThat(rules.brokenRules(pairs)).isEmpty();
        assertThat(first.accompaniment().hardScore()).isZero();
        assertThat(-rules.score(pairs).medium()).as("uncovered weight: at most the prices' plan's")
                .isLessThanOrEqualTo(totalWeight(packing) - pricesPlan);
        assertThat(IndependentRules.pairsOf(second)).as("same seed, same pairs").isEqualTo(pairs);
        assertThat(second.accompaniment().score()).isEqualTo(first.accompaniment().score());
    }

    /** The programme without its pinned pairs (the phase leaves pinned plans to the local search); bans stay. */
    private static Programme unpinned(Programme programme) {
        return programme.withDecisions(new Decisions(List.of(), programme.decisions().forbidden()));
    }

    private static List<Pair> pairs(CoveragePacking packing) {
        List<Pair> pairs = new ArrayList<>();
        int[] assignment = packing.assignment();
        for (int n = 0; n < assignment.length; n++) {
            if (assignment[n] >= 0) {
                NeedAssignment need = packing.needs()[n];
                pairs.add(new Pair(need.getParticipant().getId(), packing.resources()[assignment[n]].getId(),
                        need.getNeed().topic()));
            }
        }
        return pairs;
    }

    private static long totalWeight(CoveragePacking packing) {
        long total = 0;
        for (NeedAssignment need : packing.needs()) {
            total += need.getCoverWeight();
        }
        return total;
    }
}
