package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.plan.SolverLimits;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;

/**
 * Builds the individual accompaniment planning problem from a programme: participants are the members requesting
 * accompaniment, resource persons the members offering it, one {@link NeedAssignment} per need.
 *
 * <p>Pair facts are computed for the pairs competent on at least one of the participant's needs (or pinned), and
 * what the constraints read of them is kept for those that break no rule of the pair itself: O(P × C × days) for
 * C such resource persons per participant, plus O(T × R) for the levels of T topics, shared by a topic's needs.
 */
public final class AccompanimentProblem {

    private AccompanimentProblem() {
    }

    /** @return the unsolved plan, with pinned pairs that name a topic already assigned and pinned */
    public static AccompanimentPlan build(Programme programme, PairScoring scoring) {
        List<ResourcePerson> resources = new ArrayList<>();
        Map<String, ResourcePerson> resourceById = new HashMap<>();
        for (Member member : programme.members()) {
            Offer offer = member.offer(Mode.ACCOMPANIMENT);
            if (offer != null) {
                ResourcePerson resource = new ResourcePerson(resources.size(), member, offer.hours(),
                        offer.participants());
                resources.add(resource);
                resourceById.putIfAbsent(member.id(), resource);
            }
        }
        int minimumLevel = programme.accompaniment().minimumLevel();
        long[] priorityWeights = PriorityWeights.of(programme);
        MeetingSpread spread = new MeetingSpread(programme);
        int maxResourcePersons = programme.accompaniment().maxResourcePersons();
        TopicLevels levels = new TopicLevels(resources, minimumLevel);
        List<Participant> participants = new ArrayList<>();
        List<ResourceSlot> slots = new ArrayList<>();
        List<NeedAssignment> assignments = new ArrayList<>();
        List<PinnedPairFact> pinned = new ArrayList<>();
        List<Member> requesting = programme.participantsIn(Mode.ACCOMPANIMENT);
        for (Member member : requesting) {
            for (Need need : member.needs()) {
                levels.competent(need.topic());
            }
        }
        // The pair facts are most of the building time at scale (millions of pairs): computed for the
        // participants in parallel, collected in order, so the plan is the same as built one by one.
        List<List<PinnedPair>> pinsOf = requesting.stream()
                .map(member -> pinsOf(programme, member.id(), resourceById)).toList();
        List<Candidates> candidatesOf = IntStream.range(0, requesting.size()).parallel()
                .mapToObj(p -> candidates(requesting.get(p), pinsOf.get(p), resources, resourceById, levels,
                        scoring, maxResourcePersons, spread))
                .toList();
        for (int p = 0; p < requesting.size(); p++) {
            Member member = requesting.get(p);
            List<PinnedPair> pins = pinsOf.get(p);
            List<ResourcePerson> candidates = candidatesOf.get(p).resources();
            Participant participant = candidatesOf.get(p).participant();
            participants.add(participant);
            List<ResourceSlot> own = new ArrayList<>();
            // One slot per resource person the participant may meet, more if the committee pinned more.
            for (int k = 0; k < Math.max(maxResourcePersons, pins.size()); k++) {
                own.add(new ResourceSlot(member.id() + "#" + (k + 1), participant, candidates, null, false));
            }
            for (int k = 0; k < pins.size(); k++) {
                ResourcePerson resource = resourceById.get(pins.get(k).resource());
                own.get(k).setResource(resource);
                own.get(k).setPinned(true);
                pinned.add(new PinnedPairFact(participant, resource));
            }
            slots.addAll(own);
            List<ResourceSlot> ownSlots = List.copyOf(own);
            for (Need need : member.needs()) {
                ResourceSlot pinnedSlot = null;
                for (PinnedPair pin : programme.decisions().pinned()) {
                    if (pin.participant().equals(member.id()) && need.topic().equals(pin.topic())) {
                        for (int k = 0; k < pins.size(); k++) {
                            if (pins.get(k).resource().equals(pin.resource())) {
                                pinnedSlot = own.get(k);
                            }
                        }
                    }
                }
                assignments.add(new NeedAssignment(member.id() + "/" + need.topic(), participant, ownSlots, need,
                        levels.levels(need.topic()), minimumLevel, pinnedSlot, pinnedSlot != null,
                        priorityWeights[need.priority()]));
            }
        }
        return new AccompanimentPlan(List.copyOf(participants), List.copyOf(resources), List.copyOf(pinned),
                slots, assignments, weightOverrides(programme.weights()));
    }

