package org.peermatch.core.calendar;

import java.util.BitSet;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Mode;

/**
 * One {@link ConstraintVerifier} test per constraint of the joint calendar search: a case that matches (with its
 * amount) and one that does not. Sessions are built by hand on a grid of two half-days a day (position n is day
 * n / 2), the programme starting on a Monday and lasting 200 days; pairs meet every 28 to 42 days, at most 2
 * meetings a week per resource person.
 */
class CalendarConstraintProviderTest {

    private static final CalendarFrame FRAME = new CalendarFrame(2, 0, 2, 199);
    private static final PairFrame AB = new PairFrame("a", "b", 28, 42, 0, null, null, 1);
    private static final PairFrame CB = new PairFrame("c", "b", 28, 42, 0, null, null, 1);

    private final ConstraintVerifier<CalendarConstraintProvider, CalendarPlan> verifier =
            ConstraintVerifier.build(new CalendarConstraintProvider(), CalendarPlan.class, DatedSession.class);

    private static BitSet bits(List<String> members) {
        BitSet bits = new BitSet();
        for (String member : members) {
            bits.set(member.charAt(0) - 'a');
        }
        return bits;
    }

    /** A movable 1:1 meeting of the pair at that position (null: undated). */
    private static DatedSession meeting(String id, PairFrame pair, Integer position) {
        List<String> members = List.of(pair.participant(), pair.resource());
        return new DatedSession(id, Mode.ACCOMPANIMENT, members, bits(members), 1, null, false, FRAME, pair,
                List.of(0, 1, 2, 3), position);
    }

    /** A pinned session of another mode. */
    private static DatedSession pinned(String id, List<String> members, boolean wholeDay, String room, int position) {
        return new DatedSession(id, Mode.WORKSHOP, members, bits(members), wholeDay ? FRAME.slotCount() : 1, room, true,
                FRAME, null,
                List.of(position), position);
    }

    @Nested
    class CalendarMemberDoubleBooked {

        @Test
        void aMeetingOnTheHalfDayOfAnotherSessionOfOneOfItsMembersIsPenalized() {
            verifier.verifyThat(CalendarConstraintProvider::calendarMemberDoubleBooked)
                    .given(meeting("m1", AB, 10), pinned("w1", List.of("b", "d"), false, null, 10))
                    .penalizesBy(1);
        }

        @Test
        void aWholeDayOverlapsBothHalfDays() {
            verifier.verifyThat(CalendarConstraintProvider::calendarMemberDoubleBooked)
                    .given(meeting("m1", AB, 11), pinned("i1", List.of("a", "e"), true, null, 10))
                    .penalizesBy(1);
        }

        @Test
        void theOtherHalfDayOrOtherPeopleAreFine() {
            verifier.verifyThat(CalendarConstraintProvider::calendarMemberDoubleBooked)
                    .given(meeting("m1", AB, 11), pinned("w1", List.of("b", "d"), false, null, 10),
                            pinned("w2", List.of("d", "e"), false, null, 11))
                    .penalizesBy(0);
        }

