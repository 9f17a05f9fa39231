package org.peermatch.core.accompaniment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Need;
import org.peermatch.core.scoring.PairFacts;

/**
 * One {@link ConstraintVerifier} test per constraint: a case that matches (amount and justification) and one that
 * does not. Facts are built by hand so that each case shows exactly what the constraint looks at.
 */
class AccompanimentConstraintProviderTest {

    private static final int MINIMUM = 3;
    private static final int REQUIRED_HALF_DAYS = 23;

    private final ConstraintVerifier<AccompanimentConstraintProvider, AccompanimentPlan> verifier =
            ConstraintVerifier.build(new AccompanimentConstraintProvider(), AccompanimentPlan.class,
                    ResourceSlot.class, NeedAssignment.class);

    // ---- fixture -------------------------------------------------------------------------------------------------

    private static Member member(String id) {
        return new Member(id, "Name " + id, "Org " + id, List.of(), List.of(), List.of(), List.of(), Map.of(),
                Availability.ALWAYS, List.of(), List.of(), List.of());
    }

    private static ResourcePerson resource(int index, int hours, int participants) {
        return new ResourcePerson(index, member("r" + index), hours, participants);
    }

    /** Facts of a pair with nothing special: no conflict, enough common half-days, never met, unranked. */
    private static PairFacts plain() {
        return new PairFacts(null, 40, REQUIRED_HALF_DAYS, List.of(), 0, null, 0, false, 0);
    }

    private static PairFacts conflict(String reason) {
        return new PairFacts(reason, 40, REQUIRED_HALF_DAYS, List.of(), 0, null, 0, false, 0);
    }

    private static PairFacts commonHalfDays(int common) {
        return new PairFacts(null, common, REQUIRED_HALF_DAYS, List.of(), 0, null, 0, false, 0);
    }

    private static PairFacts sectors(String... common) {
        return new PairFacts(null, 40, REQUIRED_HALF_DAYS, List.of(common), 0, null, 0, false, 0);
    }

    private static PairFacts history(int times, long noveltyCost, boolean continuity) {
        return new PairFacts(null, 40, REQUIRED_HALF_DAYS, List.of(), times,
                LocalDate.of(2026, 5, 12), noveltyCost, continuity, 0);
    }

    private static PairFacts ranked(int rank) {
        return new PairFacts(null, 40, REQUIRED_HALF_DAYS, List.of(), 0, null, 0, false, rank);
    }

    /** @return a participant whose pair with resource person i has the i-th facts */
    private static Participant participant(String id, int maxResourcePersons, PairFacts... pairs) {
        return new Participant(member(id), maxResourcePersons, List.of(pairs));
    }

    /** @return a participant with plain facts towards {@code resources} resource persons */
    private static Participant participant(String id, int maxResourcePersons, int resources) {
        PairFacts[] pairs = new PairFacts[resources];
        Arrays.fill(pairs, plain());
        return participant(id, maxResourcePersons, pairs);
    }

    /** @return the need covered by {@code resource} (uncovered when null), every resource person at {@code level} */
    private static NeedAssignment assign(Participant participant, Need need, ResourcePerson resource, int level,
            int resources) {
        int[] levels = new int[resources];
        Arrays.fill(levels, level);
        // Each covered need gets a slot of its own holding its resource person: the constraints only read the
        // resource person a need ends up with.
        ResourceSlot slot = resource == null ? null
                : new ResourceSlot(participant.getId() + "#" + need.topic(), participant, List.of(resource), resource,
                        false);
        return new NeedAssignment(participant.getId() + "/" + need.topic(), participant,
                slot == null ? List.of() : List.of(slot), need, levels, MINIMUM, slot, false);
    }

    /** @return the facts and entities with the slot of each need: the constraints join a need with its slot */
    private static Object[] withSlots(Object... facts) {
        List<Object> all = new ArrayList<>(List.of(facts));
        for (Object fact : facts) {
            if (fact instanceof NeedAssignment a && a.getSlot() != null && !all.contains(a.getSlot())) {
                all.add(a.getSlot());
            }
        }
        return all.toArray();
    }

    private static Need need(String topic, int priority, int hours) {
        return new Need(topic, priority, hours);
    }

