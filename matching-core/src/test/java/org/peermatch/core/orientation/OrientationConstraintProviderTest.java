package org.peermatch.core.orientation;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Application;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;

/**
 * One {@link ConstraintVerifier} test per constraint: a case that matches (amount and justification) and one that
 * does not. Options are built by hand so that each case shows exactly what the constraint looks at.
 */
class OrientationConstraintProviderTest {

    private final ConstraintVerifier<OrientationConstraintProvider, OrientationPlan> verifier =
            ConstraintVerifier.build(new OrientationConstraintProvider(), OrientationPlan.class,
                    ApplicantOrientation.class);

    // ---- fixture -------------------------------------------------------------------------------------------------

    /** An applicant wishing workshops then accompaniment, with two needs of priority 1 and 3 (weight 4 in all). */
    private static Applicant applicant(String id, List<String> groups, List<Mode> pinned, List<Mode> forbidden) {
        return new Applicant(0, id, "Applicant " + id + " (" + id + ")",
                new Application(id, List.of(Mode.WORKSHOP, Mode.ACCOMPANIMENT), "", false, false, 0, null),
                List.of(new Need("pitch", 1, 4), new Need("pricing", 3, 6)), groups, pinned, forbidden);
    }

    private static Applicant applicant(String id) {
        return applicant(id, List.of(), List.of(), List.of());
    }

    private static OrientationOption option(String id, List<Mode> modes, int units, int served, int unserved,
            int fitReward, int rankCost, List<Mode> notWished, List<Mode> forbidden, List<Mode> useless) {
        return new OrientationOption(id, modes, modes.stream().map(mode -> new ModeLoad(mode, units)).toList(),
                served, unserved, fitReward, rankCost, notWished, forbidden, useless);
    }

    /** Workshops only: serves pitch (weight 3, fit 3), not pricing (weight 1). */
    private static OrientationOption workshop(String id, int units) {
        return option(id, List.of(Mode.WORKSHOP), units, 3, 1, 9, 0, List.of(), List.of(), List.of());
    }

    private static ApplicantOrientation oriented(Applicant applicant, OrientationOption option) {
        return new ApplicantOrientation(applicant, List.of(option), option);
    }

    private static ApplicantOrientation notAdmitted(Applicant applicant) {
        return new ApplicantOrientation(applicant, List.of(), null);
    }

    private static ModeCapacity capacity(Mode mode, long units, long participants) {
        return new ModeCapacity(mode, units, participants, units);
    }

    private static final BeneficiaryLimit NO_LIMIT = new BeneficiaryLimit(ModeCapacity.UNBOUNDED);

    // ---- hard ----------------------------------------------------------------------------------------------------

    @Nested
    class OrientationNotWished {
        @Test
        void aModeNotWishedCostsOnePerMode() {
            verifier.verifyThat(OrientationConstraintProvider::orientationNotWished)
                    .given(oriented(applicant("a"), option("a", List.of(Mode.WORKSHOP, Mode.IMMERSION), 1, 3, 1, 9, 0,
                            List.of(Mode.IMMERSION), List.of(), List.of())))
                    .penalizesBy(1);
            verifier.verifyThat(OrientationConstraintProvider::orientationNotWished)
                    .given(oriented(applicant("a"), option("a", List.of(Mode.IMMERSION), 1, 0, 4, 0, 0,
                            List.of(Mode.IMMERSION), List.of(), List.of(Mode.IMMERSION))))
                    .justifiesWith(new OrientationJustification(List.of("a"),
                            "Applicant a (a) is given immersion mentoring, which they did not wish for"));
        }

