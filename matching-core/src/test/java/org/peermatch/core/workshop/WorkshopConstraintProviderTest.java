package org.peermatch.core.workshop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Room;

/**
 * One {@link ConstraintVerifier} test per constraint: a case that matches (amount and justification) and one that
 * does not. Facts are built by hand so that each case shows exactly what the constraint looks at. Half-day number n
 * is day n / 2 of the programme (from Monday 1 March 2027), AM for even numbers and PM for odd ones.
 */
class WorkshopConstraintProviderTest {

    private static final int HALF_DAYS = 60;

    private final ConstraintVerifier<WorkshopConstraintProvider, WorkshopPlan> verifier =
            ConstraintVerifier.build(new WorkshopConstraintProvider(), WorkshopPlan.class, PlannedWorkshop.class);

    // ---- fixture -------------------------------------------------------------------------------------------------

    /** Attendance 2 to 4, level 4, bunched under 10 days, no rooms, no preferences. */
    private static final WorkshopFrame FRAME = new WorkshopFrame(2, 4, 4, 10, false, false);
    private static final WorkshopFrame WITH_ROOMS = new WorkshopFrame(2, 4, 4, 10, true, false);
    private static final WorkshopFrame WITH_PREFERENCES = new WorkshopFrame(2, 4, 4, 10, false, true);

    private static BitSet always() {
        BitSet set = new BitSet();
        set.set(0, HALF_DAYS);
        return set;
    }

    private static BitSet only(int... halfDays) {
        BitSet set = new BitSet();
        for (int halfDay : halfDays) {
            set.set(halfDay);
        }
        return set;
    }

    private static Animator animator(int index) {
        return animator(index, true, 2, 0, always());
    }

    private static Animator animator(int index, boolean offers, int sessions, int limit, BitSet available) {
        return new Animator(index, WorkshopFixture.person("a" + index).name("A" + index).build(), offers, sessions,
                limit, available);
    }

    private static Demand need(int participant, String topic, int priority) {
        return need(participant, topic, priority, always());
    }

    private static Demand need(int participant, String topic, int priority, BitSet available) {
        return new Demand(participant, "p" + participant, "P" + participant + " (p" + participant + ")", topic,
                priority, available);
    }

    private static WorkshopTheme theme(String topic, Demand... demand) {
        return new WorkshopTheme(0, topic, true, List.of(demand));
    }

    /** A theme with n participants (p1..pn) at priority 2, always available. */
    private static WorkshopTheme theme(String topic, int participants) {
        List<Demand> demand = new ArrayList<>();
        for (int i = 1; i <= participants; i++) {
            demand.add(need(i, topic, 2));
        }
        return new WorkshopTheme(0, topic, true, demand);
    }

    private static HalfDay halfDay(int number) {
        return halfDay(number, null, false);
    }

    private static HalfDay halfDay(int number, String closedReason, boolean preferred) {
        return new HalfDay(number, date(number), number % 2 == 0 ? "AM" : "PM", number / 2, closedReason,
                preferred);
    }

    private static LocalDate date(int halfDay) {
        return WorkshopFixture.START.plusDays(halfDay / 2);
    }

    private static WorkshopRoom room(int index, int capacity, LocalDate... unavailable) {
        return new WorkshopRoom(index, new Room("r" + index, "Room" + index, capacity, List.of(unavailable)));
    }

    private static PlannedWorkshop workshop(int id, Lead lead, HalfDay halfDay) {
        return workshop(id, FRAME, lead, halfDay, null);
    }

    private static PlannedWorkshop workshop(int id, WorkshopFrame frame, Lead lead, HalfDay halfDay,
            WorkshopRoom room) {
        return new PlannedWorkshop(id, frame, false, List.of(), lead == null ? List.of() : List.of(lead),
                halfDay == null ? List.of() : List.of(halfDay), room == null ? List.of() : List.of(room), lead,
                halfDay, room);
    }

    private static PlannedWorkshop kept(int id, Lead lead, HalfDay halfDay, List<Demand> attendees) {
        return new PlannedWorkshop(id, FRAME, true, attendees, List.of(lead), List.of(halfDay), List.of(), lead,
                halfDay, null);
    }

