package org.peermatch.core.immersion;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineImmersion;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.plan.SolverLimits;
import org.peermatch.core.scoring.NoveltyModel;

/**
 * Builds the immersion mentoring planning problem from a programme: mentees are the members requesting
 * {@code immersion}, mentors the members offering immersion days, one {@link MenteePlacement} per mentee.
 *
 * <p><b>Candidates.</b> A mentee's placement may only take the mentor days of mentors who break no rule of the
 * pair itself: a common sector (when required), no conflict of interest, more experience, and a common full
 * working day. The rules that depend on the other placements (days offered, one mentee a day) are left to the
 * search. Every rule is still a constraint, so a candidate list given by hand is scored correctly. A rule whose
 * weight the programme sets to 0 is switched off: it prunes nothing.
 *
 * <p><b>Bounded days.</b> A pair keeps at most {@value #MAX_DAYS_PER_PAIR} of its common full days, so a search
 * over 200 mentees × 60 mentors stays small (at most 720 values a mentee). Each mentor has a grid of
 * {@value #MAX_DAYS_PER_PAIR} days spread evenly over their own full days, shifted by a different fraction for each
 * mentor so that mentors' grids cover different dates; a pair keeps its common days on the mentor's grid first (so
 * that the mentor's mentees share values and can swap them), then days spread evenly over the rest of its common
 * days, shifted per mentee. Programmes of at most {@value #MAX_DAYS_PER_PAIR} weekdays keep every day.
 *
 * <p>O(T × R × D / 64) for T mentees, R mentors and D programme days.
 */
public final class ImmersionProblem {

    /** The most candidate days kept for one mentee–mentor pair. */
    public static final int MAX_DAYS_PER_PAIR = 12;

    private static final double GOLDEN = 0.6180339887498949;

    private ImmersionProblem() {
    }

    /**
     * @param programme the programme
     * @param novelty the novelty model, already including the pairs planned in other modes of the same proposal
     * @return the unsolved plan: every mentee unplaced
     */
    public static ImmersionPlan build(Programme programme, NoveltyModel novelty) {
        return build(programme, novelty, Baseline.NONE);
    }

    /**
     * The plan re-planned from a published proposal: built as {@link #build(Programme, NoveltyModel)}, then each
     * mentee's published immersion day that is still possible (the mentor still offers days and breaks no rule of
     * the pair, the date is a full day both are available, within the mentor's days and one mentee a day) is put
     * back as the mentee's starting day and marked, so that {@code keep-baseline-immersion} weighs every change.
     * A published day no longer possible is released: the mentee starts unplaced.
     *
     * @param programme the programme
     * @param novelty the novelty model, already including the pairs planned in other modes of the same proposal
     * @param baseline the published proposal ({@link Baseline#NONE}: a plan from scratch)
     * @return the unsolved plan, started from the baseline's days still possible
     */
    public static ImmersionPlan build(Programme programme, NoveltyModel novelty, Baseline baseline) {
        ImmersionScoring scoring = new ImmersionScoring(programme, novelty);
        List<Mentor> mentors = new ArrayList<>();
        for (Member member : programme.members()) {
            Offer offer = member.offer(Mode.IMMERSION);
            if (offer != null && offer.days() > 0) {
                mentors.add(new Mentor(mentors.size(), member, offer.days(), scoring.fullDays(member)));
            }
        }
        List<int[]> grids = new ArrayList<>();
        for (Mentor mentor : mentors) {
            grids.add(spread(toArray(mentor.fullDays()), MAX_DAYS_PER_PAIR, fraction(mentor.index())));
        }
        // A hard rule the committee switched off (weight 0) does not prune candidates either.
        boolean sameSector = programme.immersion().sameSectorRequired();
        boolean dayRule = isOn(programme, ImmersionConstraint.IMMERSION_DAY_UNAVAILABLE);
        BitSet weekdays = scoring.fullDays(null);
        Map<String, MentorDay> mentorDays = new LinkedHashMap<>();
        List<Mentee> mentees = new ArrayList<>();
        List<MenteePlacement> placements = new ArrayList<>();
        Map<String, Mentor> mentorsById = new HashMap<>();
        mentors.forEach(mentor -> mentorsById.put(mentor.getId(), mentor));
        int[] published = new int[mentors.size()];
        Set<MentorDay> publishedDays = new HashSet<>();
        for (Member member : programme.participantsIn(Mode.IMMERSION)) {
            List<ImmersionPairFacts> pairs = new ArrayList<>(mentors.size());
            for (Mentor mentor : mentors) {
                pairs.add(scoring.facts(member, mentor.member()));
            }
            Mentee mentee = new Mentee(mentees.size(), member, scoring.fullDays(member), pairs);
            mentees.add(mentee);
            List<MentorDay> candidates = new ArrayList<>();
            for (Mentor mentor : mentors) {
                ImmersionPairFacts facts = mentee.pairWith(mentor);
                if (!PublishedDay.pairAllowed(programme, facts)) {
                    continue;
                }
                int[] days = dayRule ? candidateDays(mentee.fullDays(), mentor.fullDays(), grids.get(mentor.index()),
                        mentee.index()) : candidateDays(weekdays, weekdays, grids.get(mentor.index()), mentee.index());
                for (int day : days) {
                    candidates.add(mentorDays.computeIfAbsent(mentor.getId() + "@" + day,
                            key -> new MentorDay(mentor, scoring.dateOf(day), day)));
                }
            }
            MentorDay kept = null;
            BaselineImmersion day = baseline.immersionOf(member.id());
            Mentor mentor = day == null ? null : mentorsById.get(day.mentor());
            if (mentor != null && PublishedDay.of(programme, scoring, member.id(), mentor.getId(), day.day())
                    == PublishedDay.POSSIBLE) {
                int number = scoring.dayNumber(day.day());
                if (published[mentor.index()] < mentor.days()) {
                    MentorDay candidate = mentorDays.computeIfAbsent(mentor.getId() + "@" + number,
                            key -> new MentorDay(mentor, scoring.dateOf(number), number));
                    if (publishedDays.add(candidate)) {
                        published[mentor.index()]++;
                        kept = candidate;
                        if (!candidates.contains(candidate)) {
                            candidates.add(candidate);
                        }
                    }
                }
            }
            MenteePlacement placement = new MenteePlacement(mentee, List.copyOf(candidates), sameSector, kept);
            placement.setBaselineDay(kept);
            placements.add(placement);
        }
        return new ImmersionPlan(List.copyOf(mentees), List.copyOf(mentors), List.copyOf(mentorDays.values()),
                placements, weightOverrides(programme.weights()));
    }

