package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.SolverLimits;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.testing.Programmes;

/**
 * The compound moves drafted on a {@link PlanDraft}: {@link ChainCoverMoveFactory} and
 * {@link RuinRecreateMoveFactory}. On a hand-made plan each does what it says; alone in {@code FULL_ASSERT} solves
 * their incremental scores and undos are exact and pins stay in place.
 */
class DraftMoveFactoryTest {

    /**
     * a needs t1 (priority 1, 4 h) and may only meet r1 (r2 is of its organization); b's t1 (priority 3, 4 h) holds
     * r1's 4 hours, while r2, free, could take it. Covering a's need with r1 must move b's need to r2.
     */
    private static AccompanimentPlan blockedPlan() {
        Programme programme = Programmes.of(List.of(
                Programmes.participant("a", "oa", "music", new Need("t1", 1, 4)),
                Programmes.participant("b", "ob", "music", new Need("t1", 3, 4)),
                Programmes.resource("r1", "o1", "music", 4, 3, new Competence("t1", 4)),
                Programmes.resource("r2", "oa", "music", 4, 3, new Competence("t1", 4))));
        AccompanimentPlan plan = AccompanimentProblem.build(programme, new PairScoring(programme));
        slot(plan, "b#1").setResource(resource(plan, "r1"));
        need(plan, "b/t1").setSlot(slot(plan, "b#1"));
        return plan;
    }

    @Test
    void chainCoversTheNeedAndCoversTheTakenNeedElsewhere() {
        AccompanimentPlan plan = blockedPlan();
        ChainCoverMoveFactory factory = new ChainCoverMoveFactory();
        factory.index = new PlanIndex(plan, null, null);

        apply(factory.build(new Random(1)));

        assertThat(need(plan, "a/t1").getResource()).isEqualTo(resource(plan, "r1"));
        assertThat(need(plan, "b/t1").getResource()).isEqualTo(resource(plan, "r2"));
    }

    @Test
    void ruinAndRecreateRepacksTheCompetentResourcePersons() {
        AccompanimentPlan plan = blockedPlan();
        RuinRecreateMoveFactory factory = new RuinRecreateMoveFactory();
        factory.index = new PlanIndex(plan, null, null);

        apply(factory.build(new Random(1)));

        assertThat(need(plan, "a/t1").getResource()).isEqualTo(resource(plan, "r1"));
        assertThat(need(plan, "b/t1").getResource()).isEqualTo(resource(plan, "r2"));
    }

    @Test
    void insertNeverUncoversAnotherNeed() {
        AccompanimentPlan plan = blockedPlan();
        // a's only candidate r1 is full: inserting never takes b's need away.
        PlanDraft draft = new PlanDraft(new PlanIndex(plan, null, null));
        boolean inserted = draft.insert(need(plan, "a/t1"), null, new Random(3));

        assertThat(inserted).isFalse();
        CoverNeedMove move = draft.toMove();
        assertThat(move.slots()).isEmpty();
        assertThat(move.needs()).isEmpty();
    }

    @Test
    void draftedMovesAloneKeepScoresExactAndPinsInPlace() {
        for (Class<? extends DraftMoveFactory> factory : List.of(ChainCoverMoveFactory.class,
                RuinRecreateMoveFactory.class)) {
            for (long seed = 1; seed <= 4; seed++) {
                Programme programme = Programmes.generateVaried(seed, 14, 6, 8);
                AccompanimentPlan problem = AccompanimentProblem.build(programme, new PairScoring(programme));
                List<String> pinnedBefore = CoverNeedMoveFactoryTest.pinned(problem);

                AccompanimentPlan best = solve(problem, factory, seed, 300L, EnvironmentMode.FULL_ASSERT);

                assertThat(best.getScore()).isNotNull();
                assertThat(CoverNeedMoveFactoryTest.pinned(best)).isEqualTo(pinnedBefore);
            }
        }
    }

