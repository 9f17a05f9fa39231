package org.peermatch.core.accompaniment;

import java.math.RoundingMode;

import ai.timefold.solver.core.api.score.stream.common.LoadBalance;

/** How loaded a resource person is relative to what they offered, and how evenly loads are spread. */
final class AccompanimentLoad {

    private AccompanimentLoad() {
    }

    /** @return hours given per thousand of hours offered */
    static long permille(long hours, int capacity) {
        return capacity <= 0 ? 0 : hours * 1000 / capacity;
    }

    /** @return the unfairness of the loads, rounded to a whole number of permille */
    static long unfairness(LoadBalance<ResourcePerson> balance) {
        return balance.unfairness().setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