        @Test
        void twoPinnedSessionsAreNotWeighed() {
            verifier.verifyThat(CalendarConstraintProvider::calendarMemberDoubleBooked)
                    .given(pinned("w1", List.of("b", "d"), false, null, 10),
                            pinned("w2", List.of("b", "e"), false, null, 10))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CalendarRoomDoubleBooked {

        private DatedSession movableWorkshop(String room, int position) {
            List<String> members = List.of("f", "g");
            return new DatedSession("w9", Mode.WORKSHOP, members, bits(members), 1, room, false, FRAME, null,
                    List.of(position), position);
        }

        @Test
        void twoSessionsInOneRoomAtOnceArePenalized() {
            verifier.verifyThat(CalendarConstraintProvider::calendarRoomDoubleBooked)
                    .given(movableWorkshop("r1", 4), pinned("w1", List.of("d"), false, "r1", 4))
                    .penalizesBy(1);
        }

        @Test
        void anotherRoomIsFine() {
            verifier.verifyThat(CalendarConstraintProvider::calendarRoomDoubleBooked)
                    .given(movableWorkshop("r2", 4), pinned("w1", List.of("d"), false, "r1", 4))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CalendarMeetingsTooClose {

        @Test
        void twoMeetingsOfOnePairFewerThanTheMinimumApartArePenalized() {
            verifier.verifyThat(CalendarConstraintProvider::calendarMeetingsTooClose)
                    .given(meeting("m1", AB, 0), meeting("m2", AB, 2 * 27))
                    .penalizesBy(1);
        }

        @Test
        void theMinimumApartOrAnotherPairIsFine() {
            verifier.verifyThat(CalendarConstraintProvider::calendarMeetingsTooClose)
                    .given(meeting("m1", AB, 0), meeting("m2", AB, 2 * 28), meeting("m3", CB, 2))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CalendarSessionUndated {

        @Test
        void aMeetingWithoutADateIsPenalized() {
            verifier.verifyThat(CalendarConstraintProvider::calendarSessionUndated)
                    .given(meeting("m1", AB, null), meeting("m2", AB, 0))
                    .penalizesBy(1);
        }

        @Test
        void datedMeetingsAreFine() {
            verifier.verifyThat(CalendarConstraintProvider::calendarSessionUndated)
                    .given(meeting("m1", AB, 0))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CalendarCadenceExceeded {

        @Test
        void aMeetingMoreThanTheMaximumAfterThePreviousCostsTheLateFeePlusTheDaysBeyond() {
            // Days 0, 40 (in cadence), 90 (50 days after day 40: 8 beyond).
            verifier.verifyThat(CalendarConstraintProvider::calendarCadenceExceeded)
                    .given(meeting("m1", AB, 0), meeting("m2", AB, 80), meeting("m3", AB, 180))
                    .penalizesBy(CalendarConstraintProvider.LATE_MEETING_DAYS + 8);
        }

        @Test
        void aFirstMeetingMoreThanTheMaximumAfterThePlanningStartIsLate() {
            verifier.verifyThat(CalendarConstraintProvider::calendarCadenceExceeded)
                    .given(meeting("m1", AB, 2 * 45))
                    .penalizesBy(CalendarConstraintProvider.LATE_MEETING_DAYS + 3);
        }

        @Test
        void meetingsWithinTheCadenceAreFine() {
            verifier.verifyThat(CalendarConstraintProvider::calendarCadenceExceeded)
                    .given(meeting("m1", AB, 2 * 42), meeting("m2", AB, 2 * 84), meeting("m3", CB, 0),
                            meeting("m4", CB, null))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CalendarWeeklyLimitExceeded {

        @Test
        void aResourcePersonsMeetingsBeyondTheWeeklyLimitArePenalizedEach() {
            PairFrame db = new PairFrame("d", "b", 28, 42, 0, null, null, 1);
            verifier.verifyThat(CalendarConstraintProvider::calendarWeeklyLimitExceeded)
                    .given(meeting("m1", AB, 0), meeting("m2", CB, 2), meeting("m3", db, 4))
                    .penalizesBy(1);
        }

        @Test
        void theLimitOrAnotherWeekIsFine() {
            PairFrame db = new PairFrame("d", "b", 28, 42, 0, null, null, 1);
            verifier.verifyThat(CalendarConstraintProvider::calendarWeeklyLimitExceeded)
                    .given(meeting("m1", AB, 0), meeting("m2", CB, 2), meeting("m3", db, 14))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CalendarMeetingsBunched {

        @Test
        void aWeeksMeetingsCostTheirNumberSquared() {
            verifier.verifyThat(CalendarConstraintProvider::calendarMeetingsBunched)
                    .given(meeting("m1", AB, 0), meeting("m2", CB, 2), meeting("m3", AB, 2 * 28))
                    .penalizesBy(4 + 1);
        }

        @Test
        void undatedMeetingsCostNothing() {
            verifier.verifyThat(CalendarConstraintProvider::calendarMeetingsBunched)
                    .given(meeting("m1", AB, null))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CalendarSeriesEndsEarly {

        @Test
        void aPairsLastMeetingCostsTheWholeWeeksLeftToTheEnd() {
            // Last meeting on day 100, the programme ends on day 199: 14 whole weeks.
            verifier.verifyThat(CalendarConstraintProvider::calendarSeriesEndsEarly)
                    .given(meeting("m1", AB, 2 * 50), meeting("m2", AB, 2 * 100))
                    .penalizesBy(14);
        }

        @Test
        void aLastMeetingInTheProgrammesLastWeekIsFine() {
            verifier.verifyThat(CalendarConstraintProvider::calendarSeriesEndsEarly)
                    .given(meeting("m1", AB, 2 * 195))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CalendarSessionMoved {

        private DatedSession moved(String id, int span, int home, Integer position) {
            List<String> members = List.of("e", "f");
            DatedSession session = new DatedSession(id, span == 1 ? Mode.CODEVELOPMENT : Mode.IMMERSION, members,
                    bits(members), span, null, false, FRAME, null, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), position);
            session.setHome(home);
            return session;
        }

        @Test
        void aSessionOfAnotherModeCostsEachDayFromItsModesDayAndAHalfDayOne() {
            // Day 1 (position 2) to day 4 (position 8): 3; kept: 0; morning to afternoon of day 2: 1; undated: 0.
            verifier.verifyThat(CalendarConstraintProvider::calendarSessionMoved)
                    .given(moved("i1", FRAME.slotCount(), 2, 8), moved("i2", FRAME.slotCount(), 4, 4),
                            moved("c1", 1, 4, 5), moved("i3", FRAME.slotCount(), 6, null), meeting("m1", AB, 6))
                    .penalizesBy(4);
        }
    }

    @Nested
    class KeepBaselineDate {

        private DatedSession published(String id, Integer publishedPosition, Integer position) {
            DatedSession session = meeting(id, AB, position);
            session.setPublishedPosition(publishedPosition);
            return session;
        }

        @Test
        void aPublishedMeetingMovedOrUndatedCostsOne() {
            verifier.verifyThat(CalendarConstraintProvider::keepBaselineDate)
                    .given(published("m1", 0, 0), published("m2", 2, 3), published("m3", 1, null),
                            meeting("m4", AB, 2))
                    .penalizesBy(2);
        }

        @Test
        void unpublishedMeetingsAreFree() {
            verifier.verifyThat(CalendarConstraintProvider::keepBaselineDate)
                    .given(meeting("m1", AB, 0), meeting("m2", AB, null))
                    .penalizesBy(0);
        }
    }
}