    @Test
    void draftedMovesNeverLoseCoverageFoundByTheConstruction() {
        Programme programme = Programmes.generateVaried(11, 20, 8, 10);
        AccompanimentPlan constructed = SolverFactory.<AccompanimentPlan>create(AccompanimentProblem
                .solverConfig(new SolverSettings(null, null, 1L, 3), EnvironmentMode.PHASE_ASSERT)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new GreedyConstruction()))))
                .buildSolver().solve(AccompanimentProblem.build(programme, new PairScoring(programme)));
        for (Class<? extends DraftMoveFactory> factory : List.of(ChainCoverMoveFactory.class,
                RuinRecreateMoveFactory.class)) {
            AccompanimentPlan searched = solve(AccompanimentProblem.build(programme, new PairScoring(programme)),
                    factory, 3, 2_000L, EnvironmentMode.PHASE_ASSERT);

            assertThat(searched.getScore()).isGreaterThanOrEqualTo(constructed.getScore());
        }
    }

    /**
     * The loads kept over the steps ({@link WorkingLoads}, brought up to date at each step) equal the loads read
     * from the whole plan, and drafts on them equal drafts on loads read afresh, for the same random draws, while
     * the plan changes step after step; the same for loads that watch the plan's setters to compare only the
     * participants that changed.
     */
    @Test
    void keptLoadsFollowThePlanAndDraftTheSameMovesAsFreshOnes() {
        for (boolean watching : new boolean[] {false, true}) {
            for (long seed = 1; seed <= 3; seed++) {
                keptLoadsFollowThePlan(seed, watching);
            }
        }
    }

    private static void keptLoadsFollowThePlan(long seed, boolean watching) {
        {
            Programme programme = Programmes.generateVaried(seed, 24, 8, 10);
            AccompanimentPlan plan = AccompanimentProblem.build(programme, new PairScoring(programme));
            PlanIndex index = new PlanIndex(plan, null, null);
            List<PlanMoveFactory> factories = List.of(new CoverNeedMoveFactory(), new ChainCoverMoveFactory(),
                    new RuinRecreateMoveFactory());
            for (PlanMoveFactory factory : factories) {
                factory.index = index;
            }
            WorkingLoads kept = watching ? WorkingLoads.watching(index) : new WorkingLoads(index);
            Random random = new Random(seed);
            int changes = 0;
            for (int step = 0; step < 60; step++) {
                kept.stepStarted();
                CoverNeedMove chosen = null;
                for (PlanMoveFactory factory : factories) {
                    for (int draft = 0; draft < 3; draft++) {
                        long draw = random.nextLong();
                        CoverNeedMove onKept = factory.build(new Random(draw), kept);
                        CoverNeedMove onFresh = factory.build(new Random(draw));
                        assertThat(onKept).hasToString(onFresh.toString());
                        if (!onKept.needs().isEmpty() && random.nextInt(3) == 0) {
                            chosen = onKept;
                        }
                    }
                }
                assertLoadsRead(plan, index, kept);
                if (chosen != null) {
                    apply(chosen);
                    changes++;
                }
            }
            assertThat(changes).isGreaterThan(10);
            kept.close();
        }
    }

    /**
     * Compares the kept loads with the hours and participants read from every need of the plan, and the needs kept
     * for each resource person with those read from their candidates (the way drafts read them before).
     */
    private static void assertLoadsRead(AccompanimentPlan plan, PlanIndex index, WorkingLoads kept) {
        int[] hours = new int[plan.getResourcePersons().size()];
        List<Set<Participant>> participants = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            participants.add(new HashSet<>());
        }
        for (NeedAssignment need : plan.getAssignments()) {
            if (need.getResource() != null) {
                hours[need.getResource().index()] += need.hours();
                participants.get(need.getResource().index()).add(need.getParticipant());
            }
        }
        for (ResourcePerson resource : plan.getResourcePersons()) {
            assertThat(kept.hours(resource)).as("hours of %s", resource).isEqualTo(hours[resource.index()]);
            assertThat(kept.participants(resource)).as("participants of %s", resource)
                    .isEqualTo(participants.get(resource.index()).size());
            List<NeedAssignment> covered = new ArrayList<>();
            for (Participant participant : index.candidatesOf(resource)) {
                for (NeedAssignment need : index.needsOf(participant)) {
                    if (need.getResource() == resource) {
                        covered.add(need);
                    }
                }
            }
            assertThat(kept.covered(resource)).as("needs of %s", resource).containsExactlyElementsOf(covered);
        }
    }

    private static AccompanimentPlan solve(AccompanimentPlan problem, Class<? extends DraftMoveFactory> factory,
            long seed, long moves, EnvironmentMode mode) {
        SolverConfig config = AccompanimentProblem.solverConfig(new SolverSettings(null, null, moves, seed), mode)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new GreedyConstruction())),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(factory)));
        return SolverFactory.<AccompanimentPlan>create(config).buildSolver().solve(problem);
    }

    private static void apply(CoverNeedMove move) {
        for (int i = 0; i < move.slots().size(); i++) {
            move.slots().get(i).setResource(move.resources().get(i));
        }
        for (int i = 0; i < move.needs().size(); i++) {
            move.needs().get(i).setSlot(move.needSlots().get(i));
        }
    }

    private static ResourceSlot slot(AccompanimentPlan plan, String id) {
        return plan.getSlots().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
    }

    private static NeedAssignment need(AccompanimentPlan plan, String id) {
        return plan.getAssignments().stream().filter(n -> n.getId().equals(id)).findFirst().orElseThrow();
    }

    private static ResourcePerson resource(AccompanimentPlan plan, String id) {
        return plan.getResourcePersons().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }
}
