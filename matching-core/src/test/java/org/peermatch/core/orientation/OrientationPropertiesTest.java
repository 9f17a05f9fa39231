package org.peermatch.core.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.model.Application;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.text.Messages;

/**
 * Seeded oversubscribed programmes (60 applicants with wishes, capacity for about 35): the orientation never exceeds
 * a capacity, never gives a mode an applicant did not wish for, keeps the committee's decisions, and the certifier,
 * the solver's score and an independent re-computation agree.
 */
class OrientationPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 4);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void oversubscribedProgrammesAreAdmittedWithinEveryCapacityAndWish(long seed) {
        Programme programme = OrientationFixture.generate(seed, 60, 35);
        SolverSettings settings = new SolverSettings(null, null, 20_000L, seed);
        SolverFactory<OrientationPlan> factory =
                SolverFactory.create(OrientationProblem.solverConfig(settings, EnvironmentMode.PHASE_ASSERT));
        OrientationPlan best = factory.buildSolver().solve(OrientationProblem.build(programme));
        OrientationProposal proposal = OrientationProposals.of(programme, best, factory, Messages.english());

        assertThat(proposal.hardScore()).as(proposal.score()).isZero();
        assertThat(proposal.violations()).isEmpty();
        assertThat(proposal.admitted().size() + proposal.waiting().size()).isEqualTo(60);
        assertThat(proposal.admitted().size()).isBetween(15, 35);
        assertThat(proposal.waiting()).isNotEmpty();
        for (OrientedApplicant admitted : proposal.admitted()) {
            Application application = programme.applications().of(admitted.member());
            assertThat(application.wishes()).containsAll(admitted.modes());
            assertThat(admitted.modes()).isNotEmpty();
            assertThat(admitted.reasons()).isNotEmpty();
        }
        for (WaitingApplicant waiting : proposal.waiting()) {
            assertThat(waiting.reasons()).isNotEmpty();
            assertThat(waiting.wouldAdmit()).isNotBlank();
        }
        // The committee's pin and prohibition hold.
        assertThat(proposal.modesOf("a0")).contains(programme.applications().of("a0").wishes().get(0));
        assertThat(proposal.modesOf("a1")).doesNotContain(programme.applications().of("a1").wishes().get(0));
        // Capacity, re-counted here: no mode gives more units than it has.
        OrientationScoring scoring = new OrientationScoring(programme);
        for (ModeCapacity capacity : scoring.capacities()) {
            long used = 0;
            for (OrientedApplicant admitted : proposal.admitted()) {
                if (admitted.modes().contains(capacity.mode())) {
                    used += scoring.load(programme.member(admitted.member()).needs(), capacity.mode());
                }
            }
            assertThat(used).as(capacity.mode().jsonName()).isLessThanOrEqualTo(capacity.units());
        }
        // The solver's score is the objective computed independently.
        List<OrientationOption> chosen = new ArrayList<>();
        best.getOrientations().forEach(o -> chosen.add(o.getOption()));
        assertThat(HardMediumSoftScore.parseScore(proposal.score()))
                .isEqualTo(IndependentOrientationScore.of(best, chosen));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theCertifierFindsAModeNotWishedAndACapacityExceeded(long seed) {
        Programme programme = OrientationFixture.generate(seed, 60, 35);
        OrientationCertifier certifier = new OrientationCertifier(programme, Messages.english());
        Map<String, List<Mode>> everything = new java.util.LinkedHashMap<>();
        for (Application application : programme.applications().applications()) {
            everything.put(application.member(), OrientationFixture.MODES);
        }
        assertThat(certifier.violations(everything)).extracting(v -> v.constraint())
                .contains("orientation-not-wished", "mode-capacity-exceeded", "beneficiaries-exceeded",
                        "orientation-forbidden");
        assertThat(certifier.violations(Map.of())).extracting(v -> v.constraint())
                .containsExactly("orientation-pin-missing");
    }
}
