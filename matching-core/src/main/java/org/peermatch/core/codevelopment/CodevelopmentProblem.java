package org.peermatch.core.codevelopment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.plan.SolverLimits;
import org.peermatch.core.scoring.HalfDayCalendar;
import org.peermatch.core.scoring.NoveltyModel;

/**
 * Builds the co-development planning problem from a programme and configures its solver.
 *
 * <p><b>Group slots.</b> When the committee fixes the number of groups ({@code codevelopment.groups > 0}), there
 * are that many slots; otherwise ⌊n / minSize⌋ slots (at least one) for n participants, the most groups the
 * minimum size allows. Either way a slot nobody takes is simply not formed, at no cost: the solver chooses how many
 * groups to form, between the fewest the maximum size allows and the slots.
 *
 * <p>Pair facts (repeat cost, conflict) are computed once for every two participants: O(n² + n × half-days).
 */
public final class CodevelopmentProblem {

    private CodevelopmentProblem() {
    }

    /**
     * @param programme the programme
     * @param novelty the cost of putting two members together; it already includes the pairs planned in other
     *        modes of the same proposal
     * @return the unsolved plan: every participant in no group
     */
    public static CodevelopmentPlan build(Programme programme, NoveltyModel novelty) {
        return build(programme, novelty, Baseline.NONE);
    }

