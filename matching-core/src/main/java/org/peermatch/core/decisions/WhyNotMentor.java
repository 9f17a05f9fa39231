package org.peermatch.core.decisions;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.immersion.ImmersionConstraint;
import org.peermatch.core.immersion.ImmersionPairFacts;
import org.peermatch.core.immersion.ImmersionPlan;
import org.peermatch.core.immersion.ImmersionProblem;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.immersion.ImmersionProposals;
import org.peermatch.core.immersion.ImmersionScoring;
import org.peermatch.core.immersion.MentorDay;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineImmersion;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.ConflictOfInterest;
import org.peermatch.core.scoring.NoveltyModel;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.text.Messages;

/**
 * "Why not X as mentor of Y?" for immersion days: first the hard rules of the pair itself that forbid it (who takes
 * part, conflict of interest, experience, sector when required, a full day both are available), each with its
 * constraint id; when none does, the counterfactual: the mentee fixed on each of the pair's candidate days in turn
 * (at most {@value ImmersionProblem#MAX_DAYS_PER_PAIR}), immersion re-planned with least change from the proposal
 * (its days as a baseline, the programme's move limit), the best of these plans, and what it costs against the
 * proposal's days scored under the same programme: mentees placed, score (the change penalty left out), the rules
 * that get worse and the days that change. Only immersion is solved.
 */
public final class WhyNotMentor {

    /** The mode's keep-baseline constraint: the cost of changing, left out of the comparisons. */
    private static final String KEEP = ImmersionConstraint.KEEP_BASELINE_IMMERSION.id();

    private WhyNotMentor() {
    }

    /**
     * The answer.
     *
     * @param forbidden the hard rules forbidding the pair, each "constraint-id: sentence"; empty when allowed
     * @param before the proposal's immersion days scored under the programme, or null when forbidden
     * @param after the best plan found with the pair, or null when forbidden
     * @param changes the changes from the proposal to that plan, or null when forbidden
     * @param lines what to print, in order
     */
    public record Answer(List<String> forbidden, ImmersionProposal before, ImmersionProposal after, Changes changes,
            List<String> lines) {

        public Answer {
            forbidden = List.copyOf(forbidden);
            lines = List.copyOf(lines);
        }

        /**
         * @return whether the plan with the pair is better than the proposal (hard, then mentees placed, then soft
         *         without the change cost): the proposal was improvable
         */
        public boolean improves() {
            return Counterfactuals.better(after, before, KEEP);
        }

        /** @return whether the plan with the pair gives the mentee a day with the mentor */
        public boolean holds(String mentee, String mentor) {
            return after.pairings().stream().anyMatch(p -> p.mentee().equals(mentee) && p.mentor().equals(mentor));
        }
    }

