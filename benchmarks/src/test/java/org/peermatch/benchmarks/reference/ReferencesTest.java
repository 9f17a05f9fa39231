package org.peermatch.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.peermatch.benchmarks.datasets.AffinityGenerator;
import org.peermatch.benchmarks.datasets.ProgrammeGenerator;
import org.peermatch.benchmarks.datasets.Size;
import org.peermatch.benchmarks.run.AccompanimentBench;
import org.peermatch.core.accompaniment.AccompanimentCertifier;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.affinity.AffinityAssigner;
import org.peermatch.core.affinity.AffinityCertifier;
import org.peermatch.core.affinity.AffinityOptions;
import org.peermatch.core.affinity.AffinityParticipant;
import org.peermatch.core.affinity.AffinityProblem;
import org.peermatch.core.affinity.AffinityResource;
import org.peermatch.core.affinity.AffinityResult;
import org.peermatch.core.affinity.ConflictPair;
import org.peermatch.core.affinity.Fairness;
import org.peermatch.core.affinity.ScoredPair;
import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.Proposal;

class ReferencesTest {

    @Test
    void greedyBaselineBreaksNoHardRule() {
        for (long seed = 1; seed <= 6; seed++) {
            Programme programme = ProgrammeGenerator.generate(seed <= 4 ? Size.S : Size.M, seed);
            PairScoring scoring = new PairScoring(programme);
            List<Assignment> plan = GreedyAccompaniment.plan(programme, scoring);
            assertThat(plan).isNotEmpty();
            assertThat(new AccompanimentCertifier(programme, scoring).violations(plan)).isEmpty();
            assertThat(independentViolations(programme, scoring, plan)).isEmpty();
        }
    }

    @Test
    void greedyBaselineRespectsTheRulesOnVariedRules() {
        // stricter rules than the generator's: one resource person per participant, level 4, 3 half-days a month
        for (long seed = 1; seed <= 4; seed++) {
            Programme base = ProgrammeGenerator.generate(Size.S, seed);
            Programme programme = new Programme(base.name(), base.start(), base.end(), base.timeZone(),
                    base.halfDays(), new AccompanimentRules(4, 1, 3, 6), base.members(), base.history(),
                    base.decisions(), base.weights(), base.solver());
            PairScoring scoring = new PairScoring(programme);
            List<Assignment> plan = GreedyAccompaniment.plan(programme, scoring);
            assertThat(new AccompanimentCertifier(programme, scoring).violations(plan)).isEmpty();
            assertThat(independentViolations(programme, scoring, plan)).isEmpty();
        }
    }

    @Test
    void flowBoundIsAtLeastWhatTheSolverAndTheGreedyCover() {
        for (long seed = 1; seed <= 4; seed++) {
            Programme programme = ProgrammeGenerator.generate(Size.S, seed);
            PairScoring scoring = new PairScoring(programme);
            double bound = CoverageRelaxation.of(programme, scoring).bound();
            Proposal proposal = PeerMatch.solve(programme.withSolver(new SolverSettings(null, null, 3_000L, seed)));
            assertThat(proposal.feasible()).isTrue();
            assertThat(bound).isGreaterThanOrEqualTo(AccompanimentBench.coveredWeight(proposal.accompaniment().assignments()));
            assertThat(bound).isGreaterThanOrEqualTo(
                    AccompanimentBench.coveredWeight(GreedyAccompaniment.plan(programme, scoring)));
        }
    }

    @Test
    void flowBoundEqualsJGraphTMinCostFlow() {
        for (long seed = 1; seed <= 5; seed++) {
            Programme programme = ProgrammeGenerator.generate(seed == 5 ? Size.M : Size.S, seed);
            CoverageRelaxation relaxation = CoverageRelaxation.of(programme, new PairScoring(programme));
            assertThat(relaxation.bound()).isCloseTo(JGraphTReferences.coverageBound(relaxation), within(1e-6));
        }
    }