    /**
     * The plan re-planned from a baseline: built as {@link #build(Programme, PairScoring)}, then each pair of the
     * baseline still allowed is put back (within every capacity) before the construction fills the rest, and
     * {@code keep-baseline-pair} (and, with a budget, {@code baseline-changes-exceeded}) weigh every change.
     *
     * @param baseline the published proposal to stay close to ({@link Baseline#NONE}: a plan from scratch)
     * @param maxChanges the most pairs that may be dropped or added, or {@link ReplanFact#UNLIMITED}
     * @return the unsolved plan, started from the baseline
     */
    public static AccompanimentPlan build(Programme programme, PairScoring scoring, Baseline baseline,
            int maxChanges) {
        AccompanimentPlan plan = build(programme, scoring);
        if (baseline != null && baseline != Baseline.NONE) {
            BaselineSeeding.seed(plan, baseline, maxChanges);
        }
        return plan;
    }

    /**
     * Marks the pairs of earlier alternatives, which {@code alternative-pair-reused} then makes cost.
     *
     * @param plan the unsolved plan
     * @param earlier each earlier pair as {@code [participant id, resource person id]}
     */
    public static void avoid(AccompanimentPlan plan, List<List<String>> earlier) {
        Map<String, Participant> participants = new HashMap<>();
        plan.getParticipants().forEach(participant -> participants.put(participant.getId(), participant));
        Map<String, ResourcePerson> resources = new HashMap<>();
        plan.getResourcePersons().forEach(resource -> resources.putIfAbsent(resource.getId(), resource));
        List<EarlierPairFact> facts = new ArrayList<>();
        for (List<String> pair : earlier) {
            Participant participant = participants.get(pair.get(0));
            ResourcePerson resource = resources.get(pair.get(1));
            if (participant != null && resource != null) {
                facts.add(new EarlierPairFact(participant, resource));
            }
        }
        plan.setEarlierPairs(List.copyOf(facts));
    }

    /**
     * A participant and the resource persons their slots may take.
     *
     * @param participant the participant, with what the constraints read of each candidate pair
     * @param resources the candidates, in document order
     */
    private record Candidates(Participant participant, List<ResourcePerson> resources) {
    }

    /**
     * @return the participant with the resource persons their slots may take: no conflict of interest, enough
     *         common availability, competent on at least one of the participant's needs; pinned ones always
     */
    private static Candidates candidates(Member member, List<PinnedPair> pins, List<ResourcePerson> resources,
            Map<String, ResourcePerson> resourceById, TopicLevels levels, PairScoring scoring,
            int maxResourcePersons, MeetingSpread spread) {
        BitSet possible = new BitSet(resources.size());
        for (Need need : member.needs()) {
            possible.or(levels.competent(need.topic()));
        }
        for (PinnedPair pin : pins) {
            possible.set(resourceById.get(pin.resource()).index());
        }
        List<ResourcePerson> candidates = new ArrayList<>();
        List<PairFacts> facts = new ArrayList<>();
        for (int i = possible.nextSetBit(0); i >= 0; i = possible.nextSetBit(i + 1)) {
            ResourcePerson resource = resources.get(i);
            PairFacts pair = scoring.facts(member, resource.member());
            boolean isPinned = !pins.isEmpty()
                    && pins.stream().anyMatch(pin -> pin.resource().equals(resource.getId()));
            if (isPinned || (!pair.conflicted() && pair.missingHalfDays() == 0)) {
                candidates.add(resource);
                facts.add(pair);
            }
        }
        // The full facts are dropped here (the participant keeps what the constraints read) and computed again on
        // demand for explanations.
        Participant participant = new Participant(member, maxResourcePersons,
                candidates.stream().mapToInt(ResourcePerson::index).toArray(), facts,
                resource -> scoring.facts(member, resource.member()));
        participant.limitMeetings(candidates.stream().mapToInt(resource -> spread.datable(member,
                resource.member())).toArray(), spread.meetingHours());
        return new Candidates(participant, List.copyOf(candidates));
    }

