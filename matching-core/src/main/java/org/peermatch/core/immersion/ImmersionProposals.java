package org.peermatch.core.immersion;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.ConstraintScores;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.scoring.NoveltyModel;

/** Turns a solved immersion plan into the immersion part of a proposal. */
public final class ImmersionProposals {

    private ImmersionProposals() {
    }

    /**
     * Explains a solved plan: pairings with reasons, unplaced mentees with reasons, each constraint's score
     * ({@link ConstraintScores}: the community edition has no score analysis) and the hard
     * rules broken, found by {@link ImmersionCertifier} rather than by the solver's score.
     *
     * @param programme the programme the plan was built from
     * @param novelty the novelty model the plan was built with
     * @param best the solved plan (its score may be null when solving stopped at once; it is computed then)
     * @return the proposal
     */
    public static ImmersionProposal of(Programme programme, NoveltyModel novelty, ImmersionPlan best) {
        return of(programme, novelty, best, SolverFactory.create(
                ImmersionProblem.solverConfig(new SolverSettings(null, null, 1L, 0L), EnvironmentMode.PHASE_ASSERT)));
    }

    /** Like {@link #of(Programme, NoveltyModel, ImmersionPlan)}, scoring with the factory the plan was solved with. */
    public static ImmersionProposal of(Programme programme, NoveltyModel novelty, ImmersionPlan best,
            SolverFactory<ImmersionPlan> factory) {
        ConstraintScores scores = ConstraintScores.of(factory, best, ImmersionConstraint.definitions(),
                programme.weights());
        HardMediumSoftScore score = best.getScore() != null ? best.getScore() : scores.score();
        List<ConstraintScore> constraints = scores.constraints();
        ImmersionExplainer explainer = new ImmersionExplainer(programme, novelty, best);
        List<ImmersionPairing> pairings = explainer.pairings();
        List<Violation> violations = new ImmersionCertifier(programme).violations(pairings);
        return new ImmersionProposal(score.toString(), score.hardScore(), score.mediumScore(), score.softScore(),
                pairings, explainer.unplaced(), constraints, violations);
    }

    /**
     * The immersion days of a proposal as meetings, for the novelty of modes planned after immersion
     * ({@link NoveltyModel#withPlannedMeetings}).
     *
     * @param proposal an immersion proposal
     * @return one interaction per pairing (mentee and mentor, mode immersion, on the day), in the proposal's order
     */
    public static List<Interaction> plannedMeetings(ImmersionProposal proposal) {
        List<Interaction> meetings = new ArrayList<>();
        for (ImmersionPairing pairing : proposal.pairings()) {
            meetings.add(new Interaction(List.of(pairing.mentee(), pairing.mentor()), Mode.IMMERSION, pairing.day()));
        }
        return meetings;
    }

}
