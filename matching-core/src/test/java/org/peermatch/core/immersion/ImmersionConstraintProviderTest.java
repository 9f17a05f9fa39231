package org.peermatch.core.immersion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Member;

/**
 * One {@link ConstraintVerifier} test per constraint: a case that matches (amount and justification) and one that
 * does not. Facts are built by hand so that each case shows exactly what the constraint looks at.
 */
class ImmersionConstraintProviderTest {

    /** Day 1 of the programme is a Tuesday; everyone is available on days 0 to 30 unless said otherwise. */
    private static final int DAYS = 31;

    private final ConstraintVerifier<ImmersionConstraintProvider, ImmersionPlan> verifier =
            ConstraintVerifier.build(new ImmersionConstraintProvider(), ImmersionPlan.class, MenteePlacement.class);

    // ---- fixture -------------------------------------------------------------------------------------------------

    private static Member member(String id) {
        return ImmersionFixture.person(id).name("N" + id).build();
    }

    private static BitSet allDays() {
        BitSet days = new BitSet();
        days.set(0, DAYS);
        return days;
    }

    private static BitSet allDaysBut(int day) {
        BitSet days = allDays();
        days.clear(day);
        return days;
    }

    private static Mentor mentor(int index, int days) {
        return mentor(index, days, allDays());
    }

    private static Mentor mentor(int index, int days, BitSet fullDays) {
        return new Mentor(index, member("r" + index), days, fullDays);
    }

    /** Facts of a plain pair: no conflict, common sector music, 15 vs 2 years, nothing matched, never met. */
    private static ImmersionPairFacts plain() {
        return new ImmersionPairFacts(null, List.of("music"), 15, 2, List.of(), 0, -1);
    }

    private static ImmersionPairFacts facts(String conflict, List<String> sectors, int mentorYears, int menteeYears,
            List<String> objectives, long novelty, long kilometres) {
        return new ImmersionPairFacts(conflict, sectors, mentorYears, menteeYears, objectives, novelty, kilometres);
    }

    /** @return a mentee whose pair with mentor i has the i-th facts */
    private static Mentee mentee(String id, ImmersionPairFacts... pairs) {
        return mentee(id, allDays(), pairs);
    }

    private static Mentee mentee(String id, BitSet fullDays, ImmersionPairFacts... pairs) {
        return new Mentee(0, member(id), fullDays, List.of(pairs));
    }

    private static Mentee plainMentee(String id, int mentors) {
        List<ImmersionPairFacts> pairs = new ArrayList<>();
        for (int i = 0; i < mentors; i++) {
            pairs.add(plain());
        }
        return new Mentee(0, member(id), allDays(), pairs);
    }

    private static MentorDay day(Mentor mentor, int dayNumber) {
        return new MentorDay(mentor, ImmersionFixture.START.plusDays(dayNumber), dayNumber);
    }

    private static MenteePlacement place(Mentee mentee, MentorDay day) {
        return new MenteePlacement(mentee, day == null ? List.of() : List.of(day), true, day);
    }

    private static MenteePlacement placeRelaxed(Mentee mentee, MentorDay day) {
        return new MenteePlacement(mentee, List.of(day), false, day);
    }

    private static LocalDate date(int dayNumber) {
        return ImmersionFixture.START.plusDays(dayNumber);
    }

    private static ImmersionJustification justification(LocalDate day, String message, String... members) {
        return new ImmersionJustification(List.of(members), day, message);
    }

    // ---- hard ----------------------------------------------------------------------------------------------------

    @Nested
    class MentorOtherSector {

        @Test
        void penalizesAPairWithoutCommonSectorWhenRequired() {
            Mentor r0 = mentor(0, 1);
            Mentee e1 = mentee("e1", facts(null, List.of(), 15, 2, List.of(), 0, -1));
            verifier.verifyThat(ImmersionConstraintProvider::mentorOtherSector)
                    .given(r0, e1, place(e1, day(r0, 1)))
                    .justifiesWithExactly(justification(date(1), "Ne1 (e1) and Nr0 (r0) share no sector", "e1", "r0"))
                    .penalizesBy(1);
        }

