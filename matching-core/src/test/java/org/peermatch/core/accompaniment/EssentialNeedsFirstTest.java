package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.accompaniment.IndependentRules.NeedRef;
import org.peermatch.core.accompaniment.IndependentRules.Pair;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.testing.Programmes;

/**
 * Essential needs first: on small oversubscribed programmes (more hours asked than offered, essential needs
 * competing with pairs of lesser ones), every plan that breaks no hard rule is enumerated; the solver's proposal
 * covers as many essential needs as the best of them — and, among those, as many priority-2 needs.
 */
class EssentialNeedsFirstTest {

    private static final List<String> TOPICS = List.of("budget", "pitch", "touring");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    /**
     * Three participants with three needs each (priority 1 once, then 2 or 3; 2 to 6 hours), two resource persons
     * who each master two or three topics but offer only 6 to 10 hours: about half the hours asked.
     */
    static Programme oversubscribed(long seed) {
        Random random = new Random(seed);
        List<Member> members = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            List<Need> needs = new ArrayList<>();
            for (int t = 0; t < TOPICS.size(); t++) {
                int priority = t == p % TOPICS.size() ? 1 : 2 + random.nextInt(2);
                needs.add(new Need(TOPICS.get(t), priority, 2 + random.nextInt(5)));
            }
            members.add(Programmes.participant("p" + p, "Org p" + p, "music", needs.toArray(Need[]::new)));
        }
        for (int r = 0; r < 2; r++) {
            List<Competence> competences = new ArrayList<>();
            for (String topic : TOPICS) {
                if (competences.isEmpty() || random.nextInt(4) != 0) {
                    competences.add(new Competence(topic, 3 + random.nextInt(3)));
                }
            }
            members.add(Programmes.resource("r" + r, "Org r" + r, "music", 6 + random.nextInt(5), 3,
                    competences.toArray(Competence[]::new)));
        }
        return Programmes.of(members).withSolver(new SolverSettings(null, null, 20_000L, seed));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theProposalCoversEveryEssentialNeedAnyPlanCanCover(long seed) {
        Programme programme = oversubscribed(seed);
        IndependentRules rules = new IndependentRules(programme);
        long[] best = bestCounts(rules);

        Proposal proposal = PeerMatch.solve(programme);

        assertThat(proposal.accompaniment().hardScore()).isZero();
        long[] found = counts(rules, IndependentRules.pairsOf(proposal));
        assertThat(found[1]).as("essential needs covered, of %s", rules.needs().size()).isEqualTo(best[1]);
        assertThat(found[2]).as("priority-2 needs covered").isEqualTo(best[2]);
    }

    @Test
    void theInstancesAreOversubscribedAndWeights321WouldTradeAnEssentialNeedAway() {
        int tradedAway = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Programme lexicographic = oversubscribed(seed);
            IndependentRules rules = new IndependentRules(lexicographic);
            long[] best = bestCounts(rules);
            long essential = rules.needs().stream().filter(ref -> ref.need().priority() == 1).count();
            Programme linear = new Programme(lexicographic.name(), lexicographic.start(), lexicographic.end(),
                    lexicographic.timeZone(), lexicographic.halfDays(),
                    lexicographic.accompaniment().withPriorityWeights(List.of(3, 2, 1)), lexicographic.members(),
                    lexicographic.history(), lexicographic.decisions(), lexicographic.weights(),
                    lexicographic.solver());
            long[] byWeight = bestByWeight(new IndependentRules(linear));
            assertThat(best[1]).isLessThanOrEqualTo(essential);
            if (byWeight[1] < best[1]) {
                tradedAway++;
            }
        }
        // The old 3/2/1 weights leave an essential need uncovered for two lesser ones on some of these programmes.
        assertThat(tradedAway).isPositive();
    }

    /** @return the most essential needs any plan without a broken hard rule covers, then the most priority-2 ones */
    private static long[] bestCounts(IndependentRules rules) {
        long[] best = null;
        for (List<Pair> plan : plans(rules)) {
            if (rules.score(plan).hard() == 0) {
                long[] counts = counts(rules, plan);
                if (best == null || counts[1] > best[1] || (counts[1] == best[1] && counts[2] > best[2])) {
                    best = counts;
                }
            }
        }
        return best;
    }

    /** @return the counts of the plan with the best score (hard, then medium) under the rules' weights */
    private static long[] bestByWeight(IndependentRules rules) {
        IndependentRules.Score best = null;
        long[] counts = null;
        for (List<Pair> plan : plans(rules)) {
            IndependentRules.Score score = rules.score(plan);
            if (best == null || score.hard() > best.hard()
                    || (score.hard() == best.hard() && score.medium() > best.medium())) {
                best = score;
                counts = counts(rules, plan);
            }
        }
        return counts;
    }

    /** @return every plan: each need uncovered or given to one of the resource persons */
    private static List<List<Pair>> plans(IndependentRules rules) {
        List<NeedRef> needs = rules.needs();
        List<String> options = new ArrayList<>();
        options.add(null);
        rules.resources().stream().map(Member::id).forEach(options::add);
        List<List<Pair>> plans = new ArrayList<>();
        int[] choice = new int[needs.size()];
        while (true) {
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < needs.size(); i++) {
                if (options.get(choice[i]) != null) {
                    pairs.add(new Pair(needs.get(i).participant(), options.get(choice[i]),
                            needs.get(i).need().topic()));
                }
            }
            plans.add(pairs);
            int i = 0;
            while (i < choice.length && ++choice[i] == options.size()) {
                choice[i++] = 0;
            }
            if (i == choice.length) {
                return plans;
            }
        }
    }

    /** @return covered needs by priority (index 1 to 3) */
    private static long[] counts(IndependentRules rules, List<Pair> plan) {
        long[] counts = new long[4];
        for (NeedRef ref : rules.needs()) {
            boolean covered = plan.stream().anyMatch(pair -> pair.participant().equals(ref.participant())
                    && pair.topic().equals(ref.need().topic()));
            if (covered) {
                counts[ref.need().priority()]++;
            }
        }
        return counts;
    }
}