        @Test
        void wishedModesCostNothing() {
            verifier.verifyThat(OrientationConstraintProvider::orientationNotWished)
                    .given(oriented(applicant("a"), workshop("a", 1)), notAdmitted(applicant("b")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class OrientationForbidden {
        @Test
        void aForbiddenModeCosts() {
            verifier.verifyThat(OrientationConstraintProvider::orientationForbidden)
                    .given(oriented(applicant("a"), option("a", List.of(Mode.WORKSHOP), 1, 3, 1, 9, 0, List.of(),
                            List.of(Mode.WORKSHOP), List.of())))
                    .penalizesBy(1);
        }

        @Test
        void otherModesCostNothing() {
            verifier.verifyThat(OrientationConstraintProvider::orientationForbidden)
                    .given(oriented(applicant("a"), workshop("a", 1)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class OrientationPinMissing {
        @Test
        void aPinnedModeNotGivenCostsEvenWhenNotAdmitted() {
            Applicant pinned = applicant("a", List.of(), List.of(Mode.ACCOMPANIMENT, Mode.WORKSHOP), List.of());
            verifier.verifyThat(OrientationConstraintProvider::orientationPinMissing)
                    .given(notAdmitted(pinned))
                    .penalizesBy(2);
            verifier.verifyThat(OrientationConstraintProvider::orientationPinMissing)
                    .given(oriented(pinned, workshop("a", 1)))
                    .penalizesBy(1);
        }

        @Test
        void aPinnedModeGivenCostsNothing() {
            verifier.verifyThat(OrientationConstraintProvider::orientationPinMissing)
                    .given(oriented(applicant("a", List.of(), List.of(Mode.WORKSHOP), List.of()), workshop("a", 1)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class ModeCapacityExceeded {
        @Test
        void unitsBeyondTheCapacityCostOneEach() {
            verifier.verifyThat(OrientationConstraintProvider::modeCapacityExceeded)
                    .given(oriented(applicant("a"), workshop("a", 3)), oriented(applicant("b"), workshop("b", 2)),
                            capacity(Mode.WORKSHOP, 4, 10), capacity(Mode.ACCOMPANIMENT, 0, 10))
                    .penalizesBy(1);
            verifier.verifyThat(OrientationConstraintProvider::modeCapacityExceeded)
                    .given(oriented(applicant("a"), workshop("a", 5)), capacity(Mode.WORKSHOP, 4, 10))
                    .justifiesWith(new OrientationJustification(List.of(),
                            "collective workshops is given 5 units but has 4 left"));
        }

        @Test
        void withinTheCapacityCostsNothing() {
            verifier.verifyThat(OrientationConstraintProvider::modeCapacityExceeded)
                    .given(oriented(applicant("a"), workshop("a", 3)), oriented(applicant("b"), workshop("b", 1)),
                            capacity(Mode.WORKSHOP, 4, 10))
                    .penalizesBy(0);
        }
    }

    @Nested
    class ModeParticipantsExceeded {
        @Test
        void participantsBeyondTheCommitteesLimitCostOneEach() {
            verifier.verifyThat(OrientationConstraintProvider::modeParticipantsExceeded)
                    .given(oriented(applicant("a"), workshop("a", 1)), oriented(applicant("b"), workshop("b", 1)),
                            oriented(applicant("c"), workshop("c", 1)), capacity(Mode.WORKSHOP, 100, 1))
                    .penalizesBy(2);
        }

        @Test
        void withinTheLimitCostsNothing() {
            verifier.verifyThat(OrientationConstraintProvider::modeParticipantsExceeded)
                    .given(oriented(applicant("a"), workshop("a", 1)), capacity(Mode.WORKSHOP, 100, 1))
                    .penalizesBy(0);
        }
    }

    @Nested
    class BeneficiariesExceeded {
        @Test
        void applicantsBeyondTheLimitCostOneEach() {
            verifier.verifyThat(OrientationConstraintProvider::beneficiariesExceeded)
                    .given(oriented(applicant("a"), workshop("a", 1)), oriented(applicant("b"), workshop("b", 1)),
                            notAdmitted(applicant("c")), new BeneficiaryLimit(1))
                    .penalizesBy(1);
        }

        @Test
        void withinTheLimitCostsNothing() {
            verifier.verifyThat(OrientationConstraintProvider::beneficiariesExceeded)
                    .given(oriented(applicant("a"), workshop("a", 1)), notAdmitted(applicant("b")), NO_LIMIT)
                    .penalizesBy(0);
        }
    }

    // ---- medium --------------------------------------------------------------------------------------------------

    @Nested
    class ApplicantNeedUnserved {
        @Test
        void unservedNeedsCostTheirPriorityWeight() {
            verifier.verifyThat(OrientationConstraintProvider::applicantNeedUnserved)
                    .given(oriented(applicant("a"), workshop("a", 1)), notAdmitted(applicant("b")))
                    .penalizesBy(1 + 4);
        }

        @Test
        void servedNeedsCostNothing() {
            verifier.verifyThat(OrientationConstraintProvider::applicantNeedUnserved)
                    .given(oriented(applicant("a"), option("a", List.of(Mode.WORKSHOP, Mode.ACCOMPANIMENT), 1, 4, 0,
                            12, 1, List.of(), List.of(), List.of())))
                    .penalizesBy(0);
        }
    }

    // ---- soft ----------------------------------------------------------------------------------------------------

    @Nested
    class OrientationWorstOff {
        @Test
        void unservedWeightCostsItsSquare() {
            verifier.verifyThat(OrientationConstraintProvider::orientationWorstOff)
                    .given(oriented(applicant("a"), workshop("a", 1)), notAdmitted(applicant("b")))
                    .penalizesBy(1 + 16);
        }

        @Test
        void everyNeedServedCostsNothing() {
            verifier.verifyThat(OrientationConstraintProvider::orientationWorstOff)
                    .given(oriented(applicant("a"), option("a", List.of(Mode.WORKSHOP), 1, 4, 0, 12, 0, List.of(),
                            List.of(), List.of())))
                    .penalizesBy(0);
        }
    }

    @Nested
    class PriorityGroupServed {
        @Test
        void servedWeightIsRewardedOncePerGroup() {
            Applicant grouped = applicant("a", List.of("first-time-applicants", "territory:ariege"), List.of(),
                    List.of());
            verifier.verifyThat(OrientationConstraintProvider::priorityGroupServed)
                    .given(oriented(grouped, workshop("a", 1)))
                    .rewardsWith(2 * 3);
        }

        @Test
        void applicantsOutsideTheGroupsOrNotAdmittedAreNotRewarded() {
            verifier.verifyThat(OrientationConstraintProvider::priorityGroupServed)
                    .given(oriented(applicant("a"), workshop("a", 1)),
                            notAdmitted(applicant("b", List.of("small-structures"), List.of(), List.of())))
                    .rewardsWith(0);
        }
    }

    @Nested
    class ModeFit {
        @Test
        void servedNeedsAreRewardedByFit() {
            verifier.verifyThat(OrientationConstraintProvider::modeFit)
                    .given(oriented(applicant("a"), workshop("a", 1)))
                    .rewardsWith(9);
        }

        @Test
        void notAdmittedIsNotRewarded() {
            verifier.verifyThat(OrientationConstraintProvider::modeFit)
                    .given(notAdmitted(applicant("a")))
                    .rewardsWith(0);
        }
    }

    @Nested
    class LowerWish {
        @Test
        void aSecondWishCostsOne() {
            verifier.verifyThat(OrientationConstraintProvider::lowerWish)
                    .given(oriented(applicant("a"), option("a", List.of(Mode.ACCOMPANIMENT), 6, 1, 3, 3, 1,
                            List.of(), List.of(), List.of())))
                    .penalizesBy(1);
        }

        @Test
        void theFirstWishCostsNothing() {
            verifier.verifyThat(OrientationConstraintProvider::lowerWish)
                    .given(oriented(applicant("a"), workshop("a", 1)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class ModeServesNoNeed {
        @Test
        void aModeBestForNoNeedCosts() {
            verifier.verifyThat(OrientationConstraintProvider::modeServesNoNeed)
                    .given(oriented(applicant("a"), option("a", List.of(Mode.WORKSHOP, Mode.IMMERSION), 1, 3, 1, 9,
                            0, List.of(), List.of(), List.of(Mode.IMMERSION))))
                    .penalizesBy(1);
        }

        @Test
        void usefulModesCostNothing() {
            verifier.verifyThat(OrientationConstraintProvider::modeServesNoNeed)
                    .given(oriented(applicant("a"), workshop("a", 1)))
                    .penalizesBy(0);
        }
    }
}