    private static AccompanimentJustification justification(String topic, String message, String... members) {
        return new AccompanimentJustification(List.of(members), topic, message);
    }

    // ---- hard ----------------------------------------------------------------------------------------------------

    @Nested
    class CompetenceTooLow {

        @Test
        void penalizesEachMissingLevel() {
            ResourcePerson r0 = resource(0, 20, 3);
            Participant p1 = participant("p1", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::competenceTooLow)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 6), r0, 1, 1)))
                    .justifiesWithExactly(justification("budget", "r0 covers budget at level 1, below the minimum 3",
                            "p1", "r0"))
                    .penalizesBy(2);
        }

        @Test
        void ignoresTheMinimumLevelAndUncoveredNeeds() {
            ResourcePerson r0 = resource(0, 20, 3);
            Participant p1 = participant("p1", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::competenceTooLow)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 6), r0, MINIMUM, 1),
                            assign(p1, need("legal", 1, 6), null, 0, 1)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class ResourceHoursExceeded {

        @Test
        void penalizesEachExtraHour() {
            ResourcePerson r0 = resource(0, 10, 5);
            Participant p1 = participant("p1", 2, 1);
            Participant p2 = participant("p2", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::resourceHoursExceeded)
                    .given(withSlots(r0, p1, p2, assign(p1, need("budget", 1, 6), r0, MINIMUM, 1),
                            assign(p2, need("budget", 2, 8), r0, MINIMUM, 1)))
                    .justifiesWithExactly(justification(null, "r0 is given 14 hours but offers 10", "r0"))
                    .penalizesBy(4);
        }

        @Test
        void allowsExactlyTheHoursOffered() {
            ResourcePerson r0 = resource(0, 14, 5);
            Participant p1 = participant("p1", 2, 1);
            Participant p2 = participant("p2", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::resourceHoursExceeded)
                    .given(withSlots(r0, p1, p2, assign(p1, need("budget", 1, 6), r0, MINIMUM, 1),
                            assign(p2, need("budget", 2, 8), r0, MINIMUM, 1),
                            assign(p2, need("legal", 2, 8), null, MINIMUM, 1)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class ResourceParticipantsExceeded {

        @Test
        void penalizesEachExtraParticipant() {
            ResourcePerson r0 = resource(0, 100, 1);
            Participant p1 = participant("p1", 2, 1);
            Participant p2 = participant("p2", 2, 1);
            Participant p3 = participant("p3", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::resourceParticipantsExceeded)
                    .given(withSlots(r0, p1, p2, p3, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1),
                            assign(p1, need("legal", 1, 2), r0, MINIMUM, 1),
                            assign(p2, need("budget", 1, 2), r0, MINIMUM, 1),
                            assign(p3, need("budget", 1, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly(justification(null, "r0 accompanies 3 participants but offers 1", "r0"))
                    .penalizesBy(2);
        }

        @Test
        void countsParticipantsNotNeeds() {
            ResourcePerson r0 = resource(0, 100, 1);
            Participant p1 = participant("p1", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::resourceParticipantsExceeded)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1),
                            assign(p1, need("legal", 1, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class ConflictOfInterest {

        @Test
        void penalizesOncePerPair() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, conflict("both work for Le Bikini"));
            verifier.verifyThat(AccompanimentConstraintProvider::conflictOfInterest)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1),
                            assign(p1, need("legal", 1, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly(justification(null, "p1 and r0 both work for Le Bikini", "p1", "r0"))
                    .penalizesBy(1);
        }

        @Test
        void ignoresConflictsWithResourcePersonsNotPaired() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, plain(), conflict("declared a conflict of interest"));
            verifier.verifyThat(AccompanimentConstraintProvider::conflictOfInterest)
                    .given(withSlots(r0, r1, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 2),
                            assign(p1, need("legal", 1, 2), null, MINIMUM, 2)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class TooLittleCommonAvailability {

        @Test
        void penalizesEachMissingHalfDayOncePerPair() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, commonHalfDays(20));
            verifier.verifyThat(AccompanimentConstraintProvider::tooLittleCommonAvailability)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1),
                            assign(p1, need("legal", 1, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly(justification(null, "p1 and r0 share 20 available half-days, 23 needed",
                            "p1", "r0"))
                    .penalizesBy(3);
        }

        @Test
        void allowsExactlyTheMinimum() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, commonHalfDays(REQUIRED_HALF_DAYS), commonHalfDays(0));
            verifier.verifyThat(AccompanimentConstraintProvider::tooLittleCommonAvailability)
                    .given(withSlots(r0, r1, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 2)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class MeetingsCannotBeDated {

        @Test
        void penalizesEachMeetingTheCommonHalfDaysCannotDate() {
            // 10 hours with r0 call for 5 meetings of 2 hours; their common half-days date only 3.
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, 2);
            p1.limitMeetings(new int[] {3, 9}, 2);
            verifier.verifyThat(AccompanimentConstraintProvider::meetingsCannotBeDated)
                    .given(withSlots(r0, r1, p1, assign(p1, need("budget", 1, 6), r0, MINIMUM, 2),
                            assign(p1, need("legal", 1, 4), r0, MINIMUM, 2),
                            assign(p1, need("pitch", 2, 4), r1, MINIMUM, 2)))
                    .justifiesWithExactly(justification(null,
                            "p1 and r0 need 5 meetings for 10 hours, their common half-days date only 3", "p1", "r0"))
                    .penalizesBy(2);
        }

        @Test
        void allowsAsManyMeetingsAsCanBeDated() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, 1);
            p1.limitMeetings(new int[] {3}, 2);
            verifier.verifyThat(AccompanimentConstraintProvider::meetingsCannotBeDated)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 6), r0, MINIMUM, 1)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class PinnedPairMissing {

        @Test
        void penalizesAPinnedPairNotKept() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, 2);
            verifier.verifyThat(AccompanimentConstraintProvider::pinnedPairMissing)
                    .given(withSlots(r0, r1, p1, new PinnedPairFact(p1, r0),
                            assign(p1, need("budget", 1, 2), r1, MINIMUM, 2),
                            assign(p1, need("legal", 1, 2), null, MINIMUM, 2)))
                    .justifiesWithExactly(justification(null,
                            "the committee pinned p1 with r0 but they are not paired", "p1", "r0"))
                    .penalizesBy(1);
        }

        @Test
        void isKeptByAnyNeedOfThePair() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, 2);
            verifier.verifyThat(AccompanimentConstraintProvider::pinnedPairMissing)
                    .given(withSlots(r0, r1, p1, new PinnedPairFact(p1, r0),
                            assign(p1, need("budget", 1, 2), r1, MINIMUM, 2),
                            assign(p1, need("legal", 1, 2), r0, MINIMUM, 2)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class TooManyResourcePersons {

        @Test
        void penalizesEachExtraResourcePerson() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            ResourcePerson r2 = resource(2, 100, 5);
            Participant p1 = participant("p1", 1, 3);
            verifier.verifyThat(AccompanimentConstraintProvider::tooManyResourcePersons)
                    .given(withSlots(r0, r1, r2, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 3),
                            assign(p1, need("legal", 1, 2), r1, MINIMUM, 3),
                            assign(p1, need("pitch", 1, 2), r2, MINIMUM, 3)))
                    .justifiesWithExactly(justification(null, "p1 has 3 resource persons, at most 1 allowed", "p1"))
                    .penalizesBy(2);
        }

        @Test
        void countsDistinctResourcePersons() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, 2);
            verifier.verifyThat(AccompanimentConstraintProvider::tooManyResourcePersons)
                    .given(withSlots(r0, r1, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 2),
                            assign(p1, need("legal", 1, 2), r1, MINIMUM, 2),
                            assign(p1, need("pitch", 1, 2), r0, MINIMUM, 2)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    // ---- medium --------------------------------------------------------------------------------------------------

    @Nested
    class NeedUncovered {

        @Test
        void penalizesThePriorityWeightOfEachUncoveredNeed() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::needUncovered)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), null, MINIMUM, 1),
                            assign(p1, need("legal", 3, 2), null, MINIMUM, 1),
                            assign(p1, need("pitch", 2, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly(
                            justification("budget", "p1's need budget (priority 1) is not covered", "p1"),
                            justification("legal", "p1's need legal (priority 3) is not covered", "p1"))
                    .penalizesBy(3 + 1);
        }

        @Test
        void penalizesTheCoverWeightGivenByThePriorityWeights() {
            // Lexicographic weights of a programme with one priority-2 and one priority-3 need: 4, 2 and 1.
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, 1);
            NeedAssignment budget = new NeedAssignment("p1/budget", p1, List.of(), need("budget", 1, 2),
                    new int[] {MINIMUM}, MINIMUM, null, false, 4);
            NeedAssignment pitch = new NeedAssignment("p1/pitch", p1, List.of(), need("pitch", 2, 2),
                    new int[] {MINIMUM}, MINIMUM, null, false, 2);
            verifier.verifyThat(AccompanimentConstraintProvider::needUncovered)
                    .given(withSlots(r0, p1, budget, pitch))
                    .justifiesWithExactly(
                            justification("budget", "p1's need budget (priority 1) is not covered", "p1"),
                            justification("pitch", "p1's need pitch (priority 2) is not covered", "p1"))
                    .penalizesBy(4 + 2);
        }

        @Test
        void ignoresCoveredNeeds() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::needUncovered)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    // ---- soft ----------------------------------------------------------------------------------------------------

    @Nested
    class CompetenceAboveMinimum {

        @Test
        void rewardsTheExcessLevelTimesThePriorityWeight() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::competenceAboveMinimum)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 2, 2), r0, 5, 1)))
                    .justifiesWithExactly(justification("budget", "r0 covers budget at level 5/5", "p1", "r0"))
                    .rewardsWith((5 - MINIMUM) * 2);
        }

        @Test
        void ignoresTheMinimumLevel() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::competenceAboveMinimum)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1),
                            assign(p1, need("legal", 1, 2), null, 5, 1)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class SameSector {

        @Test
        void rewardsOncePerPairSharingASector() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, sectors("music", "design"));
            verifier.verifyThat(AccompanimentConstraintProvider::sameSector)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1),
                            assign(p1, need("legal", 1, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly(justification(null, "p1 and r0 both work in music, design", "p1", "r0"))
                    .rewardsWith(1);
        }

        @Test
        void ignoresPairsOfDifferentSectors() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, plain(), sectors("music"));
            verifier.verifyThat(AccompanimentConstraintProvider::sameSector)
                    .given(withSlots(r0, r1, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 2)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class RepeatedInteraction {

        @Test
        void penalizesTheNoveltyCostOncePerPair() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, history(2, 75, false));
            verifier.verifyThat(AccompanimentConstraintProvider::repeatedInteraction)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1),
                            assign(p1, need("legal", 1, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly(justification(null, "p1 and r0 worked together twice before",
                            "p1", "r0"))
                    .penalizesBy(75);
        }

        @Test
        void penalizesCommonPeersOfAPairWhoNeverWorkedTogether() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2,
                    new PairFacts(null, 40, REQUIRED_HALF_DAYS, List.of(), 0, null, List.of("c1", "c2"), 37, false,
                            0),
                    new PairFacts(null, 40, REQUIRED_HALF_DAYS, List.of(), 1, LocalDate.of(2022, 5, 12),
                            List.of("c3"), 20, false, 0));
            verifier.verifyThat(AccompanimentConstraintProvider::repeatedInteraction)
                    .given(withSlots(r0, r1, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1),
                            assign(p1, need("legal", 1, 2), r1, MINIMUM, 1)))
                    .justifiesWithExactly(
                            justification(null, "p1 and r0 both worked with c1, c2", "p1", "r0"),
                            justification(null, "p1 and r1 worked together once before and both worked with c3"
                                    + " since", "p1", "r1"))
                    .penalizesBy(57);
        }

        @Test
        void ignoresContinuityAskedFor() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, history(3, 0, true));
            verifier.verifyThat(AccompanimentConstraintProvider::repeatedInteraction)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class SeveralResourcePersons {

        @Test
        void penalizesEachResourcePersonBeyondTheFirst() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            ResourcePerson r2 = resource(2, 100, 5);
            Participant p1 = participant("p1", 3, 3);
            verifier.verifyThat(AccompanimentConstraintProvider::severalResourcePersons)
                    .given(withSlots(r0, r1, r2, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 3),
                            assign(p1, need("legal", 1, 2), r1, MINIMUM, 3),
                            assign(p1, need("pitch", 1, 2), r2, MINIMUM, 3),
                            assign(p1, need("export", 1, 2), r2, MINIMUM, 3)))
                    .justifiesWithExactly(justification(null, "p1 meets 3 resource persons", "p1"))
                    .penalizesBy(2);
        }

        @Test
        void ignoresOneResourcePersonForSeveralNeeds() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 3, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::severalResourcePersons)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1),
                            assign(p1, need("legal", 1, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class UnbalancedLoad {

        @Test
        void penalizesTheUnfairnessOfPermilleLoadsIncludingIdleResourcePersons() {
            // Loads 1000‰, 0‰, 0‰: sqrt(Σ(x - mean)²) = sqrt(10^6 - 10^6 / 3) = 816.50 -> 816 (rounded half-up).
            ResourcePerson r0 = resource(0, 10, 5);
            ResourcePerson r1 = resource(1, 20, 5);
            ResourcePerson r2 = resource(2, 30, 5);
            Participant p1 = participant("p1", 2, 3);
            verifier.verifyThat(AccompanimentConstraintProvider::unbalancedLoad)
                    .given(withSlots(r0, r1, r2, p1, assign(p1, need("budget", 1, 4), r0, MINIMUM, 3),
                            assign(p1, need("legal", 1, 6), r0, MINIMUM, 3)))
                    .justifiesWithExactly(justification(null,
                            "loads relative to capacity are uneven (unfairness 816)"))
                    .penalizesBy(816);
        }

        @Test
        void hasNoCostWhenLoadsAreEvenRelativeToCapacity() {
            // 5 of 10 hours and 10 of 20 hours: both 500‰.
            ResourcePerson r0 = resource(0, 10, 5);
            ResourcePerson r1 = resource(1, 20, 5);
            Participant p1 = participant("p1", 2, 2);
            verifier.verifyThat(AccompanimentConstraintProvider::unbalancedLoad)
                    .given(withSlots(r0, r1, p1, assign(p1, need("budget", 1, 5), r0, MINIMUM, 2),
                            assign(p1, need("legal", 1, 10), r1, MINIMUM, 2)))
                    .justifiesWithExactly(justification(null,
                            "loads relative to capacity are uneven (unfairness 0)"))
                    .hasNoImpact();
        }
    }

    @Nested
    class WorstOffParticipant {

        @Test
        void penalizesTheSquareOfEachParticipantsUncoveredPriorityWeight() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, 1);
            Participant p2 = participant("p2", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::worstOffParticipant)
                    .given(withSlots(r0, p1, p2, assign(p1, need("budget", 1, 2), null, MINIMUM, 1),
                            assign(p1, need("legal", 2, 2), null, MINIMUM, 1),
                            assign(p1, need("pitch", 1, 2), r0, MINIMUM, 1),
                            assign(p2, need("budget", 3, 2), null, MINIMUM, 1)))
                    .justifiesWithExactly(
                            justification(null, "p1 has uncovered needs of total priority weight 5", "p1"),
                            justification(null, "p2 has uncovered needs of total priority weight 1", "p2"))
                    .penalizesBy(5 * 5 + 1);
        }

        @Test
        void ignoresParticipantsFullyCovered() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::worstOffParticipant)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class PreferredResourcePerson {

        @Test
        void rewardsFourPointsForTheFirstChoiceDownToOne() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, ranked(2), ranked(6));
            verifier.verifyThat(AccompanimentConstraintProvider::preferredResourcePerson)
                    .given(withSlots(r0, r1, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 2),
                            assign(p1, need("legal", 1, 2), r0, MINIMUM, 2),
                            assign(p1, need("pitch", 1, 2), r1, MINIMUM, 2)))
                    .justifiesWithExactly(justification(null, "p1 ranked r0 #2", "p1", "r0"),
                            justification(null, "p1 ranked r1 #6", "p1", "r1"))
                    .rewardsWith(3 + 1);
        }

        @Test
        void ignoresUnrankedResourcePersons() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, plain(), ranked(1));
            verifier.verifyThat(AccompanimentConstraintProvider::preferredResourcePerson)
                    .given(withSlots(r0, r1, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 2)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    // ---- re-planning from a baseline -------------------------------------------------------------------------------

    @Nested
    class KeepBaselinePair {

        @Test
        void penalizesANeedTakenFromItsBaselineResourcePersonAndANewPair() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, 2);
            verifier.verifyThat(AccompanimentConstraintProvider::keepBaselinePair)
                    .given(withSlots(r0, r1, p1, new ReplanFact(ReplanFact.UNLIMITED),
                            new BaselinePairFact(p1, r0), new BaselineNeedFact("p1/budget", p1, r0),
                            new BaselineNeedFact("p1/legal", p1, r0),
                            assign(p1, need("budget", 1, 2), r1, MINIMUM, 2),
                            assign(p1, need("legal", 1, 2), r0, MINIMUM, 2)))
                    .justifiesWithExactly(
                            justification(null, "the plan takes p1/budget from r0, a need of the baseline", "p1",
                                    "r0"),
                            justification(null, "the plan adds p1 with r1, a new pair", "p1", "r1"))
                    .penalizesBy(2);
        }

        @Test
        void costsNothingWhenTheBaselineIsKeptOrWithoutABaseline() {
            ResourcePerson r0 = resource(0, 100, 5);
            Participant p1 = participant("p1", 2, 1);
            verifier.verifyThat(AccompanimentConstraintProvider::keepBaselinePair)
                    .given(withSlots(r0, p1, new ReplanFact(ReplanFact.UNLIMITED), new BaselinePairFact(p1, r0),
                            new BaselineNeedFact("p1/budget", p1, r0),
                            assign(p1, need("budget", 1, 2), r0, MINIMUM, 1)))
                    .hasNoImpact();
            verifier.verifyThat(AccompanimentConstraintProvider::keepBaselinePair)
                    .given(withSlots(r0, p1, assign(p1, need("budget", 1, 2), r0, MINIMUM, 1)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }

    @Nested
    class BaselineChangesExceeded {

        @Test
        void penalizesEachChangeBeyondTheBudget() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, 2);
            verifier.verifyThat(AccompanimentConstraintProvider::baselineChangesExceeded)
                    .given(withSlots(r0, r1, p1, new ReplanFact(0), new BaselinePairFact(p1, r0),
                            new BaselineNeedFact("p1/budget", p1, r0),
                            assign(p1, need("budget", 1, 2), r1, MINIMUM, 2)))
                    .justifiesWithExactly(justification(null,
                            "the plan makes 2 changes to the baseline, at most 0 allowed"))
                    .penalizesBy(2);
        }

        @Test
        void allowsChangesWithinTheBudgetOrWithoutOne() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, 2);
            for (ReplanFact replan : List.of(new ReplanFact(2), new ReplanFact(ReplanFact.UNLIMITED))) {
                verifier.verifyThat(AccompanimentConstraintProvider::baselineChangesExceeded)
                        .given(withSlots(r0, r1, p1, replan, new BaselinePairFact(p1, r0),
                                new BaselineNeedFact("p1/budget", p1, r0),
                                assign(p1, need("budget", 1, 2), r1, MINIMUM, 2)))
                        .justifiesWithExactly()
                        .hasNoImpact();
            }
        }
    }

    @Nested
    class AlternativePairReused {

        @Test
        void penalizesEachPairAnEarlierAlternativeHolds() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, 2);
            verifier.verifyThat(AccompanimentConstraintProvider::alternativePairReused)
                    .given(withSlots(r0, r1, p1, new EarlierPairFact(p1, r0),
                            assign(p1, need("budget", 1, 2), r0, MINIMUM, 2),
                            assign(p1, need("legal", 1, 2), r0, MINIMUM, 2),
                            assign(p1, need("pitch", 1, 2), r1, MINIMUM, 2)))
                    .justifiesWithExactly(justification(null,
                            "p1 and r0 are already paired in an earlier alternative", "p1", "r0"))
                    .penalizesBy(1);
        }

        @Test
        void ignoresNewPairs() {
            ResourcePerson r0 = resource(0, 100, 5);
            ResourcePerson r1 = resource(1, 100, 5);
            Participant p1 = participant("p1", 2, 2);
            verifier.verifyThat(AccompanimentConstraintProvider::alternativePairReused)
                    .given(withSlots(r0, r1, p1, new EarlierPairFact(p1, r1),
                            assign(p1, need("budget", 1, 2), r0, MINIMUM, 2)))
                    .justifiesWithExactly()
                    .hasNoImpact();
        }
    }
}
