package org.peermatch.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Mode;

class InteractionHistoryTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 12);
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);

    private final InteractionHistory history = new InteractionHistory(List.of(
            new Interaction(List.of("a", "b", "c"), Mode.CODEVELOPMENT, MAY),
            new Interaction(List.of("b", "a"), Mode.ACCOMPANIMENT, MARCH)));

    @Test
    void indexesEveryPairOfAnInteractionInEitherOrderOldestFirst() {
        assertThat(history.datesOf("a", "b")).containsExactly(MARCH, MAY);
        assertThat(history.datesOf("b", "a")).containsExactly(MARCH, MAY);
        assertThat(history.datesOf("c", "a")).containsExactly(MAY);
        assertThat(history.datesOf("b", "c")).containsExactly(MAY);
    }

    @Test
    void isEmptyForPairsThatNeverMet() {
        assertThat(history.datesOf("a", "d")).isEmpty();
        assertThat(history.datesOf("a", "a")).isEmpty();
    }

    @Test
    void countsAMemberListedTwiceInOneInteractionOnce() {
        InteractionHistory repeated = new InteractionHistory(List.of(
                new Interaction(List.of("a", "b", "b"), Mode.CODEVELOPMENT, MAY)));
        assertThat(repeated.datesOf("a", "b")).containsExactly(MAY);
        assertThat(repeated.datesOf("b", "b")).isEmpty();
    }
}
