package org.peermatch.core.decisions;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.accompaniment.AccompanimentConstraint;
import org.peermatch.core.accompaniment.AccompanimentPlan;
import org.peermatch.core.accompaniment.AccompanimentProblem;
import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.accompaniment.AccompanimentProposals;
import org.peermatch.core.accompaniment.AccompanimentSearch;
import org.peermatch.core.accompaniment.ReplanFact;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.text.Messages;

/**
 * "Why not X for Y?": first the hard rules of the pair itself that forbid it (who takes part, conflict of interest,
 * common availability, competence), each in domain words with its constraint id; when none does, the
 * counterfactual: the pair pinned, accompaniment re-planned with least change from the proposal (its pairs as a
 * baseline, the programme's move limit), and what it costs against the proposal scored again under the same
 * programme: coverage and score (the change penalty left out), whose needs lose their resource person, which rules
 * get worse. Only accompaniment is solved.
 */
public final class WhyNot {

    /** The mode's keep-baseline constraint: the cost of changing, left out of the comparisons. */
    private static final String KEEP = AccompanimentConstraint.KEEP_BASELINE_PAIR.id();

    private WhyNot() {
    }

    /**
     * The answer.
     *
     * @param forbidden the hard rules forbidding the pair, each "constraint-id: sentence"; empty when allowed
     * @param before the proposal's accompaniment scored under the programme, or null when forbidden
     * @param after the best plan found with the pair, or null when forbidden
     * @param changes the changes from the proposal to that plan, or null when forbidden
     * @param lines what to print, in order
     */
    public record Answer(List<String> forbidden, AccompanimentProposal before, AccompanimentProposal after,
            Changes changes, List<String> lines) {

        public Answer {
            forbidden = List.copyOf(forbidden);
            lines = List.copyOf(lines);
        }

        /** @return the score of the plan with the pair, without the cost of changing from the proposal */
        public long afterSoftWithoutChanges() {
            return Counterfactuals.softWithoutChanges(after, KEEP);
        }

        /**
         * @return whether the plan with the pair is better than the proposal (hard, then coverage, then soft
         *         without the change cost): the proposal was improvable
         */
        public boolean improves() {
            return Counterfactuals.better(after, before, KEEP);
        }
    }

    /**
     * @param programme the programme (its solver settings bound the re-plan; a move limit keeps it reproducible)
     * @param proposal the proposal the committee looks at
     * @param participant the participant's id
     * @param resource the resource person's id
     * @param topic the need, or null for any of the participant's needs
     * @param messages the language of the answer
     * @return the rules forbidding the pair, or the best plan found with it and what it costs
     */
    public static Answer ask(Programme programme, Baseline proposal, String participant, String resource,
            String topic, Messages messages) {
        Member p = programme.member(participant);
        Member r = programme.member(resource);
        List<String> forbidden = forbidding(programme, p, r, participant, resource, topic, messages);
        List<String> lines = new ArrayList<>();
        String pName = p == null ? participant : p.name();
        String rName = r == null ? resource : r.name();
        if (!forbidden.isEmpty()) {
            lines.add(messages.get("decisions.why.forbidden", rName, pName));
            forbidden.forEach(rule -> lines.add("  - " + rule));
            return new Answer(forbidden, null, null, null, lines);
        }
        PairScoring scoring = new PairScoring(programme);
        AccompanimentProposal before = solve(programme, scoring, proposal, false);
        List<PinnedPair> pins = new ArrayList<>(programme.decisions().pinned());
        pins.add(new PinnedPair(participant, resource, topic));
        Programme pinned = programme.withDecisions(new Decisions(pins, programme.decisions().forbidden()));
        AccompanimentProposal after = solve(pinned, new PairScoring(pinned), proposal, true);
        Changes changes = Changes.between(proposal, Changes.snapshot(after, programme.name(), programme), programme,
                messages, messages.get("decisions.change.forPair", rName, pName));
        Answer draft = new Answer(forbidden, before, after, changes, List.of());
        lines.add(messages.get("decisions.why.allowed", rName, pName));
        lines.add(messages.get("decisions.why.coverage", covered(before), covered(after),
                before.assignments().size() + before.uncovered().size()));
        lines.add(messages.get("decisions.why.score", before.score(),
                Counterfactuals.scoreWithoutChanges(after, KEEP)));
        lines.add(messages.get(draft.improves() ? "decisions.why.improvable" : "decisions.why.noBetter"));
        lines.addAll(Counterfactuals.worse(before, after, KEEP, messages));
        lines.addAll(changes.lines(messages));
        return new Answer(forbidden, before, after, changes, lines);
    }

