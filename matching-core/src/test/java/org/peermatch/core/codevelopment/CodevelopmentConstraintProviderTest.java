package org.peermatch.core.codevelopment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.Member;

/**
 * One {@link ConstraintVerifier} test per constraint: a case that matches (amount and justification) and one that
 * does not. Participants are built by hand so that each case shows exactly what the constraint looks at.
 */
class CodevelopmentConstraintProviderTest {

    private static final int HALF_DAYS = 2 * 120;
    /** Four calendar months of 30 days with two half-days a day. */
    private static final int[] MONTH_OF = monthOf();

    private final ConstraintVerifier<CodevelopmentConstraintProvider, CodevelopmentPlan> verifier =
            ConstraintVerifier.build(new CodevelopmentConstraintProvider(), CodevelopmentPlan.class,
                    CodevelopmentParticipant.class);

    private static int[] monthOf() {
        int[] months = new int[HALF_DAYS];
        for (int h = 0; h < HALF_DAYS; h++) {
            months[h] = h / 60;
        }
        return months;
    }

    private static GroupSlot slot(int number, int min, int max) {
        return new GroupSlot(number, min, max, 1, MONTH_OF);
    }

    private static BitSet always() {
        BitSet all = new BitSet();
        all.set(0, HALF_DAYS);
        return all;
    }

    /** The pair arrays given to each participant, so that a test can set one pair's facts. */
    private static final java.util.Map<CodevelopmentParticipant, long[]> COSTS = new java.util.IdentityHashMap<>();
    private static final java.util.Map<CodevelopmentParticipant, String[]> CONFLICTS =
            new java.util.IdentityHashMap<>();