    @Test
    void flowBoundOnAHandMadeProgramme() {
        // r1 (level 4 on a, 6 hours) is the only one for p1's a (priority 1, 4 h) and p2's a (priority 2, 4 h):
        // the relaxation gives 4 of r1's 6 hours to p1 (3/4 per hour), the 2 others to p2 (2/4 per hour): 3 + 1 = 4.
        // r2 (level 2 on b) is below the minimum: p2's b is not coverable.
        Member p1 = participant("p1", new Need("a", 1, 4));
        Member p2 = participant("p2", new Need("a", 2, 4), new Need("b", 1, 2));
        Member r1 = resource("r1", 6, new Competence("a", 4));
        Member r2 = resource("r2", 10, new Competence("b", 2));
        Programme programme = programme(List.of(p1, p2, r1, r2));
        CoverageRelaxation relaxation = CoverageRelaxation.of(programme, new PairScoring(programme));
        assertThat(relaxation.totalWeight()).isEqualTo(3 + 2 + 3);
        assertThat(relaxation.bound()).isCloseTo(4.0, within(1e-9));
        assertThat(JGraphTReferences.coverageBound(relaxation)).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void flowBoundReroutesEarlierNeedsThroughOtherResourcePersons() {
        // p1's x (4 h) may go to r1 or r2; p2's y (4 h) only to r1. Both have 4 hours: taking x first onto r1 must
        // not block y: the augmenting path moves x to r2. Bound 3 + 3 = 6.
        Member p1 = participant("p1", new Need("x", 1, 4));
        Member p2 = participant("p2", new Need("y", 1, 4));
        Member r1 = resource("r1", 4, new Competence("x", 5), new Competence("y", 5));
        Member r2 = resource("r2", 4, new Competence("x", 3));
        Programme programme = programme(List.of(p1, p2, r1, r2));
        assertThat(CoverageRelaxation.of(programme, new PairScoring(programme)).bound()).isCloseTo(6.0,
                within(1e-9));
    }

    @Test
    void exactFlowEqualsJGraphTAndBeatsGreedy() {
        for (long seed = 1; seed <= 3; seed++) {
            AffinityProblem problem = AffinityGenerator.generate(Size.S, seed);
            AffinityResult exact = AffinityAssigner.solve(problem, new AffinityOptions(null, null, seed,
                    Fairness.NONE));
            assertThat(exact.totalScore()).isCloseTo(JGraphTReferences.affinityOptimum(problem), within(1e-6));
            List<ScoredPair> greedy = GreedyAffinity.assign(problem);
            assertThat(GreedyAffinity.total(greedy)).isLessThanOrEqualTo(exact.totalScore() + 1e-9);
            // the greedy never overloads a resource nor assigns a pair twice; it may fall short of a demand
            assertThat(AffinityCertifier.violations(problem, greedy))
                    .allSatisfy(v -> assertThat(v).doesNotContain("max").doesNotContain("twice"));
        }
    }

    @Test
    void orToolsMinCostFlowEqualsTheCoreAndJGraphT() {
        for (long seed = 1; seed <= 3; seed++) {
            for (Size size : List.of(Size.S, Size.M)) {
                AffinityProblem problem = AffinityGenerator.generate(size, seed);
                double core = AffinityAssigner.solve(problem, new AffinityOptions(null, null, seed, Fairness.NONE))
                        .totalScore();
                OrToolsAffinity.Result orTools = OrToolsAffinity.optimum(problem);
                assertThat(orTools.agreesWith(core)).as("%s seed %d: core %f, or-tools %f", size, seed, core,
                        orTools.total()).isTrue();
                assertThat(orTools.agreesWith(JGraphTReferences.affinityOptimum(problem))).isTrue();
                assertThat(orTools.pairs()).isEqualTo(problem.totalDemand());
            }
        }
    }

    @Test
    void orToolsMinCostFlowHonoursMinLoadsAndConflicts() {
        // Alone, p1 and p2 would both take r1 (the best scores); r2 must get one of them (min load 1) and p1–r1 is
        // a conflict, so the optimum is p1–r2 (0.5) and p2–r1 (0.9).
        AffinityProblem problem = new AffinityProblem(
                List.of(new AffinityParticipant("p1", 1), new AffinityParticipant("p2", 1)),
                List.of(new AffinityResource("r1", 0, 2), new AffinityResource("r2", 1, 2)),
                List.of(new ScoredPair("p1", "r1", 1.0), new ScoredPair("p1", "r2", 0.5),
                        new ScoredPair("p2", "r1", 0.9), new ScoredPair("p2", "r2", 0.1)),
                List.of(new ConflictPair("p1", "r1")));
        OrToolsAffinity.Result result = OrToolsAffinity.optimum(problem);
        assertThat(result.total()).isCloseTo(1.4, within(1e-9));
        assertThat(result.pairs()).isEqualTo(2);
        assertThat(result.agreesWith(JGraphTReferences.affinityOptimum(problem))).isTrue();

        AffinityProblem impossible = new AffinityProblem(List.of(new AffinityParticipant("p1", 1)),
                List.of(new AffinityResource("r1", 0, 1), new AffinityResource("r2", 1, 1)),
                List.of(new ScoredPair("p1", "r1", 1.0)), List.of());
        assertThatThrownBy(() -> OrToolsAffinity.optimum(impossible)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every hard rule, checked here from the model alone (not through the core's certifier). */
    private static List<String> independentViolations(Programme programme, PairScoring scoring,
            List<Assignment> plan) {
        List<String> problems = new ArrayList<>();
        int minimum = programme.accompaniment().minimumLevel();
        Map<String, Integer> hours = new LinkedHashMap<>();
        Map<String, Set<String>> participantsOf = new LinkedHashMap<>();
        Map<String, Set<String>> resourcesOf = new LinkedHashMap<>();
        Set<String> needs = new LinkedHashSet<>();
        for (Assignment a : plan) {
            Member participant = programme.member(a.participant());
            Member resource = programme.member(a.resource());
            if (!needs.add(a.participant() + "/" + a.topic())) {
                problems.add("need covered twice " + a);
            }
            if (participant.needs().stream().noneMatch(n -> n.topic().equals(a.topic()) && n.hours() == a.hours())) {
                problems.add("not a need " + a);
            }
            if (resource.levelOn(a.topic()) < minimum) {
                problems.add("competence " + a);
            }
            PairFacts facts = scoring.facts(participant, resource);
            if (facts.conflicted() || facts.missingHalfDays() > 0) {
                problems.add("pair " + a);
            }
            hours.merge(a.resource(), a.hours(), Integer::sum);
            participantsOf.computeIfAbsent(a.resource(), r -> new LinkedHashSet<>()).add(a.participant());
            resourcesOf.computeIfAbsent(a.participant(), p -> new LinkedHashSet<>()).add(a.resource());
        }
        hours.forEach((id, h) -> {
            Offer offer = programme.member(id).offer(Mode.ACCOMPANIMENT);
            if (h > offer.hours() || participantsOf.get(id).size() > offer.participants()) {
                problems.add("capacity " + id);
            }
        });
        resourcesOf.forEach((id, set) -> {
            if (set.size() > programme.accompaniment().maxResourcePersons()) {
                problems.add("too many resource persons " + id);
            }
        });
        return problems;
    }

    private static Member participant(String id, Need... needs) {
        return new Member(id, id, "Org " + id, List.of("music"), List.of(Mode.ACCOMPANIMENT), List.of(needs),
                List.of(), Map.of(), Availability.ALWAYS, List.of(), List.of(), List.of());
    }

    private static Member resource(String id, int hours, Competence... competences) {
        return new Member(id, id, "Org " + id, List.of("music"), List.of(), List.of(), List.of(competences),
                Map.of(Mode.ACCOMPANIMENT, new Offer(hours, 5)), Availability.ALWAYS, List.of(), List.of(),
                List.of());
    }

    private static Programme programme(List<Member> members) {
        return new Programme("Hand-made", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30),
                ZoneId.of("Europe/Paris"), List.of(new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(12, 0))),
                AccompanimentRules.DEFAULT, members, List.of(), Decisions.NONE, Map.of(),
                new SolverSettings(null, null, 1_000L, 0L));
    }
}