    /**
     * @param programme the programme (its solver settings bound the re-plan; a move limit keeps it reproducible)
     * @param proposal the proposal the committee looks at
     * @param mentee the mentee's id
     * @param mentor the mentor's id
     * @param messages the language of the answer
     * @return the rules forbidding the pair, or the best plan found with it and what it costs
     */
    public static Answer ask(Programme programme, Baseline proposal, String mentee, String mentor,
            Messages messages) {
        Member e = programme.member(mentee);
        Member r = programme.member(mentor);
        NoveltyModel novelty = new PairScoring(programme).novelty();
        ImmersionScoring scoring = new ImmersionScoring(programme, novelty);
        List<String> forbidden = forbidding(programme, scoring, e, r, mentee, mentor, messages);
        List<String> lines = new ArrayList<>();
        String eName = e == null ? mentee : e.name();
        String rName = r == null ? mentor : r.name();
        if (!forbidden.isEmpty()) {
            lines.add(messages.get("decisions.whyMentor.forbidden", rName, eName));
            forbidden.forEach(rule -> lines.add("  - " + rule));
            return new Answer(forbidden, null, null, null, lines);
        }
        SolverFactory<ImmersionPlan> factory = SolverFactory.create(
                ImmersionProblem.solverConfig(programme.solver(), EnvironmentMode.PHASE_ASSERT));
        ImmersionPlan published = ImmersionProblem.build(programme, novelty, proposal);
        ImmersionProposal before = ImmersionProposals.of(programme, novelty, published, factory);
        // the best plan over the pair's candidate days, each fixed in turn (the first best on ties)
        List<MentorDay> days = published.getPlacements().stream()
                .filter(placement -> placement.getMentee().getId().equals(mentee)).findFirst().orElseThrow()
                .getCandidates().stream().filter(day -> day.mentor().getId().equals(mentor)).toList();
        ImmersionProposal after = null;
        for (MentorDay day : days) {
            ImmersionPlan pinned = ImmersionProblem.build(programme, novelty, proposal);
            ImmersionProblem.pin(pinned, mentee, pinned.getMentorDays().stream()
                    .filter(d -> d.getId().equals(day.getId())).findFirst().orElseThrow());
            ImmersionProposal tried = ImmersionProposals.of(programme, novelty, factory.buildSolver().solve(pinned),
                    factory);
            if (after == null || Counterfactuals.better(tried, after, KEEP)) {
                after = tried;
            }
        }
        Baseline snapshot = new Baseline(proposal.programme(), proposal.pairs(), proposal.resources(),
                proposal.participants(), proposal.names(), after.pairings().stream()
                        .map(p -> new BaselineImmersion(p.mentee(), p.mentor(), p.day()))
                        .toList(), proposal.groups(), proposal.workshops());
        Changes changes = Changes.between(proposal, snapshot, programme, messages,
                messages.get("decisions.whyMentor.forPair", rName, eName));
        Answer draft = new Answer(forbidden, before, after, changes, List.of());
        lines.add(messages.get("decisions.whyMentor.allowed", rName, eName));
        int mentees = programme.participantsIn(Mode.IMMERSION).size();
        lines.add(messages.get("decisions.whyMentor.placed", before.pairings().size(), after.pairings().size(),
                mentees));
        lines.add(messages.get("decisions.why.score", before.score(),
                Counterfactuals.scoreWithoutChanges(after, KEEP)));
        if (!draft.holds(mentee, mentor)) {
            lines.add(messages.get("decisions.whyMentor.noDay", rName, eName));
        }
        lines.add(messages.get(draft.improves() ? "decisions.why.improvable" : "decisions.why.noBetter"));
        lines.addAll(Counterfactuals.worse(before, after, KEEP, messages));
        if (!changes.immersions().isEmpty()) {
            lines.add(changes.immersionSummary(messages));
            changes.immersions().stream().filter(day -> day.kind() != ChangeKind.KEPT)
                    .forEach(day -> lines.add("  - " + day.line(messages)));
        }
        return new Answer(forbidden, before, after, changes, lines);
    }

    /** @return the hard rules of the pair itself that forbid it, each "id: sentence" */
    private static List<String> forbidding(Programme programme, ImmersionScoring scoring, Member e, Member r,
            String mentee, String mentor, Messages messages) {
        List<String> rules = new ArrayList<>();
        if (e == null || !e.requests(Mode.IMMERSION)) {
            rules.add(messages.get("decisions.whyMentor.notMentee", e == null ? mentee : e.name()));
        }
        Offer offer = r == null ? null : r.offer(Mode.IMMERSION);
        if (offer == null || offer.days() <= 0) {
            rules.add(messages.get("decisions.whyMentor.notMentor", r == null ? mentor : r.name()));
        }
        if (!rules.isEmpty()) {
            return rules;
        }
        ImmersionPairFacts facts = scoring.facts(e, r);
        if (facts.conflicted() && on(programme, ImmersionConstraint.IMMERSION_CONFLICT_OF_INTEREST)) {
            rules.add(ImmersionConstraint.IMMERSION_CONFLICT_OF_INTEREST.id() + ": "
                    + ConflictOfInterest.between(e, r, programme.decisions(), messages));
        }
        if (facts.experienceShortfall() > 0 && on(programme, ImmersionConstraint.MENTOR_LESS_EXPERIENCED)) {
            rules.add(ImmersionConstraint.MENTOR_LESS_EXPERIENCED.id() + ": " + messages.get(
                    "decisions.whyMentor.experience", r.name(), facts.mentorYears(), e.name(), facts.menteeYears()));
        }
        if (programme.immersion().sameSectorRequired() && !facts.sameSector()
                && on(programme, ImmersionConstraint.MENTOR_OTHER_SECTOR)) {
            rules.add(ImmersionConstraint.MENTOR_OTHER_SECTOR.id() + ": " + messages.get(
                    "decisions.whyMentor.sector", e.name(), r.name()));
        }
        BitSet common = (BitSet) scoring.fullDays(e).clone();
        common.and(scoring.fullDays(r));
        if (common.isEmpty() && on(programme, ImmersionConstraint.IMMERSION_DAY_UNAVAILABLE)) {
            rules.add(ImmersionConstraint.IMMERSION_DAY_UNAVAILABLE.id() + ": " + messages.get(
                    "decisions.whyMentor.noCommonDay", e.name(), r.name()));
        }
        return rules;
    }

    /** @return whether the programme keeps the rule (a weight of 0 switches it off) */
    private static boolean on(Programme programme, ImmersionConstraint constraint) {
        return programme.weights().getOrDefault(constraint.id(), constraint.definition().defaultWeight()) != 0;
    }

}