    /**
     * Fixes a mentee on one of a mentor's candidate days, within every capacity: whoever else starts on that day
     * starts unplaced, and so does the mentor's last other mentee when the mentor's days are all taken.
     *
     * @param plan a plan just built
     * @param mentee the mentee's id
     * @param day one of the mentee's candidate days
     */
    public static void pin(ImmersionPlan plan, String mentee, MentorDay day) {
        MenteePlacement last = null;
        int hosted = 0;
        for (MenteePlacement placement : plan.getPlacements()) {
            if (placement.getMentee().getId().equals(mentee) || placement.getMentorDay() == null) {
                continue;
            }
            if (placement.getMentorDay().equals(day)) {
                placement.setMentorDay(null);
            } else if (placement.getMentorDay().mentor() == day.mentor()) {
                hosted++;
                last = placement;
            }
        }
        if (hosted >= day.mentor().days() && last != null) {
            last.setMentorDay(null);
        }
        for (MenteePlacement placement : plan.getPlacements()) {
            if (placement.getMentee().getId().equals(mentee)) {
                placement.pinTo(day);
            }
        }
    }

    /** @return the pair's candidate day numbers, ascending, at most {@value #MAX_DAYS_PER_PAIR} */
    static int[] candidateDays(BitSet menteeDays, BitSet mentorDays, int[] grid, int menteeIndex) {
        BitSet common = (BitSet) menteeDays.clone();
        common.and(mentorDays);
        int[] all = toArray(common);
        if (all.length <= MAX_DAYS_PER_PAIR) {
            return all;
        }
        BitSet chosen = new BitSet();
        for (int day : grid) {
            if (common.get(day)) {
                chosen.set(day);
            }
        }
        BitSet rest = (BitSet) common.clone();
        rest.andNot(chosen);
        for (int day : spread(toArray(rest), MAX_DAYS_PER_PAIR - chosen.cardinality(), fraction(menteeIndex))) {
            chosen.set(day);
        }
        return toArray(chosen);
    }

    /**
     * @return {@code count} of the days (all when fewer), evenly spaced, the first {@code offset} (0..1) of a step
     *         after the first day
     */
    static int[] spread(int[] days, int count, double offset) {
        if (days.length <= count) {
            return days;
        }
        int[] picked = new int[count];
        for (int i = 0; i < count; i++) {
            picked[i] = days[(int) ((i + offset) * days.length / count)];
        }
        return picked;
    }

    /** @return whether the programme keeps the rule (a weight of 0 switches it off) */
    static boolean isOn(Programme programme, ImmersionConstraint constraint) {
        return programme.weights().getOrDefault(constraint.id(), constraint.definition().defaultWeight()) != 0;
    }

    private static double fraction(int index) {
        double value = index * GOLDEN;
        return value - Math.floor(value);
    }

    private static int[] toArray(BitSet set) {
        return set.stream().toArray();
    }

    /**
     * The solver: a construction that places as many mentees as possible within every rule, then local search
     * changing one mentee's mentor day or swapping two mentees' mentor days.
     *
     * @param settings limits and seed
     * @param environmentMode how much the solver checks itself (tests use {@code FULL_ASSERT})
     * @return the configuration of the immersion solver
     * @throws IllegalArgumentException when no limit is set: a solve must always end
     */
    public static SolverConfig solverConfig(SolverSettings settings, EnvironmentMode environmentMode) {
        EntitySelectorConfig placements = new EntitySelectorConfig().withEntityClass(MenteePlacement.class);
        return new SolverConfig()
                .withSolutionClass(ImmersionPlan.class)
                .withEntityClasses(MenteePlacement.class)
                .withConstraintProviderClass(ImmersionConstraintProvider.class)
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(SolverLimits.termination(settings))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new ImmersionConstruction())),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                .withMoveSelectors(
                                        new ChangeMoveSelectorConfig().withEntitySelectorConfig(placements),
                                        new SwapMoveSelectorConfig().withEntitySelectorConfig(placements))));
    }

    /** @return the programme's weight overrides for the immersion constraints, each on its own level */
    public static ConstraintWeightOverrides<HardMediumSoftScore> weightOverrides(Map<String, Long> weights) {
        return ConstraintWeights.overrides(weights, ImmersionConstraint.definitions());
    }
}
