package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.accompaniment.IndependentRules.NeedRef;
import org.peermatch.core.accompaniment.IndependentRules.Pair;
import org.peermatch.core.accompaniment.IndependentRules.Score;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.testing.Programmes;

/**
 * Exactness on small programmes: every assignment of needs to resource persons (or to nobody) is enumerated and
 * scored with {@link IndependentRules}; the solver must reach the best score found, on all three levels.
 */
class AccompanimentExactTest {

    private static final int INSTANCES = 15;
    private static final int MAX_NEEDS = 6;
    private static final long MAX_ASSIGNMENTS = 5_000;
    private static final long MOVES = 20_000;

    private static final Comparator<Score> BEST_LAST = Comparator.comparingLong(Score::hard)
            .thenComparingLong(Score::medium).thenComparingLong(Score::soft);

    /** The first generated programmes, plain or varied, small enough to enumerate. */
    static Stream<Arguments> smallProgrammes() {
        List<Arguments> instances = new ArrayList<>();
        for (long seed = 1; instances.size() < INSTANCES; seed++) {
            int resources = 2 + (int) (seed % 2);
            Programme programme = seed % 3 == 0 ? Programmes.generate(seed, 2, resources, 4)
                    : Programmes.generateVaried(seed, 2, resources, 4);
            IndependentRules rules = new IndependentRules(programme);
            int free = freeNeeds(programme, rules).size();
            if (rules.needs().size() <= MAX_NEEDS
                    && Math.pow(rules.resources().size() + 1, free) <= MAX_ASSIGNMENTS) {
                instances.add(Arguments.of(seed, programme.withSolver(new SolverSettings(null, null, MOVES, seed))));
            }
        }
        return instances.stream();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("smallProgrammes")
    void solverReachesTheBruteForceOptimum(long seed, Programme programme) {
        IndependentRules rules = new IndependentRules(programme);
        Score optimum = bruteForceOptimum(programme, rules);

        Proposal proposal = PeerMatch.solve(programme);

        Score found = rules.score(IndependentRules.pairsOf(proposal));
        assertThat(found).as("the proposal's own score, recomputed").isEqualTo(
                new Score(proposal.accompaniment().hardScore(), proposal.accompaniment().mediumScore(), proposal.accompaniment().softScore()));
        assertThat(proposal.accompaniment().hardScore()).as("hard").isEqualTo(optimum.hard());
        assertThat(proposal.accompaniment().mediumScore()).as("medium").isEqualTo(optimum.medium());
        assertThat(proposal.accompaniment().softScore()).as("soft").isEqualTo(optimum.soft());
    }

    static Score bruteForceOptimum(Programme programme, IndependentRules rules) {
        List<Pair> fixed = new ArrayList<>();
        for (PinnedPair pin : programme.decisions().pinned()) {
            if (pin.topic() != null) {
                fixed.add(new Pair(pin.participant(), pin.resource(), pin.topic()));
            }
        }
        List<NeedRef> free = freeNeeds(programme, rules);
        List<String> options = new ArrayList<>();
        options.add(null);
        rules.resources().stream().map(Member::id).forEach(options::add);
        int[] choice = new int[free.size()];
        Score best = null;
        while (true) {
            List<Pair> pairs = new ArrayList<>(fixed);
            for (int i = 0; i < free.size(); i++) {
                if (options.get(choice[i]) != null) {
                    pairs.add(new Pair(free.get(i).participant(), options.get(choice[i]),
                            free.get(i).need().topic()));
                }
            }
            Score score = rules.score(pairs);
            if (best == null || BEST_LAST.compare(score, best) > 0) {
                best = score;
            }
            int i = 0;
            while (i < choice.length && ++choice[i] == options.size()) {
                choice[i++] = 0;
            }
            if (i == choice.length) {
                return best;
            }
        }
    }

    /** The needs the solver may change: all but those the committee pinned with a topic. */
    private static List<NeedRef> freeNeeds(Programme programme, IndependentRules rules) {
        return rules.needs().stream().filter(need -> programme.decisions().pinned().stream()
                .noneMatch(pin -> pin.participant().equals(need.participant())
                        && need.need().topic().equals(pin.topic())))
                .toList();
    }
}
