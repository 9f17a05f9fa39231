package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;

import org.peermatch.core.model.SolverSettings;

/**
 * Between the greedy construction and the local search: packs the coverage first ({@link CoveragePacking}), where
 * a move costs microseconds instead of a score calculation, then hands the plan to the local search, which improves
 * the soft rules and the coverage further. The packed plan replaces the constructed one only when it covers more
 * priority weight; it keeps every hard rule.
 *
 * <p>Budget: half of the time limit when there is one, the first quarter of it for the prices; the move limit, when
 * there is one, bounds the packing's moves too (so a move limit alone gives the same plan for the same seed);
 * the packing also stops after {@value #UNIMPROVED_PER_NEED} moves per need without a better plan. Skipped when
 * something is pinned, a pair is pinned or a baseline is re-planned: the local search keeps those.
 */
final class CoveragePackingPhase implements PhaseCommand<AccompanimentPlan> {

    /** Subgradient steps at most. */
    static final int PRICE_STEPS = 300;
    /** The packing stops after this many moves per need without covering more. */
    static final int UNIMPROVED_PER_NEED = 100;
    /** ... and never before this many. */
    static final int UNIMPROVED_LEAST = 10_000;

    private final SolverSettings settings;

    /** @param settings the solver's limits and seed */
    CoveragePackingPhase(SolverSettings settings) {
        this.settings = settings;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(PhaseCommandContext<AccompanimentPlan> context) {
        AccompanimentPlan plan = context.getWorkingSolution();
        if (!packable(plan) || context.isPhaseTerminated()) {
            return;
        }
        long start = System.nanoTime();
        long budget = settings.timeLimit() == null ? Long.MAX_VALUE : settings.timeLimit().toNanos() / 2;
        BooleanSupplier pricesStop = () -> context.isPhaseTerminated() || System.nanoTime() - start > budget / 4;
        BooleanSupplier stop = () -> context.isPhaseTerminated() || System.nanoTime() - start > budget;
        CoveragePacking packing = CoveragePacking.of(plan);
        packing.lagrangianStart(PRICE_STEPS, pricesStop);
        long moves = settings.moveCountLimit() == null ? Long.MAX_VALUE : settings.moveCountLimit();
        long unimproved = Math.max(UNIMPROVED_LEAST, (long) UNIMPROVED_PER_NEED * packing.needs().length);
        SplittableRandom random = new SplittableRandom(settings.seed());
        // rounds of `unimproved` moves (the packing never covers less): a round that covers no more ends it
        long before;
        do {
            before = packing.value();
            moves -= packing.search(Math.min(moves, unimproved), stop, random);
        } while (packing.value() > before && moves > 0 && !stop.getAsBoolean());
        if (packing.value() <= covered(plan)) {
            return;
        }
        write(context, plan, packing.needs(), packing.resources(), packing.assignment());
    }

    /** @return whether nothing pinned, re-planned or kept from a baseline binds the plan */
    static boolean packable(AccompanimentPlan plan) {
        if (!plan.getPinnedPairs().isEmpty() || !plan.getReplan().isEmpty() || !plan.getBaselinePairs().isEmpty()
                || !plan.getBaselineNeeds().isEmpty()) {
            return false;
        }
        for (ResourceSlot slot : plan.getSlots()) {
            if (slot.isPinned()) {
                return false;
            }
        }
        for (NeedAssignment need : plan.getAssignments()) {
            if (need.isPinned()) {
                return false;
            }
        }
        return true;
    }

    private static long covered(AccompanimentPlan plan) {
        long covered = 0;
        for (NeedAssignment need : plan.getAssignments()) {
            if (need.getResource() != null) {
                covered += need.getCoverWeight();
            }
        }
        return covered;
    }

    /** Puts the packed plan in the working plan: each participant's slots hold its resource persons. */
    @SuppressWarnings("unchecked")
    private static void write(PhaseCommandContext<AccompanimentPlan> context, AccompanimentPlan plan,
            NeedAssignment[] needs, ResourcePerson[] resources, int[] assignment) {
        var slotResource = (PlanningVariableMetaModel<AccompanimentPlan, ResourceSlot, ResourcePerson>) context
                .getSolutionMetaModel().entity(ResourceSlot.class).variable("resource", ResourcePerson.class);
        var needSlot = (PlanningVariableMetaModel<AccompanimentPlan, NeedAssignment, ResourceSlot>) context
                .getSolutionMetaModel().entity(NeedAssignment.class).variable("slot", ResourceSlot.class);
        Map<Participant, List<ResourcePerson>> wanted = new HashMap<>();
        for (int n = 0; n < needs.length; n++) {
            if (assignment[n] >= 0) {
                List<ResourcePerson> own = wanted.computeIfAbsent(needs[n].getParticipant(), p -> new ArrayList<>());
                if (!own.contains(resources[assignment[n]])) {
                    own.add(resources[assignment[n]]);
                }
            }
        }
        Map<ResourceSlot, ResourcePerson> target = new HashMap<>();
        Map<Participant, List<ResourceSlot>> slotsOf = new HashMap<>();
        for (ResourceSlot slot : plan.getSlots()) {
            slotsOf.computeIfAbsent(slot.getParticipant(), p -> new ArrayList<>()).add(slot);
        }
        for (Map.Entry<Participant, List<ResourceSlot>> entry : slotsOf.entrySet()) {
            List<ResourcePerson> own = new ArrayList<>(wanted.getOrDefault(entry.getKey(), List.of()));
            List<ResourceSlot> free = new ArrayList<>();
            // a slot already holding a wanted resource person keeps it: fewer changes
            for (ResourceSlot slot : entry.getValue()) {
                if (slot.getResource() != null && own.remove(slot.getResource())) {
                    target.put(slot, slot.getResource());
                } else {
                    free.add(slot);
                }
            }
            for (ResourceSlot slot : free) {
                target.put(slot, own.isEmpty() ? null : own.removeFirst());
            }
        }
        for (ResourceSlot slot : plan.getSlots()) {
            if (slot.getResource() != target.get(slot)) {
                context.execute(Moves.change(slotResource, slot, target.get(slot)));
            }
        }
        for (int n = 0; n < needs.length; n++) {
            ResourceSlot slot = null;
            if (assignment[n] >= 0) {
                for (ResourceSlot own : slotsOf.get(needs[n].getParticipant())) {
                    if (target.get(own) == resources[assignment[n]]) {
                        slot = own;
                    }
                }
            }
            if (needs[n].getSlot() != slot) {
                context.execute(Moves.change(needSlot, needs[n], slot));
            }
        }
    }
}