    /** @return the hard rules of the pair itself that forbid it, each "id: sentence" */
    private static List<String> forbidding(Programme programme, Member p, Member r, String participant,
            String resource, String topic, Messages messages) {
        List<String> rules = new ArrayList<>();
        if (p == null || !p.requests(Mode.ACCOMPANIMENT)) {
            rules.add(messages.get("decisions.why.notParticipant", p == null ? participant : p.name()));
        }
        if (r == null || r.offer(Mode.ACCOMPANIMENT) == null) {
            rules.add(messages.get("decisions.why.notResource", r == null ? resource : r.name()));
        }
        if (!rules.isEmpty()) {
            return rules;
        }
        String conflict = conflict(programme, p, r, messages);
        if (conflict != null) {
            rules.add(AccompanimentConstraint.CONFLICT_OF_INTEREST.id() + ": " + conflict);
        }
        PairFacts facts = new PairScoring(programme).facts(p, r);
        if (facts.missingHalfDays() > 0) {
            rules.add(AccompanimentConstraint.TOO_LITTLE_COMMON_AVAILABILITY.id() + ": " + messages.get(
                    "decisions.why.availability", p.name(), r.name(), facts.commonHalfDays(),
                    facts.requiredHalfDays()));
        }
        int minimum = programme.accompaniment().minimumLevel();
        if (topic != null) {
            boolean need = p.needs().stream().anyMatch(n -> n.topic().equals(topic));
            if (!need) {
                rules.add(messages.get("decisions.why.notANeed", p.name(), NoveltyWords.label(topic)));
            } else if (r.levelOn(topic) < minimum) {
                rules.add(AccompanimentConstraint.COMPETENCE_TOO_LOW.id() + ": " + messages.get(
                        "decisions.why.level", r.name(), NoveltyWords.label(topic), r.levelOn(topic), minimum));
            }
        } else if (p.needs().stream().map(Need::topic).noneMatch(t -> r.levelOn(t) >= minimum)) {
            rules.add(AccompanimentConstraint.COMPETENCE_TOO_LOW.id() + ": " + messages.get(
                    "decisions.why.noNeed", r.name(), p.name(), minimum));
        }
        return rules;
    }

    private static String conflict(Programme programme, Member p, Member r, Messages messages) {
        if (p.id().equals(r.id())) {
            return messages.get("decisions.why.samePerson", p.name());
        }
        if (p.organization() != null && p.organization().equalsIgnoreCase(r.organization())) {
            return messages.get("decisions.why.organization", p.name(), r.name(), p.organization());
        }
        if (p.conflicts().contains(r.id()) || r.conflicts().contains(p.id())) {
            return messages.get("decisions.why.declared", p.name(), r.name());
        }
        for (ForbiddenPair pair : programme.decisions().forbidden()) {
            if (pair.concerns(p.id(), r.id())) {
                return pair.reason() == null || pair.reason().isBlank()
                        ? messages.get("decisions.why.committee", p.name(), r.name())
                        : messages.get("decisions.why.committeeReason", p.name(), r.name(), pair.reason());
            }
        }
        return null;
    }

    /** @return the proposal scored as it is ({@code search} false), or the best plan from it */
    private static AccompanimentProposal solve(Programme programme, PairScoring scoring, Baseline proposal,
            boolean search) {
        AccompanimentPlan plan = AccompanimentProblem.build(programme, scoring, proposal, ReplanFact.UNLIMITED);
        SolverFactory<AccompanimentPlan> factory = SolverFactory.create(AccompanimentProblem.solverConfig(
                search ? programme.solver() : new SolverSettings(null, null, 1L,
                        programme.solver().seed()),
                EnvironmentMode.PHASE_ASSERT, AccompanimentSearch.DEFAULT, true));
        AccompanimentPlan best = search ? factory.buildSolver().solve(plan) : plan;
        return AccompanimentProposals.of(programme, scoring, factory, best);
    }

    private static int covered(AccompanimentProposal proposal) {
        return proposal.assignments().size();
    }

}