    private static WorkshopJustification justification(LocalDate date, String message, String... members) {
        return new WorkshopJustification(List.of(members), date, message);
    }

    // ---- hard ----------------------------------------------------------------------------------------------------

    @Nested
    class WorkshopAnimatorNotCompetent {

        @Test
        void penalizesALevelBelowTheMinimumAndAnAnimatorWhoDoesNotOffer() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            Animator a2 = animator(2, false, 1, 0, always());
            verifier.verifyThat(WorkshopConstraintProvider::workshopAnimatorNotCompetent)
                    .given(pitch, a1, a2, workshop(1, new Lead(a1, pitch, 3), halfDay(2)),
                            workshop(2, new Lead(a2, pitch, 5), halfDay(20)))
                    .justifiesWithExactly(
                            justification(date(2), "A1 (a1) is at level 3 on pitch, below the minimum 4", "a1"),
                            justification(date(20), "A2 (a2) does not offer to animate workshops", "a2"))
                    .penalizesBy(2);
        }

        @Test
        void ignoresACompetentAnimatorAndKeptWorkshops() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            verifier.verifyThat(WorkshopConstraintProvider::workshopAnimatorNotCompetent)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 4), halfDay(2)),
                            kept(2, new Lead(a1, pitch, 1), halfDay(20), List.of()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkshopAnimatorUnavailable {

        @Test
        void penalizesAnAnimatorNotAvailableThen() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1, true, 2, 0, only(3));
            verifier.verifyThat(WorkshopConstraintProvider::workshopAnimatorUnavailable)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)))
                    .justifiesWithExactly(justification(date(2),
                            "A1 (a1) is not available on Tuesday 2 March 2027 (AM)", "a1"))
                    .penalizesBy(1);
        }

        @Test
        void ignoresAnAvailableAnimatorAndWorkshopsNotHeld() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1, true, 2, 0, only(3));
            verifier.verifyThat(WorkshopConstraintProvider::workshopAnimatorUnavailable)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(3)),
                            workshop(2, new Lead(a1, pitch, 5), null))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkshopClosedDay {

        @Test
        void penalizesAWorkshopOnAClosedDay() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            verifier.verifyThat(WorkshopConstraintProvider::workshopClosedDay)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(4, "on a closed day", false)))
                    .justifiesWithExactly(justification(date(4),
                            "the workshop on Wednesday 3 March 2027 (AM) falls on a closed day", "a1"))
                    .penalizesBy(1);
        }

        @Test
        void ignoresAnOpenDay() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            verifier.verifyThat(WorkshopConstraintProvider::workshopClosedDay)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(4)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkshopRoomTooSmall {

        @Test
        void penalizesTheMissingSeatsAndAMissingRoom() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            WorkshopRoom small = room(1, 2);
            verifier.verifyThat(WorkshopConstraintProvider::workshopRoomTooSmall)
                    .given(pitch, a1, small, workshop(1, WITH_ROOMS, new Lead(a1, pitch, 5), halfDay(2), small),
                            workshop(2, WITH_ROOMS, new Lead(a1, pitch, 5), halfDay(30), null))
                    .justifiesWithExactly(
                            justification(date(2), "Room1 (r1) seats 2, fewer than the minimum 2 participants and"
                                    + " the animator", "a1"),
                            justification(date(30), "the workshop on Tuesday 16 March 2027 (AM) has no room", "a1"))
                    .penalizesBy(1 + 3);
        }

        @Test
        void ignoresABigEnoughRoomAndProgrammesWithoutRooms() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            WorkshopRoom room = room(1, 3);
            verifier.verifyThat(WorkshopConstraintProvider::workshopRoomTooSmall)
                    .given(pitch, a1, room, workshop(1, WITH_ROOMS, new Lead(a1, pitch, 5), halfDay(2), room),
                            workshop(2, FRAME, new Lead(a1, pitch, 5), halfDay(30), null))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkshopRoomUnavailable {

        @Test
        void penalizesARoomUnavailableThatDay() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            WorkshopRoom room = room(1, 10, date(2));
            verifier.verifyThat(WorkshopConstraintProvider::workshopRoomUnavailable)
                    .given(pitch, a1, room, workshop(1, WITH_ROOMS, new Lead(a1, pitch, 5), halfDay(3), room))
                    .justifiesWithExactly(justification(date(2),
                            "Room1 (r1) is unavailable on Tuesday 2 March 2027", "a1"))
                    .penalizesBy(1);
        }

        @Test
        void ignoresAnotherDay() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            WorkshopRoom room = room(1, 10, date(2));
            verifier.verifyThat(WorkshopConstraintProvider::workshopRoomUnavailable)
                    .given(pitch, a1, room, workshop(1, WITH_ROOMS, new Lead(a1, pitch, 5), halfDay(4), room))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkshopRoomDoubleBooked {

        @Test
        void penalizesEachExtraWorkshopInARoom() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            Animator a2 = animator(2);
            Animator a3 = animator(3);
            WorkshopRoom room = room(1, 10);
            HalfDay tuesday = halfDay(2);
            verifier.verifyThat(WorkshopConstraintProvider::workshopRoomDoubleBooked)
                    .given(pitch, a1, a2, a3, room, tuesday,
                            workshop(1, WITH_ROOMS, new Lead(a1, pitch, 5), tuesday, room),
                            workshop(2, WITH_ROOMS, new Lead(a2, pitch, 5), tuesday, room),
                            workshop(3, WITH_ROOMS, new Lead(a3, pitch, 5), tuesday, room))
                    .justifiesWithExactly(justification(date(2),
                            "Room1 (r1) hosts 3 workshops on Tuesday 2 March 2027 (AM)"))
                    .penalizesBy(2);
        }

        @Test
        void ignoresTheRoomOnAnotherHalfDay() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            Animator a2 = animator(2);
            WorkshopRoom room = room(1, 10);
            verifier.verifyThat(WorkshopConstraintProvider::workshopRoomDoubleBooked)
                    .given(pitch, a1, a2, room, workshop(1, WITH_ROOMS, new Lead(a1, pitch, 5), halfDay(2), room),
                            workshop(2, WITH_ROOMS, new Lead(a2, pitch, 5), halfDay(3), room))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkshopAnimatorDoubleBooked {

        @Test
        void penalizesAnAnimatorLeadingTwoWorkshopsAtOnce() {
            WorkshopTheme pitch = theme("pitch", 3);
            WorkshopTheme export = theme("export", 3);
            Animator a1 = animator(1);
            HalfDay tuesday = halfDay(2);
            verifier.verifyThat(WorkshopConstraintProvider::workshopAnimatorDoubleBooked)
                    .given(pitch, export, a1, tuesday, workshop(1, new Lead(a1, pitch, 5), tuesday),
                            workshop(2, new Lead(a1, export, 5), tuesday))
                    .justifiesWithExactly(justification(date(2),
                            "A1 (a1) leads 2 workshops on Tuesday 2 March 2027 (AM)", "a1"))
                    .penalizesBy(1);
        }

        @Test
        void ignoresTwoHalfDays() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            verifier.verifyThat(WorkshopConstraintProvider::workshopAnimatorDoubleBooked)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)),
                            workshop(2, new Lead(a1, pitch, 5), halfDay(3)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkshopAnimatorSessionsExceeded {

        @Test
        void penalizesEachWorkshopBeyondTheOffer() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1, true, 1, 0, always());
            verifier.verifyThat(WorkshopConstraintProvider::workshopAnimatorSessionsExceeded)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)),
                            workshop(2, new Lead(a1, pitch, 5), halfDay(30)),
                            workshop(3, new Lead(a1, pitch, 5), halfDay(50)))
                    .justifiesWithExactly(justification(null, "A1 (a1) leads 3 workshops but offers 1", "a1"))
                    .penalizesBy(2);
        }

        @Test
        void ignoresAnAnimatorWithinTheOffer() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1, true, 2, 0, always());
            verifier.verifyThat(WorkshopConstraintProvider::workshopAnimatorSessionsExceeded)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)),
                            workshop(2, new Lead(a1, pitch, 5), halfDay(30)), workshop(3, null, null))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkshopAttendanceOutOfRange {

        @Test
        void penalizesTheParticipantsMissingToTheMinimum() {
            // p2 is not available on half-day 2, so only p1 attends: one short of 2
            WorkshopTheme pitch = theme("pitch", need(1, "pitch", 1), need(2, "pitch", 1, only(3)));
            Animator a1 = animator(1);
            verifier.verifyThat(WorkshopConstraintProvider::workshopAttendanceOutOfRange)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)))
                    .justifiesWithExactly(justification(date(2), "the pitch workshop on Tuesday 2 March 2027 (AM)"
                            + " has 1 participant, outside 2 to 4", "a1"))
                    .penalizesBy(1);
        }

        @Test
        void ignoresAFullWorkshopCappedAtTheMaximumAndKeptWorkshops() {
            Animator a1 = animator(1);
            WorkshopTheme pitch = theme("pitch", 7);
            verifier.verifyThat(WorkshopConstraintProvider::workshopAttendanceOutOfRange)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)),
                            kept(2, new Lead(a1, pitch, 5), halfDay(40), List.of()))
                    .penalizesBy(0);
        }

        @Test
        void seatsTheAnimatorsLimitAndNeverTheAnimator() {
            // a1 accepts 2 participants at most and needs pitch too: 2 of p1..p3 attend, a1 never does
            Animator a1 = animator(1, true, 1, 2, always());
            WorkshopTheme pitch = theme("pitch", need(1, "pitch", 1), need(2, "pitch", 1), need(3, "pitch", 1),
                    new Demand(9, "a1", "A1 (a1)", "pitch", 1, always()));
            verifier.verifyThat(WorkshopConstraintProvider::workshopAttendanceOutOfRange)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)))
                    .penalizesBy(0);
            verifier.verifyThat(WorkshopConstraintProvider::workshopPriorityNeedWithoutSeat)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)))
                    .penalizesBy(2);
        }
    }

    @Nested
    class WorkshopAttendeeDoubleBooked {

        @Test
        void penalizesAParticipantInTwoWorkshopsAndAnAnimatorAttendingAnother() {
            Animator a1 = animator(1);
            Animator a2 = animator(2);
            // p1 needs both themes; a2 leads export and needs pitch
            WorkshopTheme pitch = theme("pitch", need(1, "pitch", 1), need(2, "pitch", 1),
                    new Demand(9, "a2", "A2 (a2)", "pitch", 2, always()));
            WorkshopTheme export = theme("export", need(1, "export", 1), need(3, "export", 1));
            HalfDay tuesday = halfDay(2);
            verifier.verifyThat(WorkshopConstraintProvider::workshopAttendeeDoubleBooked)
                    .given(pitch, export, a1, a2, tuesday, workshop(1, new Lead(a1, pitch, 5), tuesday),
                            workshop(2, new Lead(a2, export, 5), tuesday))
                    .justifiesWithExactly(
                            justification(date(2), "P1 (p1) attends the pitch workshop and attends the export"
                                    + " workshop on Tuesday 2 March 2027 (AM)", "p1"),
                            justification(date(2), "A2 (a2) attends the pitch workshop and leads the export"
                                    + " workshop on Tuesday 2 March 2027 (AM)", "a2"))
                    .penalizesBy(2);
        }

        @Test
        void ignoresWorkshopsOnDifferentHalfDaysAndAnAnimatorLeadingTwo() {
            Animator a1 = animator(1);
            WorkshopTheme pitch = theme("pitch", need(1, "pitch", 1), need(2, "pitch", 1));
            WorkshopTheme export = theme("export", need(1, "export", 1), need(3, "export", 1));
            verifier.verifyThat(WorkshopConstraintProvider::workshopAttendeeDoubleBooked)
                    .given(pitch, export, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)),
                            workshop(2, new Lead(a1, export, 5), halfDay(3)),
                            workshop(3, new Lead(a1, export, 5), halfDay(2)))
                    .penalizesBy(0);
        }
    }

    // ---- medium --------------------------------------------------------------------------------------------------

    @Nested
    class WorkshopNotHeld {

        @Test
        void penalizesAWorkshopWithoutLeadOrHalfDay() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            verifier.verifyThat(WorkshopConstraintProvider::workshopNotHeld)
                    .given(pitch, a1, workshop(1, null, null), workshop(2, new Lead(a1, pitch, 5), null))
                    .justifiesWithExactly(justification(null, "workshop 1 has no animator and half-day"),
                            justification(null, "workshop 2 has no animator and half-day"))
                    .penalizesBy(2);
        }

        @Test
        void ignoresAHeldWorkshop() {
            WorkshopTheme pitch = theme("pitch", 3);
            Animator a1 = animator(1);
            verifier.verifyThat(WorkshopConstraintProvider::workshopNotHeld)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkshopPriorityNeedWithoutSeat {

        @Test
        void penalizesEssentialNeedsOnAFullWorkshopOrWithoutWorkshop() {
            Animator a1 = animator(1);
            // five essential needs on pitch for four seats; one essential need on export, which has no workshop
            WorkshopTheme pitch = theme("pitch", need(1, "pitch", 1), need(2, "pitch", 1), need(3, "pitch", 1),
                    need(4, "pitch", 1), need(5, "pitch", 1), need(6, "pitch", 3));
            WorkshopTheme export = theme("export", need(7, "export", 1), need(8, "export", 2));
            verifier.verifyThat(WorkshopConstraintProvider::workshopPriorityNeedWithoutSeat)
                    .given(pitch, export, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)))
                    .justifiesWithExactly(
                            justification(null, "P5 (p5) has no seat in a workshop on pitch, an essential need",
                                    "p5"),
                            justification(null, "P7 (p7) has no seat in a workshop on export, an essential need",
                                    "p7"))
                    .penalizesBy(2);
        }

        @Test
        void seatsEssentialNeedsFirstMovingOthersToAnotherWorkshop() {
            Animator a1 = animator(1);
            Animator a2 = animator(2);
            // p1..p4 (priority 3) can attend both workshops, p5 (essential) only the second one, which is full
            // unless one of p1..p4 moves to the first: the augmenting path does it
            WorkshopTheme pitch = theme("pitch", need(1, "pitch", 3), need(2, "pitch", 3), need(3, "pitch", 3),
                    need(4, "pitch", 3), need(5, "pitch", 1, only(30)));
            verifier.verifyThat(WorkshopConstraintProvider::workshopPriorityNeedWithoutSeat)
                    .given(pitch, a1, a2, workshop(1, new Lead(a1, pitch, 5), halfDay(2)),
                            workshop(2, new Lead(a2, pitch, 5), halfDay(30)))
                    .penalizesBy(0);
        }
    }

    // ---- soft ----------------------------------------------------------------------------------------------------

    @Nested
    class WorkshopDemandUncovered {

        @Test
        void penalizesThePriorityWeightOfNeedsWithoutSeat() {
            Animator a1 = animator(1);
            // p2 is unavailable then (weight 2); export has no workshop (weights 3 and 1)
            WorkshopTheme pitch = theme("pitch", need(1, "pitch", 1), need(2, "pitch", 2, only(3)),
                    need(3, "pitch", 3));
            WorkshopTheme export = theme("export", need(4, "export", 1), need(5, "export", 3));
            verifier.verifyThat(WorkshopConstraintProvider::workshopDemandUncovered)
                    .given(pitch, export, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)))
                    .justifiesWithExactly(
                            justification(null, "P2 (p2) has no seat in a workshop on pitch (priority 2)", "p2"),
                            justification(null, "P4 (p4) has no seat in a workshop on export (priority 1)", "p4"),
                            justification(null, "P5 (p5) has no seat in a workshop on export (priority 3)", "p5"))
                    .penalizesBy(2 + 3 + 1);
        }

        @Test
        void ignoresSeatedNeedsAndKeptAttendees() {
            Animator a1 = animator(1);
            Demand p1 = need(1, "pitch", 1, only(3));
            WorkshopTheme pitch = theme("pitch", p1, need(2, "pitch", 2), need(3, "pitch", 3));
            verifier.verifyThat(WorkshopConstraintProvider::workshopDemandUncovered)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)),
                            kept(2, new Lead(a1, pitch, 5), halfDay(40), List.of(p1)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkshopsBunched {

        @Test
        void penalizesTheDaysMissingToTheSpacing() {
            Animator a1 = animator(1);
            Animator a2 = animator(2);
            WorkshopTheme pitch = theme("pitch", 3);
            // days 1 and 4: 3 days apart, spacing 10, cost 7
            verifier.verifyThat(WorkshopConstraintProvider::workshopsBunched)
                    .given(pitch, a1, a2, workshop(1, new Lead(a1, pitch, 5), halfDay(2)),
                            workshop(2, new Lead(a2, pitch, 5), halfDay(9)))
                    .justifiesWithExactly(justification(date(2), "the pitch workshop (Tuesday 2 March 2027 (AM))"
                            + " and the pitch workshop (Friday 5 March 2027 (PM)) are 3 days apart"))
                    .penalizesBy(7);
        }

        @Test
        void ignoresWorkshopsFarEnoughApart() {
            Animator a1 = animator(1);
            WorkshopTheme pitch = theme("pitch", 3);
            verifier.verifyThat(WorkshopConstraintProvider::workshopsBunched)
                    .given(pitch, a1, workshop(1, new Lead(a1, pitch, 5), halfDay(2)),
                            workshop(2, new Lead(a1, pitch, 5), halfDay(22)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WorkshopNotPreferredHalfDay {

        @Test
        void penalizesAWorkshopOffThePreferredHalfDays() {
            Animator a1 = animator(1);
            WorkshopTheme pitch = theme("pitch", 3);
            verifier.verifyThat(WorkshopConstraintProvider::workshopNotPreferredHalfDay)
                    .given(pitch, a1, workshop(1, WITH_PREFERENCES, new Lead(a1, pitch, 5), halfDay(2), null))
                    .justifiesWithExactly(justification(date(2), "the pitch workshop on Tuesday 2 March 2027 (AM)"
                            + " is not on a preferred half-day", "a1"))
                    .penalizesBy(1);
        }

        @Test
        void ignoresAPreferredHalfDayAndProgrammesWithoutPreferences() {
            Animator a1 = animator(1);
            WorkshopTheme pitch = theme("pitch", 3);
            verifier.verifyThat(WorkshopConstraintProvider::workshopNotPreferredHalfDay)
                    .given(pitch, a1,
                            workshop(1, WITH_PREFERENCES, new Lead(a1, pitch, 5), halfDay(2, null, true), null),
                            workshop(2, FRAME, new Lead(a1, pitch, 5), halfDay(40), null))
                    .penalizesBy(0);
        }
    }
    @Nested
    class KeepBaselineWorkshop {

        private PlannedWorkshop published(int id, Lead lead, HalfDay halfDay, WorkshopRoom room, Lead nowLead,
                HalfDay nowHalfDay, WorkshopRoom nowRoom) {
            PlannedWorkshop workshop = workshop(id, WITH_ROOMS, nowLead, nowHalfDay, nowRoom);
            workshop.setPublished(lead, halfDay, room);
            return workshop;
        }

        @Test
        void penalizesEachPublishedWorkshopChangedOrDropped() {
            Animator a1 = animator(1);
            Animator a2 = animator(2);
            WorkshopTheme pitch = theme("pitch", 3);
            Lead lead = new Lead(a1, pitch, 5);
            Lead other = new Lead(a2, pitch, 5);
            HalfDay d2 = halfDay(2);
            HalfDay d4 = halfDay(4);
            HalfDay d6 = halfDay(6);
            HalfDay d8 = halfDay(8);
            HalfDay d10 = halfDay(10);
            HalfDay d12 = halfDay(12);
            WorkshopRoom room = room(0, 20);
            verifier.verifyThat(WorkshopConstraintProvider::keepBaselineWorkshop)
                    .given(pitch, a1, a2,
                            published(1, lead, d2, room, lead, d2, room),
                            published(2, lead, d4, room, lead, d6, room),
                            published(3, lead, d8, room, other, d8, room),
                            published(4, lead, d10, room, lead, d10, room(1, 20)),
                            published(5, lead, d12, null, null, null, null))
                    .penalizesBy(4);
        }

        @Test
        void ignoresWorkshopsNotPublishedAndAPublishedRoomNoLongerThere() {
            Animator a1 = animator(1);
            WorkshopTheme pitch = theme("pitch", 3);
            Lead lead = new Lead(a1, pitch, 5);
            HalfDay d4 = halfDay(4);
            verifier.verifyThat(WorkshopConstraintProvider::keepBaselineWorkshop)
                    .given(pitch, a1, workshop(1, lead, halfDay(2)),
                            published(2, lead, d4, null, lead, d4, room(0, 20)))
                    .penalizesBy(0);
        }
    }
}
