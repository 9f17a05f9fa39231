package org.peermatch.core.orientation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.model.Applications;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.ConstraintScores;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.text.Messages;

/** Solves the orientation stage, turns a solved plan into its proposal and feeds the modes with its decisions. */
public final class OrientationProposals {

    private OrientationProposals() {
    }

    /**
     * Builds, solves and explains the orientation of a programme.
     *
     * @param programme the programme, with applications ({@link Applications#isEmpty()} false)
     * @param settings the limits and seed of the orientation's search
     * @param environmentMode how much the solver checks itself
     * @param text the language of the explanations
     * @return the orientation proposal
     */
    public static OrientationProposal solve(Programme programme, SolverSettings settings,
            EnvironmentMode environmentMode, Messages text) {
        SolverFactory<OrientationPlan> factory =
                SolverFactory.create(OrientationProblem.solverConfig(settings, environmentMode));
        OrientationPlan best = factory.buildSolver().solve(OrientationProblem.build(programme));
        return of(programme, best, factory, text);
    }

    /**
     * Explains a solved plan: the admitted with why, the waiting list, each constraint's score and the hard rules
     * broken, found by {@link OrientationCertifier} rather than by the solver's score.
     *
     * @param programme the programme the plan was built from
     * @param best the solved plan (its score may be null; it is computed then)
     * @param factory the factory the plan was solved with
     * @param text the language of the explanations
     * @return the proposal
     */
    public static OrientationProposal of(Programme programme, OrientationPlan best,
            SolverFactory<OrientationPlan> factory, Messages text) {
        ConstraintScores scores = ConstraintScores.of(factory, best, OrientationConstraint.definitions(),
                programme.weights());
        HardMediumSoftScore score = best.getScore() != null ? best.getScore() : scores.score();
        List<ConstraintScore> constraints = scores.constraints();
        OrientationExplainer explainer = new OrientationExplainer(new OrientationScoring(programme), best, text);
        List<OrientedApplicant> admitted = explainer.admitted();
        List<WaitingApplicant> waiting = explainer.waiting();
        List<Violation> violations = new OrientationCertifier(programme, text).violations(given(admitted));
        String summary = text.get("orientation.summary", admitted.size(), admitted.size() + waiting.size(),
                waiting.size(), score.toString());
        return new OrientationProposal(score.toString(), score.hardScore(), score.mediumScore(), score.softScore(),
                admitted, waiting, explainer.capacities(), constraints, violations, summary);
    }

    /** @return the modes given to each admitted applicant, by member id, in the proposal's order */
    public static Map<String, List<Mode>> given(List<OrientedApplicant> admitted) {
        Map<String, List<Mode>> given = new LinkedHashMap<>();
        for (OrientedApplicant applicant : admitted) {
            given.put(applicant.member(), applicant.modes());
        }
        return given;
    }

    /**
     * The programme the modes plan after orientation: each admitted applicant's requests gain the modes given (after
     * the modes already decided, in the order accompaniment, immersion, co-development, workshops); applicants not
     * admitted keep only their decided requests. The applications are kept, so the writers can show them.
     *
     * @param programme the programme
     * @param orientation its orientation
     * @return the programme with the decided requests
     */
    public static Programme oriented(Programme programme, OrientationProposal orientation) {
        List<Member> members = new ArrayList<>();
        for (Member member : programme.members()) {
            List<Mode> given = orientation.modesOf(member.id());
            if (given.isEmpty()) {
                members.add(member);
                continue;
            }
            List<Mode> requests = new ArrayList<>(member.requests());
            for (Mode mode : OrientationScoring.MODES) {
                if (given.contains(mode) && !requests.contains(mode)) {
                    requests.add(mode);
                }
            }
            members.add(new Member(member.id(), member.name(), member.organization(), member.sectors(), requests,
                    member.needs(), member.competences(), member.offers(), member.availability(), member.conflicts(),
                    member.continuity(), member.preferences(), member.experienceYears(), member.tags(),
                    member.objectives(), member.location(), member.email()));
        }
        return programme.withMembers(members, programme.applications());
    }
}
