package org.peermatch.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Mode;

class NoveltyWordsTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 11);

    @Test
    void countsInWords() {
        assertThat(NoveltyWords.times(1)).isEqualTo("once");
        assertThat(NoveltyWords.times(2)).isEqualTo("twice");
        assertThat(NoveltyWords.times(3)).isEqualTo("3 times");
    }

    @Test
    void idsReadAsWords() {
        assertThat(NoveltyWords.label("live-performance")).isEqualTo("live performance");
        assertThat(NoveltyWords.labels(List.of("music", "european-projects")))
                .containsExactly("music", "european projects");
    }

    @Test
    void meetingsPlannedInTheProposalAreNotHistory() {
        DecayingNovelty history = new DecayingNovelty(List.of(
                new Interaction(List.of("a", "b"), Mode.ACCOMPANIMENT, LocalDate.of(2026, 5, 12)),
                new Interaction(List.of("a", "b"), Mode.OTHER, LocalDate.of(2025, 3, 1))), START, 12);
        DecayingNovelty planned = history.withPlannedMeetings(List.of(
                new Interaction(List.of("a", "b"), Mode.ACCOMPANIMENT, START),
                new Interaction(List.of("a", "c"), Mode.ACCOMPANIMENT, START)));

        Acquaintance ab = planned.acquaintance("a", "b");
        Acquaintance ac = planned.acquaintance("a", "c");

        assertThat(history.acquaintance("a", "b").plannedMeetings()).isZero();
        assertThat(NoveltyWords.directMeetings(history.acquaintance("a", "b")))
                .isEqualTo("worked together twice, last in May 2026");
        assertThat(ab.directMeetings()).isEqualTo(3);
        assertThat(ab.plannedMeetings()).isEqualTo(1);
        assertThat(ab.earlierMeetings()).isEqualTo(2);
        assertThat(NoveltyWords.directMeetings(ab))
                .isEqualTo("worked together twice before, and are already paired elsewhere in this proposal");
        assertThat(NoveltyWords.directMeetings(ac)).isEqualTo("are already paired elsewhere in this proposal");
        // Planning more never lowers a cost.
        assertThat(ab.cost()).isGreaterThan(history.acquaintance("a", "b").cost());
    }
}
