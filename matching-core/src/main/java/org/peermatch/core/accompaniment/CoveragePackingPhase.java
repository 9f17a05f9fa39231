package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;

import org.peermatch.core.model.SolverSettings;

/**
 * Between the greedy construction and the local search: packs the coverage first ({@link CoveragePacking}), where
 * a move costs microseconds instead of a score calculation, then hands the plan to the local search, which improves
 * the soft rules and the coverage further. The packed plan replaces the working plan only when it covers more
 * priority weight; it keeps every hard rule.
 *
 * <p>One custom phase of {@value #CHUNKS} + 1 commands (each a step of the phase, so the solver publishes the
 * packed plan as it improves): the prices' plan, then the search in {@value #CHUNKS} slices. The search runs twice
 * at once from the prices on, the second copy in a thread of its own (each with its own randomness, half the moves,
 * and the better plan of the two taken after every round): the plateaus it reaches differ from one random stream to
 * another, and two cores reach a better one in the same time (M at 9 s: 1,137.0 and 1,062.8 on average over six
 * streams, against 1,136.5 and 1,061.8 for one search). Budget: half of the
 * time limit when there is one, the first quarter of it for the prices; the move limit, when there is one, bounds
 * the packing's moves too, in equal slices (so a move limit alone gives the same plan for the same seed); the
 * packing ends early after a round of {@value #UNIMPROVED_PER_NEED} moves per need (at least
 * {@value #UNIMPROVED_LEAST}) that covers no more. Skipped when something is pinned, a pair is pinned or a baseline
 * is re-planned (the local search keeps those); configured from {@value #LEAST_NEEDS} needs on.
 */
final class CoveragePackingPhase {

    /** Subgradient steps at most. */
    static final int PRICE_STEPS = 300;
    /** A round of this many moves per need that covers no more ends the packing. */
    static final int UNIMPROVED_PER_NEED = 500;
    /** ... and a round is never shorter than this. */
    static final int UNIMPROVED_LEAST = 10_000;
    /**
     * Programmes with fewer needs are left to the local search ({@link AccompanimentProblem#packs}), which covers
     * them fully or within a point of the optimum (the demo's 94 needs, the benchmarks' S with 63) from the
     * construction's start, kept for the soft rules the construction weighs (sector, preferences, new pairs).
     */
    static final int LEAST_NEEDS = 200;
    /** The search's slices, each published when it covers more. */
    static final int CHUNKS = 8;

    /** The packing of each working plan being solved, from its first command to its last. */
    private static final Map<AccompanimentPlan, Packing> RUNNING = Collections.synchronizedMap(new WeakHashMap<>());

    /** One solve's packing and what is left of its budget. */
    private static final class Packing {
        final CoveragePacking packing;
        final long start = System.nanoTime();
        final SplittableRandom random;
        /** The second search, from the prices on, and its randomness. */
        CoveragePacking island;
        SplittableRandom islandRandom;
        long moves;
        boolean ended;

        Packing(CoveragePacking packing, SolverSettings settings) {
            this.packing = packing;
            random = new SplittableRandom(settings.seed());
            moves = settings.moveCountLimit() == null ? Long.MAX_VALUE : settings.moveCountLimit();
        }
    }

    private CoveragePackingPhase() {
    }

