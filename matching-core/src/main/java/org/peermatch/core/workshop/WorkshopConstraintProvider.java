package org.peermatch.core.workshop;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.text.Messages;

/**
 * The rules of the workshop programme. Ids and default weights come from {@link WorkshopConstraint}. Attendance,
 * seats and double bookings of attendees read the enrolment {@link ThemeEnrolment#of} computes for each theme from
 * its held workshops, the same function the proposal uses.
 */
public class WorkshopConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                workshopAnimatorNotCompetent(factory),
                workshopAnimatorUnavailable(factory),
                workshopClosedDay(factory),
                workshopRoomTooSmall(factory),
                workshopRoomUnavailable(factory),
                workshopRoomDoubleBooked(factory),
                workshopAnimatorDoubleBooked(factory),
                workshopAnimatorSessionsExceeded(factory),
                workshopAttendanceOutOfRange(factory),
                workshopAttendeeDoubleBooked(factory),
                workshopNotHeld(factory),
                workshopPriorityNeedWithoutSeat(factory),
                workshopDemandUncovered(factory),
                workshopsBunched(factory),
                workshopNotPreferredHalfDay(factory),
                keepBaselineWorkshop(factory)
        };
    }

    /** Every held workshop, kept ones included. */
    private static UniConstraintStream<PlannedWorkshop> held(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedWorkshop.class).filter(PlannedWorkshop::held);
    }

    /** Held workshops planned now: every rule applies to them. */
    private static UniConstraintStream<PlannedWorkshop> planned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedWorkshop.class).filter(PlannedWorkshop::heldAndPlanned);
    }

    /** The enrolment of every theme, those without a workshop included (everyone unseated). */
    private static UniConstraintStream<ThemeEnrolment> enrolments(ConstraintFactory factory) {
        return held(factory)
                .groupBy(PlannedWorkshop::theme, toList())
                .complement(WorkshopTheme.class, theme -> List.of())
                .map(ThemeEnrolment::of);
    }

    // Hard: an animator offers to animate and masters the theme (level at least the programme's minimum).
    Constraint workshopAnimatorNotCompetent(ConstraintFactory factory) {
        return planned(factory)
                .filter(w -> !w.animator().offers() || w.getLead().level() < w.getFrame().minimumLevel())
                .penalize(weight(WorkshopConstraint.WORKSHOP_ANIMATOR_NOT_COMPETENT))
                .justifyWith((w, score) -> WorkshopJustification.of(w, w.animator().offers()
                        ? w.animator() + " is at level " + w.getLead().level() + " on " + w.theme()
                                + ", below the minimum " + w.getFrame().minimumLevel()
                        : w.animator() + " does not offer to animate workshops"))
                .asConstraint(WorkshopConstraint.WORKSHOP_ANIMATOR_NOT_COMPETENT.id());
    }

    // Hard: the animator is available on the workshop's half-day.
    Constraint workshopAnimatorUnavailable(ConstraintFactory factory) {
        return planned(factory)
                .filter(w -> !w.animator().availableOn(w.halfDayNumber()))
                .penalize(weight(WorkshopConstraint.WORKSHOP_ANIMATOR_UNAVAILABLE))
                .justifyWith((w, score) -> WorkshopJustification.of(w,
                        w.animator() + " is not available on " + w.getHalfDay()))
                .asConstraint(WorkshopConstraint.WORKSHOP_ANIMATOR_UNAVAILABLE.id());
    }

    // Hard: nothing takes place on closed days, weekends or outside the programme.
    Constraint workshopClosedDay(ConstraintFactory factory) {
        return planned(factory)
                .filter(w -> w.getHalfDay().closed())
                .penalize(weight(WorkshopConstraint.WORKSHOP_CLOSED_DAY))
                .justifyWith((w, score) -> WorkshopJustification.of(w,
                        "the workshop on " + w.getHalfDay() + " falls " + w.getHalfDay().closedReason()))
                .asConstraint(WorkshopConstraint.WORKSHOP_CLOSED_DAY.id());
    }

    // Hard: when rooms are planned, every workshop has one that seats the minimum attendance and the animator.
    Constraint workshopRoomTooSmall(ConstraintFactory factory) {
        return planned(factory)
                .filter(w -> missingSeats(w) > 0)
                .penalize(weight(WorkshopConstraint.WORKSHOP_ROOM_TOO_SMALL), WorkshopConstraintProvider::missingSeats)
                .justifyWith((w, score) -> WorkshopJustification.of(w, w.getRoom() == null
                        ? "the workshop on " + w.getHalfDay() + " has no room"
                        : w.getRoom() + " seats " + w.getRoom().capacity() + ", fewer than the minimum "
                                + w.getFrame().minAttendance() + " participants and the animator"))
                .asConstraint(WorkshopConstraint.WORKSHOP_ROOM_TOO_SMALL.id());
    }

    static int missingSeats(PlannedWorkshop workshop) {
        if (!workshop.getFrame().roomsPlanned()) {
            return 0;
        }
        int needed = workshop.getFrame().minAttendance() + 1;
        return workshop.getRoom() == null ? needed : Math.max(0, needed - workshop.getRoom().capacity());
    }

    // Hard: a room is not used on a day it is unavailable.
    Constraint workshopRoomUnavailable(ConstraintFactory factory) {
        return planned(factory)
                .filter(w -> w.getRoom() != null && w.getRoom().unavailableOn(w.getHalfDay().date()))
                .penalize(weight(WorkshopConstraint.WORKSHOP_ROOM_UNAVAILABLE))
                .justifyWith((w, score) -> WorkshopJustification.of(w,
                        w.getRoom() + " is unavailable on " + WorkshopWords.date(w.getHalfDay().date())))
                .asConstraint(WorkshopConstraint.WORKSHOP_ROOM_UNAVAILABLE.id());
    }

    // Hard: one workshop per room and half-day.
    Constraint workshopRoomDoubleBooked(ConstraintFactory factory) {
        return held(factory)
                .filter(w -> w.getRoom() != null)
                .groupBy(PlannedWorkshop::getRoom, PlannedWorkshop::getHalfDay, count())
                .filter((room, halfDay, count) -> count > 1)
                .penalize(weight(WorkshopConstraint.WORKSHOP_ROOM_DOUBLE_BOOKED), (room, halfDay, count) -> count - 1)
                .justifyWith((room, halfDay, count, score) -> new WorkshopJustification(List.of(), halfDay.date(),
                        room + " hosts " + count + " workshops on " + halfDay))
                .asConstraint(WorkshopConstraint.WORKSHOP_ROOM_DOUBLE_BOOKED.id());
    }

    // Hard: an animator leads one workshop at a time.
    Constraint workshopAnimatorDoubleBooked(ConstraintFactory factory) {
        return held(factory)
                .groupBy(PlannedWorkshop::animator, PlannedWorkshop::getHalfDay, count())
                .filter((animator, halfDay, count) -> count > 1)
                .penalize(weight(WorkshopConstraint.WORKSHOP_ANIMATOR_DOUBLE_BOOKED),
                        (animator, halfDay, count) -> count - 1)
                .justifyWith((animator, halfDay, count, score) -> new WorkshopJustification(
                        List.of(animator.getId()), halfDay.date(),
                        animator + " leads " + count + " workshops on " + halfDay))
                .asConstraint(WorkshopConstraint.WORKSHOP_ANIMATOR_DOUBLE_BOOKED.id());
    }

    // Hard: an animator leads no more workshops than they offered.
    Constraint workshopAnimatorSessionsExceeded(ConstraintFactory factory) {
        return held(factory)
                .groupBy(PlannedWorkshop::animator, count())
                .filter((animator, count) -> count > animator.sessions())
                .penalize(weight(WorkshopConstraint.WORKSHOP_ANIMATOR_SESSIONS_EXCEEDED),
                        (animator, count) -> count - animator.sessions())
                .justifyWith((animator, count, score) -> new WorkshopJustification(List.of(animator.getId()), null,
                        animator + " leads " + WorkshopWords.count(count, "workshop") + " but offers "
                                + animator.sessions()))
                .asConstraint(WorkshopConstraint.WORKSHOP_ANIMATOR_SESSIONS_EXCEEDED.id());
    }

    // Hard: a workshop takes place with enough participants, and not too many.
    Constraint workshopAttendanceOutOfRange(ConstraintFactory factory) {
        return enrolments(factory)
                .flattenLast(ThemeEnrolment::seatings)
                .filter(seating -> !seating.workshop().isPinned() && seating.outOfRange() > 0)
                .penalize(weight(WorkshopConstraint.WORKSHOP_ATTENDANCE_OUT_OF_RANGE), Seating::outOfRange)
                .justifyWith((seating, score) -> WorkshopJustification.of(seating.workshop(),
                        "the " + seating.workshop().theme() + " workshop on " + seating.workshop().getHalfDay()
                                + " has " + WorkshopWords.count(seating.size(), "participant") + ", outside "
                                + seating.workshop().getFrame().minAttendance() + " to "
                                + seating.workshop().maximum()))
                .asConstraint(WorkshopConstraint.WORKSHOP_ATTENDANCE_OUT_OF_RANGE.id());
    }

    // Hard: nobody attends two workshops at once, nor attends one while leading another.
    Constraint workshopAttendeeDoubleBooked(ConstraintFactory factory) {
        return enrolments(factory)
                .flattenLast(ThemeEnrolment::attendances)
                .groupBy(Attendance::person, Attendance::halfDay, toList())
                .filter((person, halfDay, present) -> overlaps(present) > 0)
                .penalize(weight(WorkshopConstraint.WORKSHOP_ATTENDEE_DOUBLE_BOOKED),
                        (person, halfDay, present) -> overlaps(present))
                .justifyWith((person, halfDay, present, score) -> doubleBooking(person, present))
                .asConstraint(WorkshopConstraint.WORKSHOP_ATTENDEE_DOUBLE_BOOKED.id());
    }

    /** @return the extra workshops of one member on one half-day, leading two excluded (animator-double-booked) */
    static int overlaps(List<Attendance> present) {
        int attends = 0;
        int leads = 0;
        for (Attendance attendance : present) {
            if (attendance.leads()) {
                leads++;
            } else {
                attends++;
            }
        }
        return attends == 0 ? 0 : attends + Math.min(leads, 1) - 1;
    }

    private static WorkshopJustification doubleBooking(String person, List<Attendance> present) {
        List<Attendance> sorted = new ArrayList<>(present);
        sorted.sort(Comparator.comparing((Attendance a) -> a.workshop().getId()));
        List<String> parts = new ArrayList<>();
        for (Attendance attendance : sorted) {
            parts.add((attendance.leads() ? "leads " : "attends ") + "the " + attendance.workshop().theme()
                    + " workshop");
        }
        Attendance first = sorted.get(0);
        return new WorkshopJustification(List.of(person), first.workshop().getHalfDay().date(),
                first.label() + " " + WorkshopWords.join(parts) + " on " + first.workshop().getHalfDay());
    }

    // Medium: every workshop of the programme takes place.
    Constraint workshopNotHeld(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedWorkshop.class)
                .filter(w -> !w.held())
                .penalize(weight(WorkshopConstraint.WORKSHOP_NOT_HELD))
                .justifyWith((w, score) -> new WorkshopJustification(List.of(), null,
                        "workshop " + w.getId() + " has no animator and half-day"))
                .asConstraint(WorkshopConstraint.WORKSHOP_NOT_HELD.id());
    }

    // Medium: essential needs get a seat in a workshop on their theme.
    Constraint workshopPriorityNeedWithoutSeat(ConstraintFactory factory) {
        return enrolments(factory)
                .flattenLast(ThemeEnrolment::unseated)
                .filter(Demand::essential)
                .penalize(weight(WorkshopConstraint.WORKSHOP_PRIORITY_NEED_WITHOUT_SEAT))
                .justifyWith((need, score) -> new WorkshopJustification(List.of(need.memberId()), null,
                        need.label() + " has no seat in a workshop on " + need.topic() + ", an essential need"))
                .asConstraint(WorkshopConstraint.WORKSHOP_PRIORITY_NEED_WITHOUT_SEAT.id());
    }

    // Soft: as much of the demand as possible is covered, weighted by priority.
    Constraint workshopDemandUncovered(ConstraintFactory factory) {
        return enrolments(factory)
                .flattenLast(ThemeEnrolment::unseated)
                .filter(need -> need.weight() > 0)
                .penalize(weight(WorkshopConstraint.WORKSHOP_DEMAND_UNCOVERED), Demand::weight)
                .justifyWith((need, score) -> new WorkshopJustification(List.of(need.memberId()), null,
                        need.label() + " has no seat in a workshop on " + need.topic() + " (priority "
                                + need.priority() + ")"))
                .asConstraint(WorkshopConstraint.WORKSHOP_DEMAND_UNCOVERED.id());
    }

    // Soft: workshops spread over the months rather than coming in bunches.
    Constraint workshopsBunched(ConstraintFactory factory) {
        return held(factory)
                .join(held(factory),
                        Joiners.lessThan(PlannedWorkshop::getId),
                        Joiners.overlapping(w -> w.getHalfDay().dayNumber(),
                                w -> w.getHalfDay().dayNumber() + w.getFrame().spacingDays()))
                .penalize(weight(WorkshopConstraint.WORKSHOPS_BUNCHED), (a, b) -> (int) a.getFrame().bunchedCost(
                        a.getHalfDay().dayNumber() - b.getHalfDay().dayNumber()))
                .justifyWith((a, b, score) -> new WorkshopJustification(List.of(), a.getHalfDay().date(),
                        "the " + a.theme() + " workshop (" + a.getHalfDay() + ") and the " + b.theme()
                                + " workshop (" + b.getHalfDay() + ") are " + WorkshopWords.count(
                                        Math.abs(a.getHalfDay().dayNumber() - b.getHalfDay().dayNumber()), "day")
                                + " apart"))
                .asConstraint(WorkshopConstraint.WORKSHOPS_BUNCHED.id());
    }

    // Soft: workshops on the half-days the committee prefers.
    Constraint workshopNotPreferredHalfDay(ConstraintFactory factory) {
        return planned(factory)
                .filter(w -> w.getFrame().preferencesGiven() && !w.getHalfDay().preferred())
                .penalize(weight(WorkshopConstraint.WORKSHOP_NOT_PREFERRED_HALF_DAY))
                .justifyWith((w, score) -> WorkshopJustification.of(w,
                        "the " + w.theme() + " workshop on " + w.getHalfDay()
                                + " is not on a preferred half-day"))
                .asConstraint(WorkshopConstraint.WORKSHOP_NOT_PREFERRED_HALF_DAY.id());
    }

    // Soft: a workshop already announced keeps its animator, theme, half-day and room unless changing it serves.
    Constraint keepBaselineWorkshop(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedWorkshop.class)
                .filter(PlannedWorkshop::leavesBaseline)
                .penalize(weight(WorkshopConstraint.KEEP_BASELINE_WORKSHOP))
                .justifyWith((w, score) -> new WorkshopJustification(List.of(), w.getPublishedHalfDay().date(),
                        Messages.english().get("workshop.justify.leavesBaseline", w.getPublishedLead().theme(),
                                w.getPublishedHalfDay())))
                .asConstraint(WorkshopConstraint.KEEP_BASELINE_WORKSHOP.id());
    }

    private static HardMediumSoftScore weight(WorkshopConstraint constraint) {
        return ConstraintWeights.defaultScore(constraint.definition());
    }
}