    /**
     * Each topic's levels by resource person and who masters it at the minimum level, computed once per topic:
     * filled for every topic of the needs before the parallel pass over the participants, which only reads it.
     */
    private static final class TopicLevels {

        private final List<ResourcePerson> resources;
        private final int minimumLevel;
        private final Map<String, int[]> levels = new HashMap<>();
        private final Map<String, BitSet> competent = new HashMap<>();

        TopicLevels(List<ResourcePerson> resources, int minimumLevel) {
            this.resources = resources;
            this.minimumLevel = minimumLevel;
        }

        /** @return each resource person's level on the topic, by index; shared by every need of the topic */
        int[] levels(String topic) {
            return levels.computeIfAbsent(topic, t -> {
                int[] byResource = new int[resources.size()];
                for (ResourcePerson resource : resources) {
                    byResource[resource.index()] = resource.member().levelOn(t);
                }
                return byResource;
            });
        }

        /** @return the indices of the resource persons at the minimum level or above on the topic */
        BitSet competent(String topic) {
            return competent.computeIfAbsent(topic, t -> {
                int[] byResource = levels(t);
                BitSet indices = new BitSet(byResource.length);
                for (int i = 0; i < byResource.length; i++) {
                    if (byResource[i] >= minimumLevel) {
                        indices.set(i);
                    }
                }
                return indices;
            });
        }
    }

    /** @return the participant's pins naming a resource person who offers accompaniment, one per person */
    private static List<PinnedPair> pinsOf(Programme programme, String participantId,
            Map<String, ResourcePerson> resourceById) {
        List<PinnedPair> pins = new ArrayList<>();
        for (PinnedPair pin : programme.decisions().pinned()) {
            boolean known = resourceById.containsKey(pin.resource());
            boolean repeated = pins.stream().anyMatch(other -> other.resource().equals(pin.resource()));
            if (pin.participant().equals(participantId) && known && !repeated) {
                pins.add(pin);
            }
        }
        return pins;
    }

    /** @return the programme's weight overrides for the accompaniment constraints, each on its own level */
    public static ConstraintWeightOverrides<HardMediumSoftScore> weightOverrides(Map<String, Long> weights) {
        return ConstraintWeights.overrides(weights, AccompanimentConstraint.definitions());
    }

    /**
     * @param settings limits and seed
     * @param environmentMode how much the solver checks itself (tests use {@code FULL_ASSERT})
     * @return the configuration of the individual accompaniment solver
     * @throws IllegalArgumentException when no limit is set: a solve must always end
     */
    public static SolverConfig solverConfig(SolverSettings settings, EnvironmentMode environmentMode) {
        return solverConfig(settings, environmentMode, AccompanimentSearch.DEFAULT);
    }

    /**
     * @param settings limits and seed
     * @param environmentMode how much the solver checks itself (tests use {@code FULL_ASSERT})
     * @param search the local search's acceptor and move mix ({@link AccompanimentSearch#DEFAULT} unless tuning)
     * @return the configuration of the individual accompaniment solver
     * @throws IllegalArgumentException when no limit is set: a solve must always end
     */
    public static SolverConfig solverConfig(SolverSettings settings, EnvironmentMode environmentMode,
            AccompanimentSearch search) {
        return solverConfig(settings, environmentMode, search, false);
    }

    /**
     * The configuration of a re-plan ({@code replanning} true): between the construction and the late acceptance,
     * a hill climbing over the same moves (a third of the move limit, else 3,000 moves)
     * covers the released needs by accepting only moves that do not worsen the score, so that the late
     * acceptance, which starts by accepting anything better than the first score of its phase, does not wander
     * away from the baseline while needs are still uncovered.
     *
     * @param replanning whether the plan was seeded from a baseline
     * @return the configuration; as {@link #solverConfig(SolverSettings, EnvironmentMode, AccompanimentSearch)}
     *         when not replanning
     */
    public static SolverConfig solverConfig(SolverSettings settings, EnvironmentMode environmentMode,
            AccompanimentSearch search, boolean replanning) {
        return solverConfig(settings, environmentMode, search, replanning, false);
    }

