package org.peermatch.core.orientation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;

import org.peermatch.core.model.Mode;

/**
 * Builds a first orientation before local search improves it: applicants the committee pinned first, then those in
 * the most priority groups, then those with the most priority weight of needs (the worst-off if left out), each
 * taking the option with the best value that still fits every capacity left; an option's value is its served
 * priority weight first, then the soft constraints with their default weights. A pinned applicant takes their best
 * option even beyond a capacity (the certifier then names the capacity the committee's decision exceeds). Then a
 * descent on the exact score changes one applicant's option, or one admitted applicant's and one waiting applicant's
 * together, while that improves the score.
 *
 * <p>O(A log A + A × O × M) for the greedy step, A applicants with at most O options of M modes, and O(A² × O² × M)
 * per pass of the descent.
 */
public final class OrientationConstruction implements PhaseCommand<OrientationPlan> {

    /** The most passes of the descent after the greedy step. */
    static final int MAX_PASSES = 20;

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(PhaseCommandContext<OrientationPlan> context) {
        OrientationPlan plan = context.getWorkingSolution();
        var variable = (PlanningVariableMetaModel<OrientationPlan, ApplicantOrientation, OrientationOption>) context
                .getSolutionMetaModel().entity(ApplicantOrientation.class).variable("option",
                        OrientationOption.class);
        Map<Mode, long[]> left = new EnumMap<>(Mode.class);
        for (ModeCapacity capacity : plan.getCapacities()) {
            left.put(capacity.mode(), new long[] {capacity.units(), capacity.participants()});
        }
        long[] admissions = {plan.getLimit().max()};
        for (ApplicantOrientation orientation : plan.getOrientations()) {
            if (orientation.getOption() != null) {
                take(left, admissions, orientation.getOption());
            }
        }
        List<ApplicantOrientation> order = new ArrayList<>(plan.getOrientations());
        order.sort(Comparator.comparingInt((ApplicantOrientation o) -> o.getApplicant().pinned().isEmpty() ? 1 : 0)
                .thenComparingInt(o -> -o.getApplicant().groups().size())
                .thenComparingInt(o -> -o.getApplicant().needWeight())
                .thenComparingInt(o -> o.getApplicant().index()));
        for (ApplicantOrientation orientation : order) {
            if (context.isPhaseTerminated()) {
                return;
            }
            if (orientation.getOption() != null) {
                continue;
            }
            boolean pinned = !orientation.getApplicant().pinned().isEmpty();
            OrientationOption best = null;
            long bestValue = Long.MIN_VALUE;
            for (OrientationOption option : orientation.getOptions()) {
                if (!pinned && !fits(left, admissions, option)) {
                    continue;
                }
                long value = value(orientation.getApplicant(), option);
                if (value > bestValue) {
                    best = option;
                    bestValue = value;
                }
            }
            // Admitting someone with nothing served costs the capacity of others and serves nobody.
            if (best != null && (pinned || best.served() > 0)) {
                take(left, admissions, best);
                context.execute(Moves.change(variable, orientation, best));
            }
        }
        descend(context, variable, plan);
    }

