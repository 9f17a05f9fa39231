package org.peermatch.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.peermatch.benchmarks.datasets.ProgrammeGenerator;
import org.peermatch.benchmarks.datasets.Size;
import org.peermatch.benchmarks.run.AccompanimentBench;
import org.peermatch.core.accompaniment.AccompanimentCertifier;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.Proposal;

class ExactCoverageTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);
    /** Tiny models are proven in milliseconds; the limit only guards against a hang. */
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void handMadeOptimumIsBelowTheFlowBound() {
        // p1: a (priority 1, 4 h), b (priority 2, 2 h); p2: a (priority 1, 4 h). r1 covers a with 6 hours, r2 covers
        // a and b with 4 hours. Each resource person has room for one a (4 h): both a's, weight 3 + 3 = 6; then r2
        // has no hours for b. Covering b instead of an a gives 3 + 2 = 5. The flow bound splits hours: b on r2
        // (2 h), then 8 hours of a on 6 + 2 hours: 2 + 6 = 8.
        Member p1 = participant("p1", Availability.ALWAYS, new Need("a", 1, 4), new Need("b", 2, 2));
        Member p2 = participant("p2", Availability.ALWAYS, new Need("a", 1, 4));
        Member r1 = resource("r1", 6, 5, Availability.ALWAYS, new Competence("a", 4));
        Member r2 = resource("r2", 4, 5, Availability.ALWAYS, new Competence("a", 3), new Competence("b", 5));
        Programme programme = programme(List.of(p1, p2, r1, r2), AccompanimentRules.DEFAULT, Decisions.NONE);
        PairScoring scoring = new PairScoring(programme);

        ExactCoverage.Result result = ExactCoverage.of(programme, scoring).solve(LIMIT, 1, List.of());

        assertThat(result.status()).isEqualTo(ExactCoverage.Status.OPTIMAL);
        assertThat(result.value()).isEqualTo(6);
        assertThat(result.bound()).isEqualTo(6);
        assertThat(result.describe()).startsWith("optimal 6 in ");
        assertThat(result.plan()).extracting(Assignment::participant, Assignment::topic)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("p1", "a"),
                        org.assertj.core.groups.Tuple.tuple("p2", "a"));
        assertThat(CoverageRelaxation.of(programme, scoring).bound()).isEqualTo(8.0);
    }

    @Test
    void handMadeLimitOfResourcePersonsPerParticipant() {
        // p1 needs a and b (priority 1, 2 h each); r1 covers a, r2 covers b, r3 both with 3 hours. With one resource
        // person per participant only one need can be covered (3); with two, both (6). The flow bound ignores the
        // limit: 6 either way.
        Member p1 = participant("p1", Availability.ALWAYS, new Need("a", 1, 2), new Need("b", 1, 2));
        Member r1 = resource("r1", 10, 5, Availability.ALWAYS, new Competence("a", 5));
        Member r2 = resource("r2", 10, 5, Availability.ALWAYS, new Competence("b", 5));
        Member r3 = resource("r3", 3, 5, Availability.ALWAYS, new Competence("a", 5), new Competence("b", 5));
        for (int max = 1; max <= 2; max++) {
            Programme programme = programme(List.of(p1, r1, r2, r3), new AccompanimentRules(3, max, 2, 12),
                    Decisions.NONE);
            PairScoring scoring = new PairScoring(programme);
            ExactCoverage.Result result = ExactCoverage.of(programme, scoring).solve(LIMIT, 1, List.of());
            assertThat(result.optimal()).isTrue();
            assertThat(result.value()).isEqualTo(3L * max);
            assertThat(CoverageRelaxation.of(programme, scoring).bound()).isEqualTo(6.0);
        }
    }

    @Test
    void aPinTheRulesForbidMakesTheProgrammeInfeasible() {
        // r1 works for p1's organization: pinning them cannot be kept under the conflict-of-interest rule.
        Member p1 = participant("p1", Availability.ALWAYS, new Need("a", 1, 2));
        Member r1 = new Member("r1", "r1", "Org p1", List.of("music"), List.of(), List.of(),
                List.of(new Competence("a", 5)), Map.of(Mode.ACCOMPANIMENT, new Offer(10, 5)), Availability.ALWAYS,
                List.of(), List.of(), List.of());
        Member r2 = resource("r2", 10, 5, Availability.ALWAYS, new Competence("a", 5));
        Decisions decisions = new Decisions(List.of(new PinnedPair("p1", "r1", null)), List.of());
        Programme programme = programme(List.of(p1, r1, r2), AccompanimentRules.DEFAULT, decisions);
        ExactCoverage exact = ExactCoverage.of(programme, new PairScoring(programme));

        assertThat(exact.unkeepablePins()).containsExactly(new PinnedPair("p1", "r1", null));
        assertThat(exact.solve(LIMIT, 1, List.of()).status()).isEqualTo(ExactCoverage.Status.INFEASIBLE);
    }

    @Test
    void optimumEqualsBruteForceAndLiesBetweenProposalsAndTheFlowBound() {
        List<Long> optima = new ArrayList<>();
        for (long seed = 1; seed <= 10; seed++) {
            Programme programme = tinyProgramme(seed);
            PairScoring scoring = new PairScoring(programme);
            ExactCoverage exact = ExactCoverage.of(programme, scoring);
            List<Assignment> greedy = GreedyAccompaniment.plan(programme, scoring);

            ExactCoverage.Result result = exact.solve(LIMIT, 1, seed % 2 == 0 ? greedy : List.of());

            String context = "seed " + seed + ", " + programme.decisions();
            assertThat(result.status()).as(context).isEqualTo(ExactCoverage.Status.OPTIMAL);
            assertThat(result.value()).as(context).isEqualTo(bruteForce(programme, scoring));
            optima.add(result.value());
            assertThat(AccompanimentBench.coveredWeight(result.plan())).as(context).isEqualTo(result.value());
            assertThat(new AccompanimentCertifier(programme, scoring).violations(result.plan())).as(context)
                    .isEmpty();
            assertThat((double) result.value()).as(context)
                    .isLessThanOrEqualTo(CoverageRelaxation.of(programme, scoring).bound() + 1e-9);
            if (programme.decisions().pinned().isEmpty()) {
                // the committee's greedy places no pinned pair
                assertThat(AccompanimentBench.coveredWeight(greedy)).as(context).isLessThanOrEqualTo(result.value());
            }
            Proposal proposal = PeerMatch.solve(programme.withSolver(new SolverSettings(null, null, 2_000L, seed)));
            assertThat(proposal.feasible()).as(context).isTrue();
            assertThat(AccompanimentBench.coveredWeight(proposal.accompaniment().assignments())).as(context)
                    .isLessThanOrEqualTo(result.value());
        }
        // the tiny programmes are not degenerate: something is always coverable, and pins are kept
        assertThat(optima).allMatch(value -> value > 0);
    }

    @Test
    void optimumOfAGeneratedSmallProgrammeIsCertifiedAndBetweenGreedyAndFlowBound() {
        Programme programme = ProgrammeGenerator.generate(Size.S, 1);
        PairScoring scoring = new PairScoring(programme);
        List<Assignment> greedy = GreedyAccompaniment.plan(programme, scoring);

        ExactCoverage.Result result = ExactCoverage.of(programme, scoring).solve(LIMIT, 8, greedy);

        // proven or not, the best plan meets every hard rule and the bound brackets the optimum
        assertThat(new AccompanimentCertifier(programme, scoring).violations(result.plan())).isEmpty();
        assertThat(AccompanimentBench.coveredWeight(result.plan())).isEqualTo(result.value());
        assertThat(result.value()).isGreaterThanOrEqualTo(AccompanimentBench.coveredWeight(greedy));
        assertThat(result.bound()).isGreaterThanOrEqualTo(result.value());
        assertThat((double) result.bound())
                .isLessThanOrEqualTo(CoverageRelaxation.of(programme, scoring).bound() + 1e-9);
    }

    // --- brute force -------------------------------------------------------------------------------------------

    /**
     * The best covered weight over every assignment of each need to nobody or to any resource person, checking
     * every hard rule from the model and the pair facts alone; a choice that already breaks a rule is cut at once
     * (it could not be completed into a valid plan).
     */
    static long bruteForce(Programme programme, PairScoring scoring) {
        List<Member> participants = new ArrayList<>();
        List<Member> resources = new ArrayList<>();
        for (Member member : programme.members()) {
            if (member.requests(Mode.ACCOMPANIMENT)) {
                participants.add(member);
            }
            if (member.offer(Mode.ACCOMPANIMENT) != null) {
                resources.add(member);
            }
        }
        List<int[]> needs = new ArrayList<>(); // {participant, index of the need}
        for (int p = 0; p < participants.size(); p++) {
            for (int k = 0; k < participants.get(p).needs().size(); k++) {
                needs.add(new int[] {p, k});
            }
        }
        boolean[][] pairOk = new boolean[participants.size()][resources.size()];
        for (int p = 0; p < participants.size(); p++) {
            for (int r = 0; r < resources.size(); r++) {
                PairFacts facts = scoring.facts(participants.get(p), resources.get(r));
                pairOk[p][r] = !facts.conflicted() && facts.missingHalfDays() == 0;
            }
        }
        Search search = new Search(programme, participants, resources, needs, pairOk);
        search.visit(0, 0);
        return search.best;
    }

    private static final class Search {
        final Programme programme;
        final List<Member> participants;
        final List<Member> resources;
        final List<int[]> needs;
        final boolean[][] pairOk;
        final int[] hoursUsed;
        final int[][] needsOnPair; // participant × resource: needs covered
        final int[] choice;
        long best = -1;

        Search(Programme programme, List<Member> participants, List<Member> resources, List<int[]> needs,
                boolean[][] pairOk) {
            this.programme = programme;
            this.participants = participants;
            this.resources = resources;
            this.needs = needs;
            this.pairOk = pairOk;
            this.hoursUsed = new int[resources.size()];
            this.needsOnPair = new int[participants.size()][resources.size()];
            this.choice = new int[needs.size()];
        }

        void visit(int index, long value) {
            if (index == needs.size()) {
                if (pinsKept()) {
                    best = Math.max(best, value);
                }
                return;
            }
            int p = needs.get(index)[0];
            Need need = participants.get(p).needs().get(needs.get(index)[1]);
            choice[index] = -1;
            visit(index + 1, value);
            for (int r = 0; r < resources.size(); r++) {
                Member resource = resources.get(r);
                Offer offer = resource.offer(Mode.ACCOMPANIMENT);
                boolean newPair = needsOnPair[p][r] == 0;
                if (resource.levelOn(need.topic()) < programme.accompaniment().minimumLevel() || !pairOk[p][r]
                        || hoursUsed[r] + need.hours() > offer.hours()
                        || newPair && (participantsOf(r) + 1 > offer.participants()
                                || resourcesOf(p) + 1 > programme.accompaniment().maxResourcePersons())) {
                    continue;
                }
                choice[index] = r;
                hoursUsed[r] += need.hours();
                needsOnPair[p][r]++;
                visit(index + 1, value + need.priorityWeight());
                needsOnPair[p][r]--;
                hoursUsed[r] -= need.hours();
                choice[index] = -1;
            }
        }

        int participantsOf(int r) {
            int count = 0;
            for (int[] row : needsOnPair) {
                count += row[r] > 0 ? 1 : 0;
            }
            return count;
        }

        int resourcesOf(int p) {
            int count = 0;
            for (int covered : needsOnPair[p]) {
                count += covered > 0 ? 1 : 0;
            }
            return count;
        }

        boolean pinsKept() {
            for (PinnedPair pin : programme.decisions().pinned()) {
                boolean kept = false;
                for (int n = 0; n < needs.size(); n++) {
                    Member participant = participants.get(needs.get(n)[0]);
                    Need need = participant.needs().get(needs.get(n)[1]);
                    kept |= choice[n] >= 0 && participant.id().equals(pin.participant())
                            && resources.get(choice[n]).id().equals(pin.resource())
                            && (pin.topic() == null || pin.topic().equals(need.topic()));
                }
                if (!kept) {
                    return false;
                }
            }
            return true;
        }
    }

    // --- tiny programmes ---------------------------------------------------------------------------------------

    /**
     * 3–4 participants with 1–3 needs (8 at most) on 4 topics, 3 resource persons plus one participant who also
     * offers accompaniment; shared organizations, a declared conflict, a forbidden pair, Monday/Tuesday mornings
     * (members available on different days cannot meet), tight hours and participant counts, 1 or 2 resource
     * persons per participant, and on odd seeds a pin (with or without a topic) on a pair the rules allow.
     */
    static Programme tinyProgramme(long seed) {
        SplittableRandom random = new SplittableRandom(seed * 7919);
        List<String> topics = List.of("t1", "t2", "t3", "t4");
        List<Member> members = new ArrayList<>();
        int participantCount = 3 + random.nextInt(2);
        int needsLeft = 8;
        for (int i = 1; i <= participantCount; i++) {
            List<Need> needs = new ArrayList<>();
            int count = Math.min(needsLeft - (participantCount - i), 1 + random.nextInt(3));
            List<String> shuffled = shuffled(topics, random);
            for (int k = 0; k < count; k++) {
                needs.add(new Need(shuffled.get(k), 1 + random.nextInt(3), 1 + random.nextInt(4)));
            }
            needsLeft -= count;
            List<Competence> competences = new ArrayList<>();
            Map<Mode, Offer> offers = Map.of();
            if (i == 1) {
                // a reciprocal participant: offers accompaniment on its own topics too
                competences.add(new Competence(needs.getFirst().topic(), 4));
                competences.add(new Competence(topics.get(random.nextInt(topics.size())), 5));
                offers = Map.of(Mode.ACCOMPANIMENT, new Offer(2 + random.nextInt(4), 1 + random.nextInt(2)));
            }
            members.add(new Member("p" + i, "p" + i, "Org " + (1 + random.nextInt(4)), List.of("music"),
                    List.of(Mode.ACCOMPANIMENT), needs, competences, offers, availability(random),
                    i == 2 ? List.of("r1") : List.of(), List.of(), List.of()));
        }
        for (int i = 1; i <= 3; i++) {
            List<Competence> competences = new ArrayList<>();
            for (String topic : topics) {
                if (random.nextInt(3) > 0) {
                    competences.add(new Competence(topic, 2 + random.nextInt(4)));
                }
            }
            members.add(new Member("r" + i, "r" + i, "Org " + (2 + random.nextInt(5)), List.of("music"), List.of(),
                    List.of(), competences, Map.of(Mode.ACCOMPANIMENT,
                            new Offer(2 + random.nextInt(6), 1 + random.nextInt(3))),
                    availability(random), List.of(), List.of(), List.of()));
        }
        AccompanimentRules rules = new AccompanimentRules(3, 1 + random.nextInt(2), 2, 12);
        List<ForbiddenPair> forbidden = List.of(new ForbiddenPair("p" + participantCount, "r3", null));
        Programme draft = programme(members, rules, new Decisions(List.of(), forbidden));
        List<PinnedPair> pins = new ArrayList<>();
        if (seed % 2 == 1) {
            // pin the first allowed (need, resource person) pair found from a random participant
            PairScoring scoring = new PairScoring(draft);
            Member participant = members.get(random.nextInt(participantCount));
            search:
            for (Member resource : members) {
                if (resource.offer(Mode.ACCOMPANIMENT) == null) {
                    continue;
                }
                PairFacts facts = scoring.facts(participant, resource);
                for (Need need : participant.needs()) {
                    if (!facts.conflicted() && facts.missingHalfDays() == 0
                            && resource.levelOn(need.topic()) >= rules.minimumLevel()
                            && need.hours() <= resource.offer(Mode.ACCOMPANIMENT).hours()) {
                        pins.add(new PinnedPair(participant.id(), resource.id(), seed % 4 == 1 ? need.topic() : null));
                        break search;
                    }
                }
            }
        }
        return programme(members, rules, new Decisions(pins, forbidden));
    }

    private static List<String> shuffled(List<String> values, SplittableRandom random) {
        List<String> copy = new ArrayList<>(values);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }

    /** Mondays, Tuesdays or both (mornings): a Monday-only and a Tuesday-only member never meet. */
    private static Availability availability(SplittableRandom random) {
        int pick = random.nextInt(5);
        List<WeeklyHalfDay> days = pick == 0 ? List.of(new WeeklyHalfDay(DayOfWeek.MONDAY, "AM"))
                : pick == 1 ? List.of(new WeeklyHalfDay(DayOfWeek.TUESDAY, "AM"))
                        : List.of(new WeeklyHalfDay(DayOfWeek.MONDAY, "AM"),
                                new WeeklyHalfDay(DayOfWeek.TUESDAY, "AM"));
        return new Availability(List.of(new WeeklyAvailability(START, END, days)), List.of());
    }

    static Member participant(String id, Availability availability, Need... needs) {
        return new Member(id, id, "Org " + id, List.of("music"), List.of(Mode.ACCOMPANIMENT), List.of(needs),
                List.of(), Map.of(), availability, List.of(), List.of(), List.of());
    }

    static Member resource(String id, int hours, int participants, Availability availability,
            Competence... competences) {
        return new Member(id, id, "Org " + id, List.of("music"), List.of(), List.of(), List.of(competences),
                Map.of(Mode.ACCOMPANIMENT, new Offer(hours, participants)), availability, List.of(), List.of(),
                List.of());
    }

    static Programme programme(List<Member> members, AccompanimentRules rules, Decisions decisions) {
        return new Programme("Tiny", START, END, ZoneId.of("Europe/Paris"),
                List.of(new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(12, 0))), rules, members, List.of(),
                decisions, Map.of(), new SolverSettings(null, null, 1_000L, 0L));
    }
}
