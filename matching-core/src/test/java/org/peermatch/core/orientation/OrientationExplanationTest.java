package org.peermatch.core.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Application;
import org.peermatch.core.model.Applications;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.OrientationRules;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WorkshopRules;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.text.Messages;

/**
 * The orientation explained in the committee's words, in English and French, on a hand-made programme: four
 * members need pitch, crowdfunding and digital communication (workshop themes with an animator), one also pricing
 * (a specific need a resource person masters); the resource person's hours admit only one of two applicants who
 * wish for accompaniment alone.
 */
class OrientationExplanationTest {

    private static Programme programme(Map<String, Long> weights) {
        List<Member> members = new ArrayList<>();
        List<Application> applications = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            members.add(OrientationFixture.applicantMember("w" + i, new Need("pitch", 1, 4),
                    new Need("crowdfunding", 2, 4), new Need("digital-communication", 2, 4),
                    new Need("pricing", 3, 6)));
            applications.add(new Application("w" + i, List.of(Mode.WORKSHOP, Mode.ACCOMPANIMENT), "", i == 1, false,
                    0, null));
        }
        members.add(OrientationFixture.applicantMember("x1", new Need("export", 1, 8)));
        members.add(OrientationFixture.applicantMember("x2", new Need("export", 1, 8)));
        applications.add(OrientationFixture.application("x1", Mode.ACCOMPANIMENT));
        applications.add(new Application("x2", List.of(Mode.ACCOMPANIMENT), "Open a new market", true, false, 0,
                null));
        members.add(OrientationFixture.resource("r1", 10, 3, new Competence("export", 5)));
        members.add(OrientationFixture.animator("a1", 3, 12, new Competence("pitch", 5),
                new Competence("crowdfunding", 5), new Competence("digital-communication", 5)));
        OrientationRules rules = new OrientationRules(0, Map.of(), Map.of(), true, 0, List.of());
        return OrientationFixture.programme(members, new Applications(rules, applications, List.of()),
                CodevelopmentRules.DEFAULT, WorkshopRules.DEFAULT, weights);
    }

    private static OrientationProposal solve(Programme programme, Messages text, EnvironmentMode mode) {
        return OrientationProposals.solve(programme, new SolverSettings(null, null, 2_000L, 3L), mode, text);
    }

    @Test
    void admittedApplicantsAreToldWhichNeedsEachModeServesAndTheWaitingListWhatWouldAdmitThem() {
        OrientationProposal proposal = solve(programme(Map.of()), Messages.english(), EnvironmentMode.FULL_ASSERT);

        assertThat(proposal.violations()).isEmpty();
        assertThat(proposal.modesOf("w2")).containsExactly(Mode.WORKSHOP);
        OrientedApplicant w2 = proposal.admitted().stream().filter(a -> a.member().equals("w2")).findFirst()
                .orElseThrow();
        assertThat(w2.reasons()).contains("3 of 4 needs are served best in collective workshops: pitch, crowdfunding"
                + " and digital communication (themes several members need, with an animator who masters them).",
                "No mode given suits pricing.");
        // x2 is a first-time applicant (a priority group): they get the hours, x1 waits.
        assertThat(proposal.modesOf("x2")).containsExactly(Mode.ACCOMPANIMENT);
        assertThat(proposal.waiting()).extracting(WaitingApplicant::member).containsExactly("x1");
        WaitingApplicant x1 = proposal.waiting().get(0);
        assertThat(x1.reasons()).contains("individual accompaniment is full: 2 hours left, they need 8 hours.");
        assertThat(x1.wouldAdmit()).isEqualTo("Would be admitted to individual accompaniment with 6 hours more on export.");
        assertThat(proposal.summary()).isEqualTo("Orientation: 5 of 6 applicants admitted, 1 on the waiting list,"
                + " score " + proposal.score() + ".");
    }

    @Test
    void theSameSentencesInFrench() {
        OrientationProposal proposal = solve(programme(Map.of()), Messages.french(), EnvironmentMode.PHASE_ASSERT);

        assertThat(proposal.waiting().get(0).wouldAdmit())
                .isEqualTo("Serait retenu·e en accompagnement individuel avec 6 heures de plus sur export.");
        assertThat(proposal.admitted().get(1).reasons().get(0)).startsWith("3 besoins sur 4 sont mieux servis en"
                + " ateliers collectifs : pitch, crowdfunding et digital communication");
    }

    @Test
    void theSameProgrammeAndSeedGiveTheSameOrientation() {
        Programme programme = OrientationFixture.generate(7, 60, 35);
        OrientationProposal first = solve(programme, Messages.english(), EnvironmentMode.PHASE_ASSERT);
        OrientationProposal second = solve(programme, Messages.english(), EnvironmentMode.PHASE_ASSERT);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void eachConstraintsPartAddsUpToTheScoreAndWeightsAreTheProgrammes() {
        Programme programme = programme(Map.of("lower-wish", 0L, "priority-group-served", 100L));
        SolverFactory<OrientationPlan> factory = SolverFactory.create(OrientationProblem.solverConfig(
                new SolverSettings(null, null, 2_000L, 3L), EnvironmentMode.PHASE_ASSERT));
        OrientationPlan best = factory.buildSolver().solve(OrientationProblem.build(programme));
        OrientationProposal proposal = OrientationProposals.of(programme, best, factory, Messages.english());

        long soft = 0;
        for (ConstraintScore constraint : proposal.constraints()) {
            if (constraint.level() == org.peermatch.core.plan.ConstraintLevel.SOFT) {
                soft += constraint.score();
            }
            if (constraint.id().equals("lower-wish")) {
                assertThat(constraint.weight()).isZero();
                assertThat(constraint.score()).isZero();
            }
            if (constraint.id().equals("priority-group-served")) {
                assertThat(constraint.weight()).isEqualTo(100);
            }
        }
        assertThat(soft).isEqualTo(proposal.softScore());
    }
}