    /**
     * Improves the greedy plan by first-improvement descent on the exact score ({@link OrientationObjective}):
     * changing one applicant's option, or dropping or re-orienting an admitted applicant to admit another, until
     * no such change improves the score or {@value #MAX_PASSES} passes are done. O(passes × A² × O² × M).
     */
    private static void descend(PhaseCommandContext<OrientationPlan> context,
            PlanningVariableMetaModel<OrientationPlan, ApplicantOrientation, OrientationOption> variable,
            OrientationPlan plan) {
        List<ApplicantOrientation> orientations = plan.getOrientations();
        OrientationObjective objective = new OrientationObjective(plan);
        boolean improved = true;
        for (int pass = 0; improved && pass < MAX_PASSES && !context.isPhaseTerminated(); pass++) {
            improved = false;
            for (int i = 0; i < orientations.size(); i++) {
                improved |= improveOne(objective, orientations, i);
            }
            for (int i = 0; i < orientations.size() && !context.isPhaseTerminated(); i++) {
                if (objective.option(i) == null) {
                    continue;
                }
                for (int j = 0; j < orientations.size(); j++) {
                    if (objective.option(j) == null && improvePair(objective, orientations, i, j)) {
                        improved = true;
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < orientations.size(); i++) {
            if (objective.option(i) != orientations.get(i).getOption()) {
                context.execute(Moves.change(variable, orientations.get(i), objective.option(i)));
            }
        }
    }

    private static boolean improveOne(OrientationObjective objective, List<ApplicantOrientation> orientations,
            int i) {
        HardMediumSoftScore best = objective.score();
        OrientationOption original = objective.option(i);
        OrientationOption bestOption = original;
        for (OrientationOption option : withNull(orientations.get(i).getOptions())) {
            objective.set(i, option);
            HardMediumSoftScore score = objective.score();
            if (score.compareTo(best) > 0) {
                best = score;
                bestOption = option;
            }
        }
        objective.set(i, bestOption);
        return bestOption != original;
    }

    private static boolean improvePair(OrientationObjective objective, List<ApplicantOrientation> orientations,
            int i, int j) {
        HardMediumSoftScore start = objective.score();
        OrientationOption oldI = objective.option(i);
        OrientationOption oldJ = objective.option(j);
        HardMediumSoftScore best = start;
        OrientationOption bestI = oldI;
        OrientationOption bestJ = oldJ;
        for (OrientationOption optionI : withNull(orientations.get(i).getOptions())) {
            if (optionI == oldI) {
                continue;
            }
            objective.set(i, optionI);
            for (OrientationOption optionJ : orientations.get(j).getOptions()) {
                objective.set(j, optionJ);
                HardMediumSoftScore score = objective.score();
                if (score.compareTo(best) > 0) {
                    best = score;
                    bestI = optionI;
                    bestJ = optionJ;
                }
            }
            objective.set(j, oldJ);
        }
        objective.set(i, bestI);
        objective.set(j, bestJ);
        return best.compareTo(start) > 0;
    }

    private static List<OrientationOption> withNull(List<OrientationOption> options) {
        List<OrientationOption> all = new ArrayList<>(options.size() + 1);
        all.add(null);
        all.addAll(options);
        return all;
    }

    /** @return the option's served weight, dominant, then its soft value with the default weights */
    static long value(Applicant applicant, OrientationOption option) {
        long unserved = option.unserved();
        long soft = -weight(OrientationConstraint.ORIENTATION_WORST_OFF) * unserved * unserved
                + weight(OrientationConstraint.PRIORITY_GROUP_SERVED) * applicant.groups().size() * option.served()
                + weight(OrientationConstraint.MODE_FIT) * option.fitReward()
                - weight(OrientationConstraint.LOWER_WISH) * option.rankCost()
                - weight(OrientationConstraint.MODE_SERVES_NO_NEED) * option.useless().size();
        return option.served() * 1_000_000L + soft;
    }

    private static long weight(OrientationConstraint constraint) {
        return constraint.definition().defaultWeight();
    }

    private static boolean fits(Map<Mode, long[]> left, long[] admissions, OrientationOption option) {
        if (admissions[0] < 1) {
            return false;
        }
        for (ModeLoad load : option.loads()) {
            long[] mode = left.get(load.mode());
            if (mode == null || mode[0] < load.units() || mode[1] < 1) {
                return false;
            }
        }
        return true;
    }

    private static void take(Map<Mode, long[]> left, long[] admissions, OrientationOption option) {
        admissions[0]--;
        for (ModeLoad load : option.loads()) {
            long[] mode = left.get(load.mode());
            if (mode != null) {
                mode[0] -= load.units();
                mode[1]--;
            }
        }
    }
}
