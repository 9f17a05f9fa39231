package org.peermatch.core.decisions;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.codevelopment.CodevelopmentConstraint;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentPlan;
import org.peermatch.core.codevelopment.CodevelopmentProblem;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.codevelopment.CodevelopmentProposals;
import org.peermatch.core.codevelopment.CodevelopmentScoring;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineGroup;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.NoveltyModel;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.text.Messages;

/**
 * "Why not X in group N?" for co-development: first what forbids it (the member does not ask for co-development,
 * the proposal has no such group, a conflict of interest with one of its members), each conflict with its
 * constraint id; when nothing does, the counterfactual: the member fixed in that group with its members (its
 * last member left free when it is full), co-development re-planned with least change from the proposal's groups,
 * and what it costs against the proposal's groups scored under the same programme: members placed, score (the
 * change penalty left out), the rules that get worse and who changes group. Only co-development is solved.
 */
public final class WhyNotGroup {

    /** The mode's keep-baseline constraint: the cost of changing, left out of the comparisons. */
    private static final String KEEP = CodevelopmentConstraint.KEEP_BASELINE_GROUP.id();

    private WhyNotGroup() {
    }

    /**
     * The answer.
     *
     * @param forbidden what forbids the placement, each sentence (a conflict "constraint-id: sentence"); empty when
     *        allowed
     * @param before the proposal's groups scored under the programme, or null when forbidden
     * @param after the best plan found with the member in the group, or null when forbidden
     * @param changes the changes from the proposal to that plan, or null when forbidden
     * @param lines what to print, in order
     */
    public record Answer(List<String> forbidden, CodevelopmentProposal before, CodevelopmentProposal after,
            Changes changes, List<String> lines) {

        public Answer {
            forbidden = List.copyOf(forbidden);
            lines = List.copyOf(lines);
        }

        /**
         * @return whether the plan with the member in the group is better than the proposal (hard, then members
         *         placed, then soft without the change cost): the proposal was improvable
         */
        public boolean improves() {
            return Counterfactuals.better(after, before, KEEP);
        }
    }

    /**
     * @param programme the programme (its solver settings bound the re-plan; a move limit keeps it reproducible)
     * @param proposal the proposal the committee looks at
     * @param member the member's id
     * @param group the group's number in the proposal
     * @param messages the language of the answer
     * @return what forbids the placement, or the best plan found with it and what it costs
     */
    public static Answer ask(Programme programme, Baseline proposal, String member, int group, Messages messages) {
        Member m = programme.member(member);
        String name = m == null ? member : m.name();
        int slot = -1;
        for (int g = 0; g < proposal.groups().size(); g++) {
            if (proposal.groups().get(g).number() == group) {
                slot = g;
            }
        }
        List<String> forbidden = new ArrayList<>();
        if (m == null || !m.requests(Mode.CODEVELOPMENT)) {
            forbidden.add(messages.get("decisions.whyGroup.notMember", name));
        }
        if (slot < 0) {
            forbidden.add(messages.get("decisions.whyGroup.noGroup", group, proposal.groups().size()));
        } else if (m != null && on(programme, CodevelopmentConstraint.GROUP_CONFLICT_OF_INTEREST)) {
            for (String mate : proposal.groups().get(slot).members()) {
                Member other = programme.member(mate);
                if (other != null && !mate.equals(member) && other.requests(Mode.CODEVELOPMENT)) {
                    String conflict = CodevelopmentScoring.conflict(m, other, programme.decisions());
                    if (conflict != null) {
                        forbidden.add(CodevelopmentConstraint.GROUP_CONFLICT_OF_INTEREST.id() + ": " + conflict);
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        if (!forbidden.isEmpty()) {
            lines.add(messages.get("decisions.whyGroup.forbidden", name, group));
            forbidden.forEach(rule -> lines.add("  - " + rule));
            return new Answer(forbidden, null, null, null, lines);
        }
        NoveltyModel novelty = new PairScoring(programme).novelty();
        SolverFactory<CodevelopmentPlan> factory = SolverFactory.create(
                CodevelopmentProblem.solverConfig(programme.solver(), EnvironmentMode.PHASE_ASSERT));
        CodevelopmentProposal before = CodevelopmentProposals.of(programme, novelty,
                CodevelopmentProblem.build(programme, novelty, proposal), factory);
        CodevelopmentPlan pinned = CodevelopmentProblem.build(programme, novelty, proposal);
        CodevelopmentProblem.pin(pinned, member, slot);
        CodevelopmentProposal after = CodevelopmentProposals.of(programme, novelty,
                factory.buildSolver().solve(pinned), factory);
        List<BaselineGroup> groups = new ArrayList<>();
        for (CodevelopmentGroup formed : after.groups()) {
            groups.add(new BaselineGroup(formed.number(), formed.members()));
        }
        Baseline snapshot = new Baseline(proposal.programme(), proposal.pairs(), proposal.resources(),
                proposal.participants(), proposal.names(), proposal.immersions(), groups, proposal.workshops());
        Changes changes = Changes.between(proposal, snapshot, programme, messages,
                messages.get("decisions.whyGroup.forMember", name, group));
        Answer draft = new Answer(forbidden, before, after, changes, List.of());
        lines.add(messages.get("decisions.whyGroup.allowed", name, group));
        lines.add(messages.get("decisions.whyGroup.placed", placed(before), placed(after),
                programme.participantsIn(Mode.CODEVELOPMENT).size()));
        lines.add(messages.get("decisions.whyGroup.score", before.score(),
                Counterfactuals.scoreWithoutChanges(after, KEEP)));
        lines.add(messages.get(draft.improves() ? "decisions.whyGroup.improvable" : "decisions.whyGroup.noBetter"));
        lines.addAll(Counterfactuals.worse(before, after, KEEP, messages));
        lines.add(changes.groupsSummary(messages));
        changes.groupMembers().stream().filter(change -> change.kind() != ChangeKind.KEPT)
                .forEach(change -> lines.add("  - " + change.line(messages)));
        return new Answer(forbidden, before, after, changes, lines);
    }

    private static int placed(CodevelopmentProposal proposal) {
        return proposal.groups().stream().mapToInt(group -> group.members().size()).sum();
    }

    /** @return whether the programme keeps the rule (a weight of 0 switches it off) */
    private static boolean on(Programme programme, CodevelopmentConstraint constraint) {
        return programme.weights().getOrDefault(constraint.id(), constraint.definition().defaultWeight()) != 0;
    }

}