    /**
     * @param packing whether the {@link CoveragePackingPhase} runs between the construction and the local search
     *        (the coverage packed on plain arrays, within half the time limit or the move limit): see
     *        {@link #packs}
     * @return the configuration; as {@link #solverConfig(SolverSettings, EnvironmentMode, AccompanimentSearch,
     *         boolean)} without packing
     */
    public static SolverConfig solverConfig(SolverSettings settings, EnvironmentMode environmentMode,
            AccompanimentSearch search, boolean replanning, boolean packing) {
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new GreedyConstruction())));
        if (packing && !replanning) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommandList(CoveragePackingPhase.commands(settings)));
        }
        if (replanning) {
            long climb = settings.moveCountLimit() != null ? Math.max(1, settings.moveCountLimit() / 3)
                    : REPLAN_CLIMB_MOVES;
            phases.add(accompanimentLocalSearch(search)
                    .withAcceptorConfig(new LocalSearchAcceptorConfig()
                            .withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING)))
                    .withTerminationConfig(new TerminationConfig().withMoveCountLimit(climb)));
        }
        phases.add(accompanimentLocalSearch(search));
        return new SolverConfig()
                .withSolutionClass(AccompanimentPlan.class)
                .withEntityClasses(ResourceSlot.class, NeedAssignment.class)
                .withConstraintProviderClass(AccompanimentConstraintProvider.class)
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(SolverLimits.termination(settings))
                .withPhaseList(phases);
    }

    /**
     * Whether the coverage packing pays on this plan: {@value CoveragePackingPhase#LEAST_NEEDS} needs or more (below,
     * the local search covers fully or within a point of the optimum from the construction's start, which also
     * weighs the soft rules), and nothing pinned, no pinned pair and no baseline (the packing ignores them).
     *
     * @param plan the plan about to be solved
     * @return whether to configure the solver with the packing phase
     */
    public static boolean packs(AccompanimentPlan plan) {
        return plan.getAssignments().size() >= CoveragePackingPhase.LEAST_NEEDS && CoveragePackingPhase.packable(plan);
    }

    /** The hill climbing of a re-plan without a move limit evaluates this many moves. */
    static final long REPLAN_CLIMB_MOVES = 3_000;

    /**
     * Local search over both levels of the plan: which resource person fills a participant's slot (changed alone
     * or swapped between two slots), which slot covers a need, and three domain moves: a
     * {@link CoverNeedMoveFactory cover move} that gives a need a competent resource person in one step (its slot
     * and the slot's other needs follow, other participants' needs make room), three times as often as each generic
     * move; its {@link ChainCoverMoveFactory ejection chain}, which covers the needs that made room elsewhere at
     * once, and a {@link RuinRecreateMoveFactory ruin and recreate} of one to three resource persons competent on a
     * need, each twice as often. Late acceptance over 100 steps: the default 400 wanders too far at M
     * (benchmarks/README.md, "Findings for tuning").
     */
    static LocalSearchPhaseConfig accompanimentLocalSearch(AccompanimentSearch search) {
        List<MoveSelectorConfig<?>> selectors = new ArrayList<>();
        add(selectors, new ChangeMoveSelectorConfig().withEntitySelectorConfig(entities(ResourceSlot.class)),
                search.slotChange());
        add(selectors, new SwapMoveSelectorConfig().withEntitySelectorConfig(entities(ResourceSlot.class)),
                search.slotSwap());
        add(selectors, new ChangeMoveSelectorConfig().withEntitySelectorConfig(entities(NeedAssignment.class)),
                search.needChange());
        add(selectors, new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(CoverNeedMoveFactory.class),
                search.cover());
        add(selectors, new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ChainCoverMoveFactory.class),
                search.chain());
        add(selectors, new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RuinRecreateMoveFactory.class),
                search.ruinRecreate());
        return new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withLateAcceptanceSize(search.lateAcceptanceSize()))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                        .withMoveSelectors(selectors.toArray(new MoveSelectorConfig<?>[0])));
    }

    /** Adds the selector with its selection weight, leaving out a move whose weight is 0. */
    private static void add(List<MoveSelectorConfig<?>> selectors, MoveSelectorConfig<?> selector, double weight) {
        if (weight > 0) {
            selector.setFixedProbabilityWeight(weight);
            selectors.add(selector);
        }
    }

    private static EntitySelectorConfig entities(Class<?> entityClass) {
        return new EntitySelectorConfig().withEntityClass(entityClass);
    }
}
