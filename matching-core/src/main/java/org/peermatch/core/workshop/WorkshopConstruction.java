package org.peermatch.core.workshop;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;

/**
 * Builds a first programme before local search improves it: workshops in order, each takes the lead, half-day and
 * room that seat the most essential needs not seated yet, then the largest priority weight, minus the cost of being
 * close to the workshops already placed and off the preferred half-days (with the plan's weights), among the
 * choices that break no rule: an animator with workshops left, available and not leading or attending then, a room
 * free, available and big enough for the minimum attendance, and at least the minimum attendance of participants
 * who need the theme, are available and are not in another workshop then. A workshop without such a choice is left
 * not held.
 *
 * <p>O(W × L × H × N) for W workshops, L leads, H half-days and N needs of a theme.
 */
public final class WorkshopConstruction implements PhaseCommand<WorkshopPlan> {

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(PhaseCommandContext<WorkshopPlan> context) {
        WorkshopPlan plan = context.getWorkingSolution();
        var entity = context.getSolutionMetaModel().entity(PlannedWorkshop.class);
        var leadVariable = (PlanningVariableMetaModel<WorkshopPlan, PlannedWorkshop, Lead>) entity
                .variable("lead", Lead.class);
        var halfDayVariable = (PlanningVariableMetaModel<WorkshopPlan, PlannedWorkshop, HalfDay>) entity
                .variable("halfDay", HalfDay.class);
        var roomVariable = (PlanningVariableMetaModel<WorkshopPlan, PlannedWorkshop, WorkshopRoom>) entity
                .variable("room", WorkshopRoom.class);
        Weights weights = new Weights(plan.getConstraintWeightOverrides());
        WorkshopFrame frame = plan.getFrame();

        Map<WorkshopTheme, Set<String>> seated = new HashMap<>();
        Map<String, BitSet> busy = new HashMap<>();
        Map<WorkshopRoom, BitSet> roomBusy = new HashMap<>();
        int[] led = new int[plan.getAnimators().size()];
        List<Integer> placedDays = new ArrayList<>();
        for (PlannedWorkshop workshop : plan.getWorkshops()) {
            if (workshop.held()) {
                int halfDay = workshop.halfDayNumber();
                led[workshop.animator().index()]++;
                mark(busy, workshop.animator().getId(), halfDay);
                if (workshop.getRoom() != null) {
                    roomBusy.computeIfAbsent(workshop.getRoom(), r -> new BitSet()).set(Math.max(0, halfDay));
                }
                placedDays.add(workshop.getHalfDay().dayNumber());
                List<Demand> attendees = workshop.isPinned() ? workshop.getKeptAttendees()
                        : ThemeEnrolment.of(workshop.theme(), List.of(workshop)).seatings().get(0).attendees();
                for (Demand attendee : attendees) {
                    seated.computeIfAbsent(workshop.theme(), t -> new HashSet<>()).add(attendee.memberId());
                    mark(busy, attendee.memberId(), halfDay);
                }
            }
        }

        for (PlannedWorkshop workshop : plan.getWorkshops()) {
            if (context.isPhaseTerminated()) {
                return;
            }
            if (workshop.isPinned() || workshop.held()) {
                continue;
            }
            Choice best = null;
            for (Lead lead : workshop.getLeadRange()) {
                Animator animator = lead.animator();
                if (led[animator.index()] >= animator.sessions() || !animator.offers()
                        || lead.level() < frame.minimumLevel()) {
                    continue;
                }
                Set<String> themeSeated = seated.getOrDefault(lead.theme(), Set.of());
                for (HalfDay halfDay : workshop.getHalfDayRange()) {
                    int number = halfDay.number();
                    if (halfDay.closed() || !animator.availableOn(number) || isBusy(busy, animator.getId(), number)) {
                        continue;
                    }
                    List<Demand> eligible = new ArrayList<>();
                    for (Demand need : lead.theme().demand()) {
                        if (need.availableOn(number) && !need.memberId().equals(animator.getId())
                                && !themeSeated.contains(need.memberId()) && !isBusy(busy, need.memberId(), number)) {
                            eligible.add(need);
                        }
                    }
                    int maximum = frame.maxAttendance();
                    if (animator.limit() > 0) {
                        maximum = Math.min(maximum, animator.limit());
                    }
                    if (eligible.size() < frame.minAttendance() || maximum < frame.minAttendance()) {
                        continue;
                    }
                    WorkshopRoom room = null;
                    if (frame.roomsPlanned()) {
                        room = room(workshop.getRoomRange(), roomBusy, halfDay, frame,
                                Math.min(eligible.size(), maximum));
                        if (room == null) {
                            continue;
                        }
                        maximum = Math.min(maximum, room.capacity() - 1);
                    }
                    int take = Math.min(eligible.size(), maximum);
                    long essential = 0;
                    long soft = 0;
                    for (Demand need : eligible.subList(0, take)) {
                        essential += need.essential() ? 1 : 0;
                        soft += weights.demand * need.weight();
                    }
                    for (int day : placedDays) {
                        soft -= weights.bunched * frame.bunchedCost(day - halfDay.dayNumber());
                    }
                    if (frame.preferencesGiven() && !halfDay.preferred()) {
                        soft -= weights.preferred;
                    }
                    Choice choice = new Choice(lead, halfDay, room, eligible.subList(0, take),
                            weights.essential * essential, soft);
                    if (best == null || choice.better(best)) {
                        best = choice;
                    }
                }
            }
            if (best != null) {
                context.execute(Moves.change(leadVariable, workshop, best.lead));
                context.execute(Moves.change(halfDayVariable, workshop, best.halfDay));
                if (best.room != null) {
                    context.execute(Moves.change(roomVariable, workshop, best.room));
                    roomBusy.computeIfAbsent(best.room, r -> new BitSet()).set(best.halfDay.number());
                }
                led[best.lead.animator().index()]++;
                mark(busy, best.lead.animator().getId(), best.halfDay.number());
                placedDays.add(best.halfDay.dayNumber());
                for (Demand need : best.attendees) {
                    seated.computeIfAbsent(best.lead.theme(), t -> new HashSet<>()).add(need.memberId());
                    mark(busy, need.memberId(), best.halfDay.number());
                }
            }
        }
    }