        @Test
        void ignoresACommonSectorAndTheRelaxedRule() {
            Mentor r0 = mentor(0, 2);
            Mentee same = mentee("e1", plain());
            Mentee other = mentee("e2", facts(null, List.of(), 15, 2, List.of(), 0, -1));
            verifier.verifyThat(ImmersionConstraintProvider::mentorOtherSector)
                    .given(r0, same, other, place(same, day(r0, 1)), placeRelaxed(other, day(r0, 2)))
                    .penalizes(0);
        }
    }

    @Nested
    class MentorDaysExceeded {

        @Test
        void penalizesEachMenteeBeyondTheDaysOffered() {
            Mentor r0 = mentor(0, 1);
            Mentee e1 = plainMentee("e1", 1);
            Mentee e2 = plainMentee("e2", 1);
            Mentee e3 = plainMentee("e3", 1);
            verifier.verifyThat(ImmersionConstraintProvider::mentorDaysExceeded)
                    .given(r0, e1, e2, e3, place(e1, day(r0, 1)), place(e2, day(r0, 2)), place(e3, day(r0, 3)))
                    .justifiesWithExactly(justification(null, "Nr0 (r0) hosts 3 mentees but offers 1 day", "r0"))
                    .penalizesBy(2);
        }

        @Test
        void ignoresMentorsWithinTheirDaysAndUnplacedMentees() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = plainMentee("e1", 1);
            Mentee e2 = plainMentee("e2", 1);
            Mentee e3 = plainMentee("e3", 1);
            verifier.verifyThat(ImmersionConstraintProvider::mentorDaysExceeded)
                    .given(r0, e1, e2, e3, place(e1, day(r0, 1)), place(e2, day(r0, 2)), place(e3, null))
                    .penalizes(0);
        }
    }

    @Nested
    class MentorDoubleBooked {

        @Test
        void penalizesEachExtraMenteeOnOneDayEvenThroughDistinctValues() {
            Mentor r0 = mentor(0, 5);
            Mentee e1 = plainMentee("e1", 1);
            Mentee e2 = plainMentee("e2", 1);
            Mentee e3 = plainMentee("e3", 1);
            MentorDay shared = day(r0, 1);
            verifier.verifyThat(ImmersionConstraintProvider::mentorDoubleBooked)
                    .given(r0, e1, e2, e3, place(e1, shared), place(e2, shared), place(e3, day(r0, 1)))
                    .justifiesWithExactly(justification(date(1), "Nr0 (r0) hosts 3 mentees on Tuesday 2 March 2027",
                            "r0"))
                    .penalizesBy(2);
        }

        @Test
        void ignoresOneMenteeADayAndTwoMentorsOnOneDay() {
            Mentor r0 = mentor(0, 5);
            Mentor r1 = mentor(1, 5);
            Mentee e1 = plainMentee("e1", 2);
            Mentee e2 = plainMentee("e2", 2);
            Mentee e3 = plainMentee("e3", 2);
            verifier.verifyThat(ImmersionConstraintProvider::mentorDoubleBooked)
                    .given(r0, r1, e1, e2, e3, place(e1, day(r0, 1)), place(e2, day(r0, 2)), place(e3, day(r1, 1)))
                    .penalizes(0);
        }
    }

    @Nested
    class ImmersionDayUnavailable {

        @Test
        void penalizesEachPersonNotAvailableAllDay() {
            Mentor r0 = mentor(0, 2, allDaysBut(3));
            Mentee e1 = mentee("e1", allDaysBut(3), plain());
            Mentee e2 = mentee("e2", allDays(), plain());
            verifier.verifyThat(ImmersionConstraintProvider::immersionDayUnavailable)
                    .given(r0, e1, e2, place(e1, day(r0, 3)), place(e2, day(r0, 3)))
                    .penalizesBy(3);
        }

        @Test
        void penalizesBothForADayOutsideTheProgramme() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = plainMentee("e1", 1);
            verifier.verifyThat(ImmersionConstraintProvider::immersionDayUnavailable)
                    .given(r0, e1, place(e1, day(r0, -3)))
                    .justifiesWithExactly(justification(date(-3),
                            "2 of Ne1 (e1) and Nr0 (r0) not available all day on Friday 26 February 2027", "e1",
                            "r0"))
                    .penalizesBy(2);
        }

        @Test
        void penalizesBothForAClosedDay() {
            // Day 3 (Thursday 4 March 2027) is closed: the programme's full days leave it out for everyone.
            org.peermatch.core.model.Programme programme = ImmersionFixture.programme(date(DAYS - 1),
                    List.of(member("r0"), member("e1"))).withClosed(
                    List.of(new org.peermatch.core.model.ClosedPeriod(date(3), date(3), "local holiday")));
            ImmersionScoring scoring = new ImmersionScoring(programme,
                    org.peermatch.core.scoring.DecayingNovelty.of(programme));
            Mentor r0 = new Mentor(0, member("r0"), 2, scoring.fullDays(member("r0")));
            Mentee e1 = mentee("e1", scoring.fullDays(member("e1")), plain());
            verifier.verifyThat(ImmersionConstraintProvider::immersionDayUnavailable)
                    .given(r0, e1, place(e1, day(r0, 3)))
                    .penalizesBy(2);
            verifier.verifyThat(ImmersionConstraintProvider::immersionDayUnavailable)
                    .given(r0, e1, place(e1, day(r0, 2)))
                    .penalizes(0);
        }

        @Test
        void ignoresADayBothHaveFree() {
            Mentor r0 = mentor(0, 2, allDaysBut(3));
            Mentee e1 = mentee("e1", allDaysBut(5), plain());
            verifier.verifyThat(ImmersionConstraintProvider::immersionDayUnavailable)
                    .given(r0, e1, place(e1, day(r0, 4)))
                    .penalizes(0);
        }
    }

    @Nested
    class ImmersionConflictOfInterest {

        @Test
        void penalizesAConflictedPair() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = mentee("e1", facts("both work for Opéra", List.of("music"), 15, 2, List.of(), 0, -1));
            verifier.verifyThat(ImmersionConstraintProvider::immersionConflictOfInterest)
                    .given(r0, e1, place(e1, day(r0, 1)))
                    .justifiesWithExactly(justification(date(1), "Ne1 (e1) and Nr0 (r0) both work for Opéra", "e1",
                            "r0"))
                    .penalizesBy(1);
        }

        @Test
        void ignoresAFreePairAndAnUnplacedConflictedMentee() {
            Mentor r0 = mentor(0, 2);
            Mentor r1 = mentor(1, 2);
            Mentee e1 = mentee("e1", plain(), facts("declared a conflict of interest", List.of("music"), 15, 2,
                    List.of(), 0, -1));
            Mentee e2 = plainMentee("e2", 2);
            verifier.verifyThat(ImmersionConstraintProvider::immersionConflictOfInterest)
                    .given(r0, r1, e1, e2, place(e1, day(r0, 1)), place(e2, null))
                    .penalizes(0);
        }
    }

    @Nested
    class MentorLessExperienced {

        @Test
        void penalizesEachMissingYearAtLeastOne() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = mentee("e1", facts(null, List.of("music"), 8, 12, List.of(), 0, -1));
            Mentee e2 = mentee("e2", facts(null, List.of("music"), 12, 12, List.of(), 0, -1));
            verifier.verifyThat(ImmersionConstraintProvider::mentorLessExperienced)
                    .given(r0, e1, e2, place(e1, day(r0, 1)), place(e2, day(r0, 2)))
                    .penalizesBy(5 + 1);
        }

        @Test
        void justifiesWithBothExperiences() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = mentee("e1", facts(null, List.of("music"), 8, 12, List.of(), 0, -1));
            verifier.verifyThat(ImmersionConstraintProvider::mentorLessExperienced)
                    .given(r0, e1, place(e1, day(r0, 1)))
                    .justifiesWithExactly(justification(date(1),
                            "Nr0 (r0) has 8 years of experience, Ne1 (e1) has 12", "e1", "r0"));
        }

        @Test
        void ignoresAMoreExperiencedMentor() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = mentee("e1", facts(null, List.of("music"), 13, 12, List.of(), 0, -1));
            verifier.verifyThat(ImmersionConstraintProvider::mentorLessExperienced)
                    .given(r0, e1, place(e1, day(r0, 1)))
                    .penalizes(0);
        }
    }

    // ---- medium --------------------------------------------------------------------------------------------------

    @Nested
    class MenteeUnplaced {

        @Test
        void penalizesEachMenteeWithoutMentorDay() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = plainMentee("e1", 1);
            Mentee e2 = plainMentee("e2", 1);
            Mentee e3 = plainMentee("e3", 1);
            verifier.verifyThat(ImmersionConstraintProvider::menteeUnplaced)
                    .given(r0, e1, e2, e3, place(e1, day(r0, 1)), place(e2, null), place(e3, null))
                    .penalizesBy(2);
        }

        @Test
        void justifiesWithTheMentee() {
            Mentee e1 = plainMentee("e1", 0);
            verifier.verifyThat(ImmersionConstraintProvider::menteeUnplaced)
                    .given(e1, place(e1, null))
                    .justifiesWithExactly(justification(null, "Ne1 (e1) has no mentor and day", "e1"));
        }

        @Test
        void ignoresPlacedMentees() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = plainMentee("e1", 1);
            verifier.verifyThat(ImmersionConstraintProvider::menteeUnplaced)
                    .given(r0, e1, place(e1, day(r0, 1)))
                    .penalizes(0);
        }
    }

    // ---- soft ----------------------------------------------------------------------------------------------------

    @Nested
    class ImmersionRepeatedInteraction {

        @Test
        void penalizesTheNoveltyCost() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = mentee("e1", facts(null, List.of("music"), 15, 2, List.of(), 71, -1));
            verifier.verifyThat(ImmersionConstraintProvider::immersionRepeatedInteraction)
                    .given(r0, e1, place(e1, day(r0, 1)))
                    .justifiesWithExactly(justification(date(1), "Ne1 (e1) and Nr0 (r0) have a novelty cost of 71",
                            "e1", "r0"))
                    .penalizesBy(71);
        }

        @Test
        void ignoresPeopleWhoNeverMet() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = plainMentee("e1", 1);
            verifier.verifyThat(ImmersionConstraintProvider::immersionRepeatedInteraction)
                    .given(r0, e1, place(e1, day(r0, 1)))
                    .penalizes(0);
        }
    }

    @Nested
    class ObjectivesMatched {

        @Test
        void rewardsEachMatchedObjective() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = mentee("e1", facts(null, List.of("music"), 15, 2, List.of("touring", "festival"), 0, -1));
            verifier.verifyThat(ImmersionConstraintProvider::objectivesMatched)
                    .given(r0, e1, place(e1, day(r0, 1)))
                    .justifiesWithExactly(justification(date(1), "Nr0 (r0) covers touring, festival", "e1", "r0"))
                    .rewardsWith(2);
        }

        @Test
        void ignoresAPairWithoutMatchedObjective() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = plainMentee("e1", 1);
            verifier.verifyThat(ImmersionConstraintProvider::objectivesMatched)
                    .given(r0, e1, place(e1, day(r0, 1)))
                    .rewards(0);
        }
    }

    @Nested
    class MentorSameSector {

        @Test
        void rewardsACommonSector() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = mentee("e1", facts(null, List.of("music", "theatre"), 15, 2, List.of(), 0, -1));
            verifier.verifyThat(ImmersionConstraintProvider::mentorSameSector)
                    .given(r0, e1, placeRelaxed(e1, day(r0, 1)))
                    .justifiesWithExactly(justification(date(1), "Ne1 (e1) and Nr0 (r0) both work in music, theatre",
                            "e1", "r0"))
                    .rewardsWith(1);
        }

        @Test
        void ignoresDifferentSectors() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = mentee("e1", facts(null, List.of(), 15, 2, List.of(), 0, -1));
            verifier.verifyThat(ImmersionConstraintProvider::mentorSameSector)
                    .given(r0, e1, placeRelaxed(e1, day(r0, 1)))
                    .rewards(0);
        }
    }

    @Nested
    class TravelDistance {

        @Test
        void penalizesEachKilometre() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = mentee("e1", facts(null, List.of("music"), 15, 2, List.of(), 0, 37));
            verifier.verifyThat(ImmersionConstraintProvider::travelDistance)
                    .given(r0, e1, place(e1, day(r0, 1)))
                    .justifiesWithExactly(justification(date(1), "Ne1 (e1) and Nr0 (r0) work 37 km apart", "e1",
                            "r0"))
                    .penalizesBy(37);
        }

        @Test
        void ignoresUnknownLocations() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = plainMentee("e1", 1);
            verifier.verifyThat(ImmersionConstraintProvider::travelDistance)
                    .given(r0, e1, place(e1, day(r0, 1)))
                    .penalizes(0);
        }
    }

    @Nested
    class ImmersionDaysClose {

        @Test
        void penalizesEveryTwoDaysCloserThanAFortnight() {
            Mentor r0 = mentor(0, 5);
            Mentor r1 = mentor(1, 5);
            Mentee e1 = plainMentee("e1", 2);
            Mentee e2 = plainMentee("e2", 2);
            Mentee e3 = plainMentee("e3", 2);
            // Days 1, 1 and 11: 14 (same day) + 4 + 4.
            verifier.verifyThat(ImmersionConstraintProvider::immersionDaysClose)
                    .given(r0, r1, e1, e2, e3, place(e1, day(r0, 1)), place(e2, day(r1, 1)), place(e3, day(r0, 11)))
                    .penalizesBy(14 + 4 + 4);
        }

        @Test
        void ignoresDaysAFortnightApartAndUnplacedMentees() {
            Mentor r0 = mentor(0, 5);
            Mentee e1 = plainMentee("e1", 1);
            Mentee e2 = plainMentee("e2", 1);
            Mentee e3 = plainMentee("e3", 1);
            verifier.verifyThat(ImmersionConstraintProvider::immersionDaysClose)
                    .given(r0, e1, e2, e3, place(e1, day(r0, 1)), place(e2, day(r0, 15)), place(e3, null))
                    .penalizes(0);
        }
    }
    @Nested
    class KeepBaselineImmersion {

        private MenteePlacement published(Mentee mentee, MentorDay publishedDay, MentorDay now) {
            MenteePlacement placement = place(mentee, now);
            placement.setBaselineDay(publishedDay);
            return placement;
        }

        @Test
        void penalizesEachMenteeMovedOrLeftWithoutTheirPublishedDay() {
            Mentor r0 = mentor(0, 3);
            Mentor r1 = mentor(1, 3);
            Mentee e1 = plainMentee("e1", 2);
            Mentee e2 = plainMentee("e2", 2);
            Mentee e3 = plainMentee("e3", 2);
            Mentee e4 = plainMentee("e4", 2);
            MentorDay kept = day(r0, 1);
            verifier.verifyThat(ImmersionConstraintProvider::keepBaselineImmersion)
                    .given(r0, r1, e1, e2, e3, e4,
                            published(e1, kept, kept),
                            published(e2, day(r0, 2), day(r0, 3)),
                            published(e3, day(r1, 2), null),
                            published(e4, day(r1, 4), day(r0, 4)))
                    .penalizesBy(3);
        }

        @Test
        void justifiesWithTheMenteeAndThePublishedDay() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = plainMentee("e1", 1);
            verifier.verifyThat(ImmersionConstraintProvider::keepBaselineImmersion)
                    .given(r0, e1, published(e1, day(r0, 1), null))
                    .justifiesWithExactly(justification(date(1), "Ne1 (e1) leaves the published day with "
                            + r0 + " on " + ImmersionScoring.format(date(1)), "e1"));
        }

        @Test
        void ignoresMenteesWithoutAPublishedDay() {
            Mentor r0 = mentor(0, 2);
            Mentee e1 = plainMentee("e1", 1);
            Mentee e2 = plainMentee("e2", 1);
            verifier.verifyThat(ImmersionConstraintProvider::keepBaselineImmersion)
                    .given(r0, e1, e2, place(e1, day(r0, 1)), place(e2, null))
                    .penalizes(0);
        }
    }
}