    /** Participants with every fact plain: no conflict, never met, available always; one sector each. */
    private static List<CodevelopmentParticipant> participants(int count, String... sectors) {
        List<CodevelopmentParticipant> participants = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Member member = CodevelopmentFixture.member("m" + i, "Org " + i, sectors.length == 0 ? "music"
                    : sectors[i % sectors.length]);
            long[] costs = new long[count];
            String[] conflicts = new String[count];
            CodevelopmentParticipant participant = new CodevelopmentParticipant(i, member, always(), costs,
                    conflicts, null);
            COSTS.put(participant, costs);
            CONFLICTS.put(participant, conflicts);
            participants.add(participant);
        }
        return participants;
    }

    private static CodevelopmentParticipant[] in(GroupSlot group, List<CodevelopmentParticipant> participants) {
        participants.forEach(p -> p.setGroup(group));
        return participants.toArray(new CodevelopmentParticipant[0]);
    }

    @Nested
    class GroupSizeOutOfRange {

        @Test
        void aFormedGroupBelowTheMinimumCostsEachMissingMember() {
            GroupSlot group = slot(1, 5, 8);
            verifier.verifyThat(CodevelopmentConstraintProvider::groupSizeOutOfRange)
                    .given((Object[]) in(group, participants(3)))
                    .penalizesBy(2);
            verifier.verifyThat(CodevelopmentConstraintProvider::groupSizeOutOfRange)
                    .given((Object[]) in(group, participants(3)))
                    .justifiesWith(new CodevelopmentJustification(1, List.of(),
                            "group 1 has 3 members, fewer than the minimum of 5"));
        }

        @Test
        void aGroupAboveTheMaximumCostsEachExtraMember() {
            verifier.verifyThat(CodevelopmentConstraintProvider::groupSizeOutOfRange)
                    .given((Object[]) in(slot(1, 2, 3), participants(5)))
                    .penalizesBy(2);
        }

        @Test
        void aGroupWithinRangeAndAnEmptySlotCostNothing() {
            List<CodevelopmentParticipant> participants = participants(5);
            GroupSlot empty = slot(2, 5, 8);
            verifier.verifyThat(CodevelopmentConstraintProvider::groupSizeOutOfRange)
                    .given(concat(in(slot(1, 5, 8), participants), empty))
                    .penalizesBy(0);
        }
    }

    @Nested
    class GroupConflictOfInterest {

        @Test
        void aConflictedPairInOneGroupCostsOne() {
            List<CodevelopmentParticipant> participants = participants(3);
            CodevelopmentParticipant a = participants.get(0);
            CodevelopmentParticipant c = participants.get(2);
            setConflict(a, c, "both work for Studio Nord");
            verifier.verifyThat(CodevelopmentConstraintProvider::groupConflictOfInterest)
                    .given((Object[]) in(slot(1, 2, 8), participants))
                    .penalizesBy(1);
            verifier.verifyThat(CodevelopmentConstraintProvider::groupConflictOfInterest)
                    .given((Object[]) in(slot(1, 2, 8), participants))
                    .justifiesWith(new CodevelopmentJustification(1, List.of("m0", "m2"),
                            "Name m0 (m0) and Name m2 (m2) both work for Studio Nord"));
        }

        @Test
        void aConflictedPairInTwoGroupsCostsNothing() {
            List<CodevelopmentParticipant> participants = participants(2);
            setConflict(participants.get(0), participants.get(1), "both work for Studio Nord");
            participants.get(0).setGroup(slot(1, 1, 8));
            participants.get(1).setGroup(slot(2, 1, 8));
            verifier.verifyThat(CodevelopmentConstraintProvider::groupConflictOfInterest)
                    .given(participants.toArray())
                    .penalizesBy(0);
        }
    }

    @Nested
    class CodevelopmentMemberUnplaced {

        @Test
        void aMemberInNoGroupCostsOne() {
            List<CodevelopmentParticipant> participants = participants(3);
            participants.get(0).setGroup(slot(1, 1, 8));
            verifier.verifyThat(CodevelopmentConstraintProvider::codevelopmentMemberUnplaced)
                    .given(participants.toArray())
                    .penalizesBy(2);
            verifier.verifyThat(CodevelopmentConstraintProvider::codevelopmentMemberUnplaced)
                    .given(participants.toArray())
                    .justifiesWith(new CodevelopmentJustification(0, List.of("m1"), "Name m1 (m1) is in no group"));
        }

        @Test
        void everyonePlacedCostsNothing() {
            verifier.verifyThat(CodevelopmentConstraintProvider::codevelopmentMemberUnplaced)
                    .given((Object[]) in(slot(1, 1, 8), participants(3)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class GroupRepeatedPair {

        @Test
        void pairsWhoKnowEachOtherCostTheirRepeatCost() {
            List<CodevelopmentParticipant> participants = participants(3);
            setRepeatCost(participants.get(0), participants.get(1), CodevelopmentScoring.repeatCost(100));
            setRepeatCost(participants.get(1), participants.get(2), CodevelopmentScoring.repeatCost(25));
            verifier.verifyThat(CodevelopmentConstraintProvider::groupRepeatedPair)
                    .given((Object[]) in(slot(1, 2, 8), participants))
                    .penalizesBy(100 + 7);
            verifier.verifyThat(CodevelopmentConstraintProvider::groupRepeatedPair)
                    .given((Object[]) in(slot(1, 2, 8), participants))
                    .justifiesWith(new CodevelopmentJustification(1, List.of("m0", "m1"),
                            "Name m0 (m0) and Name m1 (m1) already know each other (repeat cost 100)"));
        }

        @Test
        void strangersCostNothing() {
            verifier.verifyThat(CodevelopmentConstraintProvider::groupRepeatedPair)
                    .given((Object[]) in(slot(1, 2, 8), participants(4)))
                    .penalizesBy(0);
        }

        @Test
        void theCostIsSuperlinear() {
            assertThat(CodevelopmentScoring.repeatCost(0)).isZero();
            assertThat(CodevelopmentScoring.repeatCost(1)).isEqualTo(1);
            assertThat(CodevelopmentScoring.repeatCost(25)).isEqualTo(7);
            assertThat(CodevelopmentScoring.repeatCost(100)).isEqualTo(100);
            assertThat(CodevelopmentScoring.repeatCost(200)).isEqualTo(400);
        }
    }

    @Nested
    class GroupSectorDominance {

        @Test
        void aSectorHeldByMoreThanHalfCostsEachMemberBeyondHalf() {
            // 4 of 5 in music: 2 beyond half (⌊5/2⌋ = 2).
            verifier.verifyThat(CodevelopmentConstraintProvider::groupSectorDominance)
                    .given((Object[]) in(slot(1, 2, 8), participants(5, "music", "music", "music", "music", "design")))
                    .penalizesBy(2);
            verifier.verifyThat(CodevelopmentConstraintProvider::groupSectorDominance)
                    .given((Object[]) in(slot(1, 2, 8), participants(5, "music", "music", "music", "music", "design")))
                    .justifiesWith(new CodevelopmentJustification(1, List.of(),
                            "group 1: music is held by 4 of its 5 members"));
        }

        @Test
        void exactlyHalfCostsNothing() {
            verifier.verifyThat(CodevelopmentConstraintProvider::groupSectorDominance)
                    .given((Object[]) in(slot(1, 2, 8), participants(4, "music", "music", "design", "games")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class GroupLittleCommonTime {

        @Test
        void fewerCommonMonthsThanSessionsCostsEachMissingMonth() {
            List<CodevelopmentParticipant> participants = participants(3);
            // Everyone available only in the first month: 3 sessions, 1 month.
            BitSet firstMonth = new BitSet();
            firstMonth.set(0, 60);
            List<CodevelopmentParticipant> limited = new java.util.ArrayList<>();
            for (CodevelopmentParticipant p : participants) {
                limited.add(new CodevelopmentParticipant(p.getIndex(), p.member(), firstMonth, new long[3],
                        new String[3], null));
            }
            verifier.verifyThat(CodevelopmentConstraintProvider::groupLittleCommonTime)
                    .given((Object[]) in(slot(1, 2, 8), limited))
                    .penalizesBy(2);
            verifier.verifyThat(CodevelopmentConstraintProvider::groupLittleCommonTime)
                    .given((Object[]) in(slot(1, 2, 8), limited))
                    .justifiesWith(new CodevelopmentJustification(1, List.of(),
                            "group 1 needs 3 sessions but its members share an available half-day in only 1 months"));
        }

        @Test
        void enoughCommonMonthsCostNothing() {
            verifier.verifyThat(CodevelopmentConstraintProvider::groupLittleCommonTime)
                    .given((Object[]) in(slot(1, 2, 8), participants(4)))
                    .penalizesBy(0);
        }

        @Test
        void availabilitiesThatDoNotOverlapShareNoMonth() {
            Member a = CodevelopmentFixture.member("a", "A", List.of("music"), CodevelopmentFixture.weekly(
                    DayOfWeek.MONDAY, "AM", CodevelopmentFixture.START, CodevelopmentFixture.END), List.of());
            Member b = CodevelopmentFixture.member("b", "B", List.of("music"), CodevelopmentFixture.weekly(
                    DayOfWeek.TUESDAY, "AM", CodevelopmentFixture.START, CodevelopmentFixture.END), List.of());
            var calendar = new org.peermatch.core.scoring.HalfDayCalendar(CodevelopmentFixture.programme(List.of(a, b),
                    org.peermatch.core.model.CodevelopmentRules.DEFAULT));
            BitSet common = CodevelopmentScoring.commonHalfDays(List.of(calendar.availableHalfDays(a),
                    calendar.availableHalfDays(b)));
            assertThat(common.isEmpty()).isTrue();
            assertThat(calendar.availableHalfDays(Availability.ALWAYS).cardinality()).isPositive();
            assertThat(CodevelopmentScoring.monthIndex(LocalDate.of(2027, 1, 31), LocalDate.of(2028, 2, 1)))
                    .isEqualTo(13);
        }
    }

    @Nested
    class KeepBaselineGroup {

        @Test
        void eachPublishedMateSeparatedOrLeftWithoutGroupCostsOne() {
            // m0, m1, m2 were published together; m3 with m4; now m2 is elsewhere and m4 in no group
            List<CodevelopmentParticipant> participants = participants(5);
            GroupSlot one = slot(1, 1, 8);
            GroupSlot two = slot(2, 1, 8);
            int[] published = {1, 1, 1, 2, 2};
            for (int i = 0; i < 5; i++) {
                participants.get(i).setPublishedGroup(published[i]);
            }
            participants.get(0).setGroup(one);
            participants.get(1).setGroup(one);
            participants.get(2).setGroup(two);
            participants.get(3).setGroup(two);
            verifier.verifyThat(CodevelopmentConstraintProvider::keepBaselineGroup)
                    .given(participants.toArray())
                    .penalizesBy(3);
            verifier.verifyThat(CodevelopmentConstraintProvider::keepBaselineGroup)
                    .given(participants.toArray())
                    .justifiesWith(new CodevelopmentJustification(2, List.of("m3", "m4"),
                            "Name m3 (m3) and Name m4 (m4) were in one published group and are no longer together"));
        }

        @Test
        void aConflictReleasesThePairAndKeptGroupsCostNothing() {
            List<CodevelopmentParticipant> participants = participants(3);
            participants.forEach(p -> p.setPublishedGroup(1));
            setConflict(participants.get(0), participants.get(2), "both work for Studio Nord");
            participants.get(0).setGroup(slot(1, 1, 8));
            participants.get(1).setGroup(participants.get(0).getGroup());
            participants.get(2).setGroup(slot(2, 1, 8));
            verifier.verifyThat(CodevelopmentConstraintProvider::keepBaselineGroup)
                    .given(participants.toArray())
                    .penalizesBy(1);
            verifier.verifyThat(CodevelopmentConstraintProvider::keepBaselineGroup)
                    .given((Object[]) in(slot(1, 1, 8), participants(3)))
                    .penalizesBy(0);
        }
    }

    private static Object[] concat(Object[] entities, Object... facts) {
        Object[] all = java.util.Arrays.copyOf(entities, entities.length + facts.length, Object[].class);
        System.arraycopy(facts, 0, all, entities.length, facts.length);
        return all;
    }

    private static void setConflict(CodevelopmentParticipant a, CodevelopmentParticipant b, String why) {
        replaceArrays(a, b, -1, why);
    }

    private static void setRepeatCost(CodevelopmentParticipant a, CodevelopmentParticipant b, long cost) {
        replaceArrays(a, b, cost, null);
    }

    private static void replaceArrays(CodevelopmentParticipant a, CodevelopmentParticipant b, long cost, String why) {
        if (cost >= 0) {
            COSTS.get(a)[b.getIndex()] = cost;
            COSTS.get(b)[a.getIndex()] = cost;
        }
        if (why != null) {
            CONFLICTS.get(a)[b.getIndex()] = why;
            CONFLICTS.get(b)[a.getIndex()] = why;
        }
    }
}