    /** @return the smallest free room seating them all and the animator, else the largest free one big enough */
    private static WorkshopRoom room(List<WorkshopRoom> rooms, Map<WorkshopRoom, BitSet> roomBusy, HalfDay halfDay,
            WorkshopFrame frame, int attendees) {
        WorkshopRoom fitting = null;
        WorkshopRoom largest = null;
        for (WorkshopRoom room : rooms) {
            if (room.unavailableOn(halfDay.date()) || room.capacity() < frame.minAttendance() + 1
                    || roomBusy.getOrDefault(room, new BitSet()).get(halfDay.number())) {
                continue;
            }
            if (room.capacity() >= attendees + 1 && (fitting == null || room.capacity() < fitting.capacity())) {
                fitting = room;
            }
            if (largest == null || room.capacity() > largest.capacity()) {
                largest = room;
            }
        }
        return fitting != null ? fitting : largest;
    }

    private static void mark(Map<String, BitSet> busy, String person, int halfDay) {
        if (halfDay >= 0) {
            busy.computeIfAbsent(person, p -> new BitSet()).set(halfDay);
        }
    }

    private static boolean isBusy(Map<String, BitSet> busy, String person, int halfDay) {
        BitSet set = busy.get(person);
        return set != null && set.get(halfDay);
    }

    /** One possible lead, half-day and room for a workshop, with its value. */
    private record Choice(Lead lead, HalfDay halfDay, WorkshopRoom room, List<Demand> attendees, long medium,
            long soft) {

        boolean better(Choice other) {
            return medium != other.medium ? medium > other.medium : soft > other.soft;
        }
    }

    /** The plan's weights that the greedy step weighs choices with. */
    private static final class Weights {
        final long essential;
        final long demand;
        final long bunched;
        final long preferred;

        Weights(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
            essential = weight(overrides, WorkshopConstraint.WORKSHOP_PRIORITY_NEED_WITHOUT_SEAT);
            demand = weight(overrides, WorkshopConstraint.WORKSHOP_DEMAND_UNCOVERED);
            bunched = weight(overrides, WorkshopConstraint.WORKSHOPS_BUNCHED);
            preferred = weight(overrides, WorkshopConstraint.WORKSHOP_NOT_PREFERRED_HALF_DAY);
        }

        private static long weight(ConstraintWeightOverrides<HardMediumSoftScore> overrides,
                WorkshopConstraint constraint) {
            HardMediumSoftScore score = overrides == null ? null : overrides.getConstraintWeight(constraint.id());
            if (score == null) {
                return constraint.definition().defaultWeight();
            }
            return score.hardScore() + score.mediumScore() + score.softScore();
        }
    }
}
