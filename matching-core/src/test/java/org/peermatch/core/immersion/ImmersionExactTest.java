package org.peermatch.core.immersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.immersion.IndependentImmersionRules.Pair;
import org.peermatch.core.immersion.IndependentImmersionRules.Score;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;

/**
 * Exactness on tiny programmes (at most 4 mentees, 3 mentors, 1 or 2 weeks): every choice of a mentor and a
 * working day, or nothing, for each mentee is enumerated — rule-breaking ones included — and scored with
 * {@link IndependentImmersionRules}; the solver must reach the best score found, on all three levels.
 */
class ImmersionExactTest {

    private static final int INSTANCES = 12;
    private static final long MAX_COMBINATIONS = 400_000;
    private static final long MOVES = 5_000;

    private static final Comparator<Score> BEST_LAST = Comparator.comparingLong(Score::hard)
            .thenComparingLong(Score::medium).thenComparingLong(Score::soft);

    /** The first generated tiny programmes whose enumeration stays small, skipping those with no possible pair. */
    static Stream<Arguments> tinyProgrammes() {
        List<Arguments> instances = new ArrayList<>();
        for (long seed = 100; instances.size() < INSTANCES; seed++) {
            int mentees = 2 + (int) (seed % 3);
            int mentors = 2 + (int) (seed % 2);
            int weeks = 1 + (int) (seed % 2);
            Programme programme = ImmersionFixture.generate(seed, mentees, mentors, weeks)
                    .withSolver(new SolverSettings(null, null, MOVES, seed));
            IndependentImmersionRules rules = new IndependentImmersionRules(programme);
            double combinations = Math.pow(rules.mentors().size() * rules.weekdays().size() + 1,
                    rules.mentees().size());
            if (combinations <= MAX_COMBINATIONS && rules.maxPlaceable() > 0) {
                instances.add(Arguments.of(seed, programme));
            }
        }
        return instances.stream();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("tinyProgrammes")
    void solverReachesTheBruteForceOptimum(long seed, Programme programme) {
        IndependentImmersionRules rules = new IndependentImmersionRules(programme);
        Score optimum = bruteForceOptimum(rules);

        ImmersionProposal proposal = ImmersionSolving.solve(programme);

        Score found = rules.score(IndependentImmersionRules.pairsOf(proposal));
        assertThat(found.toString()).as("the proposal's own score, recomputed").isEqualTo(proposal.score());
        assertThat(found).isEqualTo(optimum);
    }

    private static Score bruteForceOptimum(IndependentImmersionRules rules) {
        List<Member> mentees = rules.mentees();
        List<Pair> options = new ArrayList<>();
        for (Member mentor : rules.mentors()) {
            for (LocalDate day : rules.weekdays()) {
                options.add(new Pair(null, mentor.id(), day));
            }
        }
        int[] choice = new int[mentees.size()];
        Score best = null;
        while (true) {
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < choice.length; i++) {
                if (choice[i] > 0) {
                    Pair option = options.get(choice[i] - 1);
                    pairs.add(new Pair(mentees.get(i).id(), option.mentor(), option.day()));
                }
            }
            Score score = rules.score(pairs);
            if (best == null || BEST_LAST.compare(score, best) > 0) {
                best = score;
            }
            int i = 0;
            while (i < choice.length && ++choice[i] == options.size() + 1) {
                choice[i++] = 0;
            }
            if (i == choice.length) {
                return best;
            }
        }
    }
}
