package org.peermatch.core.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pre-solve feasibility check, the certifier, and how gaps are reported. */
class AffinityCheckTest {

    private static AffinityProblem uniform(int participants, int resources, int demand, int minLoad, int maxLoad) {
        List<AffinityParticipant> people = new ArrayList<>();
        List<AffinityResource> places = new ArrayList<>();
        List<ScoredPair> pairs = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            people.add(new AffinityParticipant("p" + p, demand));
            for (int r = 0; r < resources; r++) {
                pairs.add(new ScoredPair("p" + p, "r" + r, (p * 7 + r * 3) % 10 / 10.0));
            }
        }
        for (int r = 0; r < resources; r++) {
            places.add(new AffinityResource("r" + r, minLoad, maxLoad));
        }
        return new AffinityProblem(people, places, pairs, List.of());
    }

    @Test
    void demandAboveCapacityIsExplainedWithTheMaxLoadToUse() {
        AffinityProblem problem = uniform(118, 160, 3, 0, 2);

        List<FeasibilityIssue> issues = AffinityAssigner.check(problem);

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(FeasibilityIssue.Kind.DEMAND_EXCEEDS_MAX_LOAD);
            assertThat(issue.message()).isEqualTo("Total demand 354 exceeds total max load 320.");
            assertThat(issue.advice()).startsWith("Maybe raise the max load to 3 for every resource");
            assertThat(issue.suggestedValue()).isEqualTo(3);
        });
        AffinityResult result = AffinityAssigner.solve(problem, AffinityOptions.DEFAULT);
        assertThat(result.complete()).isFalse();
        assertThat(result.pairs()).hasSize(320);
        assertThat(result.demandGaps()).extracting(DemandGap::demand).containsOnly(3);
    }

    @Test
    void minLoadAboveDemandIsExplained() {
        AffinityProblem problem = uniform(4, 5, 1, 1, 2);

        assertThat(AffinityAssigner.check(problem)).singleElement().satisfies(issue -> {
            assertThat(issue.message()).isEqualTo("Total min load 5 exceeds total demand 4.");
            assertThat(issue.advice()).startsWith("Maybe lower the min load to 0 for every resource");
        });
        AffinityResult result = AffinityAssigner.solve(problem, AffinityOptions.DEFAULT);
        assertThat(result.demandGaps()).isEmpty();
        assertThat(result.loadGaps()).hasSize(1);
    }

    @Test
    void participantWithTooFewAllowedResourcesIsNamed() {
        AffinityProblem problem = new AffinityProblem(
                List.of(new AffinityParticipant("ana", 2)),
                List.of(new AffinityResource("r1", 0, 1), new AffinityResource("r2", 0, 1)),
                List.of(new ScoredPair("ana", "r1", 1), new ScoredPair("ana", "r2", 1)),
                List.of(new ConflictPair("ana", "r2")));

        assertThat(AffinityAssigner.check(problem)).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(FeasibilityIssue.Kind.TOO_FEW_RESOURCES);
            assertThat(issue.message()).startsWith("Participant ana needs 2 resources but only 1 are allowed");
            assertThat(issue.advice()).isEqualTo("Maybe score more pairs for ana, or lower its demand to 1.");
        });
        AffinityResult result = AffinityAssigner.solve(problem, AffinityOptions.DEFAULT);
        assertThat(result.pairs()).containsExactly(new ScoredPair("ana", "r1", 1));
        assertThat(result.demandGaps()).containsExactly(new DemandGap("ana", 2, 1));
    }

    @Test
    void resourceWithTooFewAllowedParticipantsIsNamed() {
        AffinityProblem problem = new AffinityProblem(List.of(new AffinityParticipant("ana", 1)),
                List.of(new AffinityResource("bob", 2, 3)), List.of(new ScoredPair("ana", "bob", 0.5)), List.of());

        assertThat(AffinityAssigner.check(problem)).extracting(FeasibilityIssue::kind)
                .contains(FeasibilityIssue.Kind.TOO_FEW_PARTICIPANTS);
    }

    @Test
    void problemRejectsUnknownIdsAndDuplicatesWithAdvice() {
        assertThatThrownBy(() -> new AffinityProblem(List.of(new AffinityParticipant("a", 1)),
                List.of(new AffinityResource("r", 0, 1)),
                List.of(new ScoredPair("a", "r", 1), new ScoredPair("a", "r", 2), new ScoredPair("x", "r", 1)),
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The pair (a, r) is scored twice.\nMaybe")
                .hasMessageContaining("unknown participant (x).\nMaybe");
    }

    @Test
    void certifierFindsEveryKindOfBrokenRule() {
        AffinityProblem problem = new AffinityProblem(
                List.of(new AffinityParticipant("a", 1), new AffinityParticipant("b", 1)),
                List.of(new AffinityResource("r", 1, 1), new AffinityResource("s", 1, 1)),
                List.of(new ScoredPair("a", "r", 1), new ScoredPair("b", "r", 1), new ScoredPair("a", "s", 1)),
                List.of(new ConflictPair("a", "s")));

        List<String> violations = AffinityCertifier.violations(problem, List.of(new ScoredPair("a", "r", 1),
                new ScoredPair("a", "r", 1), new ScoredPair("a", "s", 0.5), new ScoredPair("b", "t", 1)));

        assertThat(violations).containsExactly(
                "The pair (a, r) is assigned twice.",
                "The pair (a, s) has score 0.5 instead of 1.0.",
                "The pair (a, s) is a conflict.",
                "The pair (b, t) is not allowed.",
                "Participant a has 3 resources instead of 1.",
                "Resource r has 2 participants, outside [1, 1].");
    }

    @Test
    void maxMinIsReproducibleForASeedUnderAMoveLimit() {
        AffinityProblem problem = LargeInstances.generate(5, 120, 30, 0.6);
        AffinityOptions options = new AffinityOptions(null, 300_000L, 42L, Fairness.MAXMIN);

        AffinityResult first = AffinityAssigner.solve(problem, options);
        AffinityResult second = AffinityAssigner.solve(problem, options);

        assertThat(first.pairs()).isEqualTo(second.pairs());
        assertThat(first.statistics().reproducible()).isTrue();
        assertThat(AffinityCertifier.violations(problem, first.pairs())).isEmpty();
        AffinityResult none = AffinityAssigner.solve(problem, AffinityOptions.DEFAULT);
        assertThat(first.worstParticipantTotal()).isGreaterThanOrEqualTo(none.worstParticipantTotal());
        assertThat(first.totalScore()).isLessThanOrEqualTo(none.totalScore() + 1e-9);
    }
}