    /**
     * The plan re-planned from a published proposal: built as {@link #build(Programme, NoveltyModel)}, then the
     * members of each published group still in co-development start in the slot of that group (the n-th published
     * group in the n-th slot, up to the maximum size, a member in conflict with one already there left out), and
     * {@code keep-baseline-group} weighs every two published group-mates the plan separates.
     *
     * @param programme the programme
     * @param novelty the cost of putting two members together
     * @param baseline the published proposal ({@link Baseline#NONE}: a plan from scratch)
     * @return the unsolved plan, started from the published groups
     */
    public static CodevelopmentPlan build(Programme programme, NoveltyModel novelty, Baseline baseline) {
        List<Member> members = programme.participantsIn(Mode.CODEVELOPMENT);
        CodevelopmentRules rules = programme.codevelopment();
        HalfDayCalendar calendar = new HalfDayCalendar(programme);
        int halfDayCount = calendar.dayCount() * programme.halfDays().size();
        int[] monthOf = CodevelopmentScoring.monthOfHalfDay(calendar, programme.start(), halfDayCount);
        List<GroupSlot> slots = new ArrayList<>();
        for (int number = 1; number <= slotCount(members.size(), rules); number++) {
            slots.add(new GroupSlot(number, rules.minSize(), rules.maxSize(), rules.clientsPerSession(), monthOf));
        }
        List<CodevelopmentParticipant> participants = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            long[] repeatCosts = new long[members.size()];
            String[] conflicts = new String[members.size()];
            for (int j = 0; j < members.size(); j++) {
                if (i != j) {
                    Member other = members.get(j);
                    repeatCosts[j] = CodevelopmentScoring.repeatCost(novelty.pairCost(member.id(), other.id()));
                    conflicts[j] = CodevelopmentScoring.conflict(member, other, programme.decisions());
                }
            }
            BitSet available = calendar.availableHalfDays(member);
            participants.add(new CodevelopmentParticipant(i, member, available, repeatCosts, conflicts, null));
        }
        seed(participants, slots, baseline, rules.maxSize());
        return new CodevelopmentPlan(List.copyOf(slots), participants, weightOverrides(programme.weights()));
    }

    private static void seed(List<CodevelopmentParticipant> participants, List<GroupSlot> slots, Baseline baseline,
            int maxSize) {
        Map<String, Integer> published = new HashMap<>();
        for (int g = 0; g < baseline.groups().size(); g++) {
            for (String member : baseline.groups().get(g).members()) {
                published.putIfAbsent(member, g);
            }
        }
        List<List<CodevelopmentParticipant>> seeded = new ArrayList<>();
        slots.forEach(slot -> seeded.add(new ArrayList<>()));
        for (CodevelopmentParticipant participant : participants) {
            Integer g = published.get(participant.getId());
            if (g == null) {
                continue;
            }
            participant.setPublishedGroup(g + 1);
            if (g < slots.size() && seeded.get(g).size() < maxSize
                    && seeded.get(g).stream().allMatch(mate -> participant.conflictWith(mate) == null)) {
                participant.setGroup(slots.get(g));
                seeded.get(g).add(participant);
            }
        }
    }

    /**
     * Fixes a member in a group slot together with the members it starts with (groups are interchangeable slots, so
     * the group is the people in it): when the slot is full, its last other member starts in no group and is free.
     *
     * @param plan a plan just built
     * @param member the member's id
     * @param slot the slot's position (from 0)
     */
    public static void pin(CodevelopmentPlan plan, String member, int slot) {
        GroupSlot group = plan.getGroups().get(slot);
        CodevelopmentParticipant last = null;
        int size = 0;
        for (CodevelopmentParticipant participant : plan.getParticipants()) {
            if (participant.getGroup() == group && !participant.getId().equals(member)) {
                size++;
                last = participant;
            }
        }
        if (size >= group.maxSize() && last != null) {
            last.setGroup(null);
        }
        for (CodevelopmentParticipant participant : plan.getParticipants()) {
            if (participant.getId().equals(member) || participant.getGroup() == group) {
                participant.pinTo(group);
            }
        }
    }

    /**
     * @param participants how many members asked for co-development
     * @param rules the programme's rules
     * @return the number of group slots: the committee's number, else ⌊participants / minSize⌋ and at least one
     *         (none without participants)
     */
    public static int slotCount(int participants, CodevelopmentRules rules) {
        if (participants == 0) {
            return 0;
        }
        if (rules.groups() > 0) {
            return rules.groups();
        }
        return Math.max(1, participants / Math.max(1, rules.minSize()));
    }

    /**
     * A greedy construction ({@link GroupConstruction}) then local search that changes one participant's group
     * (or takes them out of any group), swaps two participants, moves part or all of a group to another group
     * (merging, splitting, forming or dissolving groups in one step), swaps parts of two groups, and makes two
     * changes at once or moves part of a group together with one more participant (forming a group from members
     * who fit nowhere alone).
     *
     * @param settings limits and seed
     * @param environmentMode how much the solver checks itself (tests use {@code FULL_ASSERT})
     * @return the configuration of the co-development solver
     * @throws IllegalArgumentException when no limit is set: a solve must always end
     */
    public static SolverConfig solverConfig(SolverSettings settings, EnvironmentMode environmentMode) {
        return new SolverConfig()
                .withSolutionClass(CodevelopmentPlan.class)
                .withEntityClasses(CodevelopmentParticipant.class)
                .withConstraintProviderClass(CodevelopmentConstraintProvider.class)
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(SolverLimits.termination(settings))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new GroupConstruction())),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                .withMoveSelectors(
                                        new ChangeMoveSelectorConfig(),
                                        new SwapMoveSelectorConfig(),
                                        new PillarChangeMoveSelectorConfig(),
                                        new PillarSwapMoveSelectorConfig(),
                                        new CartesianProductMoveSelectorConfig().withMoveSelectors(
                                                new ChangeMoveSelectorConfig(), new ChangeMoveSelectorConfig()),
                                        new CartesianProductMoveSelectorConfig().withMoveSelectors(
                                                new PillarChangeMoveSelectorConfig(), new ChangeMoveSelectorConfig()))));
    }

    /** @return the programme's weight overrides for the co-development constraints, each on its own level */
    public static ConstraintWeightOverrides<HardMediumSoftScore> weightOverrides(Map<String, Long> weights) {
        return ConstraintWeights.overrides(weights, CodevelopmentConstraint.definitions());
    }
}