    /**
     * @param settings the solver's limits and seed
     * @return the phase's commands: the prices' plan, then the search's slices
     */
    static List<PhaseCommand<AccompanimentPlan>> commands(SolverSettings settings) {
        long budget = settings.timeLimit() == null ? Long.MAX_VALUE : settings.timeLimit().toNanos() / 2;
        List<PhaseCommand<AccompanimentPlan>> commands = new ArrayList<>();
        commands.add(context -> {
            AccompanimentPlan plan = context.getWorkingSolution();
            RUNNING.remove(plan);
            if (!packable(plan) || context.isPhaseTerminated()) {
                return;
            }
            Packing run = new Packing(CoveragePacking.of(plan), settings);
            RUNNING.put(plan, run);
            run.packing.lagrangianStart(PRICE_STEPS,
                    () -> context.isPhaseTerminated() || System.nanoTime() - run.start > budget / 4);
            run.island = run.packing.island();
            run.islandRandom = run.random.split();
            publish(context, run.packing);
        });
        for (int chunk = 1; chunk <= CHUNKS; chunk++) {
            int slice = chunk;
            commands.add(context -> {
                AccompanimentPlan plan = context.getWorkingSolution();
                Packing run = RUNNING.get(plan);
                if (run == null || run.ended) {
                    if (slice == CHUNKS) {
                        RUNNING.remove(plan);
                    }
                    return;
                }
                long until = budget == Long.MAX_VALUE ? Long.MAX_VALUE
                        : budget / 4 + (budget - budget / 4) / CHUNKS * slice;
                BooleanSupplier late = () -> System.nanoTime() - run.start > until;
                BooleanSupplier stop = () -> context.isPhaseTerminated() || late.getAsBoolean();
                long moves = run.moves == Long.MAX_VALUE ? Long.MAX_VALUE
                        : slice == CHUNKS ? run.moves : run.moves / (CHUNKS - slice + 1);
                long unimproved = Math.max(UNIMPROVED_LEAST,
                        (long) UNIMPROVED_PER_NEED * run.packing.needs().length);
                // rounds of `unimproved` moves (the packing never covers less): a round covering no more ends it
                while (moves > 0 && !stop.getAsBoolean()) {
                    long before = run.packing.value();
                    long round = Math.min(moves, unimproved);
                    long done = searchBoth(context, run, round, stop, late);
                    moves -= done;
                    if (run.moves != Long.MAX_VALUE) {
                        run.moves -= done;
                    }
                    if (done < round) {
                        // stopped, or nothing left to cover
                        run.ended |= !stop.getAsBoolean();
                        break;
                    }
                    if (run.packing.value() <= before) {
                        run.ended = true;
                        break;
                    }
                }
                publish(context, run.packing);
                if (slice == CHUNKS) {
                    RUNNING.remove(plan);
                }
            });
        }
        return commands;
    }

    /**
     * Both searches at once, each from the better plan of the last round and with half the moves (the second in a
     * thread of its own, stopped with the first when the phase is terminated); then both take the better plan (the
     * first's when equal), so a move limit gives the same plan whichever search ends first.
     *
     * @param stop when the first stops (the phase terminated, or its time is up)
     * @param late when the second stops besides (its time is up): it cannot ask the solver's thread's phase
     * @return the moves the two tried
     */
    private static long searchBoth(PhaseCommandContext<AccompanimentPlan> context, Packing run, long moves,
            BooleanSupplier stop, BooleanSupplier late) {
        AtomicBoolean halt = new AtomicBoolean();
        long half = moves / 2;
        long[] islandDone = new long[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread helper = Thread.ofPlatform().daemon().name("peer-match-packing").start(() -> {
            try {
                islandDone[0] = run.island.search(moves - half, () -> halt.get() || late.getAsBoolean(),
                        run.islandRandom);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        long done = 0;
        try {
            done = run.packing.search(half, stop, run.random);
        } finally {
            boolean interrupted = false;
            while (helper.isAlive()) {
                if (context.isPhaseTerminated()) {
                    halt.set(true);
                }
                try {
                    helper.join(10);
                } catch (InterruptedException e) {
                    halt.set(true);
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (run.island.value() > run.packing.value()) {
            run.packing.restore(run.island.assignment());
        } else {
            run.island.restore(run.packing.assignment());
        }
        return done + islandDone[0];
    }

    /** Puts the packed plan in the working plan when it covers more. */
    private static void publish(PhaseCommandContext<AccompanimentPlan> context, CoveragePacking packing) {
        AccompanimentPlan plan = context.getWorkingSolution();
        if (packing.value() > covered(plan)) {
            write(context, plan, packing.needs(), packing.resources(), packing.assignment());
        }
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
                // the need's slots are its participant's
                for (ResourceSlot own : needs[n].getSlots()) {
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
