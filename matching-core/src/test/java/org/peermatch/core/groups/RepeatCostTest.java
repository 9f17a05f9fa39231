package org.peermatch.core.groups;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatCostTest {

    @Test
    void firstMeetingIsFreeAndRepeatsCostMoreThanLinearly() {
        assertThat(RepeatCost.pairCost(0, 0)).isZero();
        assertThat(RepeatCost.pairCost(0, 1)).isZero();
        assertThat(RepeatCost.pairCost(0, 2)).isEqualTo(1);
        assertThat(RepeatCost.pairCost(0, 3)).isEqualTo(3);
        assertThat(RepeatCost.pairCost(0, 4)).isEqualTo(6);
        // two pairs meeting twice are cheaper than one pair meeting three times
        assertThat(2 * RepeatCost.pairCost(0, 2)).isLessThan(RepeatCost.pairCost(0, 3));
    }

    @Test
    void historyCountsButAPairKeptApartCostsNothing() {
        assertThat(RepeatCost.pairCost(3, 0)).isZero();
        assertThat(RepeatCost.pairCost(1, 1)).isEqualTo(1);
        assertThat(RepeatCost.pairCost(2, 1)).isEqualTo(2);
        assertThat(RepeatCost.pairCost(2, 2)).isEqualTo(2 + 3);
    }

    @Test
    void nextMeetingCostIsTheDifferenceOfPairCosts() {
        for (int before = 0; before < 5; before++) {
            for (int inPlan = 0; inPlan < 5; inPlan++) {
                assertThat(RepeatCost.pairCost(before, inPlan + 1) - RepeatCost.pairCost(before, inPlan))
                        .isEqualTo(RepeatCost.nextMeetingCost(before + inPlan));
            }
        }
    }

    @Test
    void repeatMeetingsCountMeetingsThatAreNotFirst() {
        assertThat(RepeatCost.repeatMeetings(0, 0)).isZero();
        assertThat(RepeatCost.repeatMeetings(0, 1)).isZero();
        assertThat(RepeatCost.repeatMeetings(0, 3)).isEqualTo(2);
        assertThat(RepeatCost.repeatMeetings(2, 0)).isZero();
        assertThat(RepeatCost.repeatMeetings(1, 1)).isEqualTo(1);
    }
}
