package org.peermatch.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.testing.Programmes;

class NoveltyTest {

    private static final LocalDate REFERENCE = LocalDate.of(2027, 1, 4);

    @Test
    void decayIsOneOnAndAfterTheReferenceDateAndHalvesEveryHalfLife() {
        assertThat(Novelty.decay(REFERENCE, REFERENCE, 12)).isEqualTo(1.0);
        assertThat(Novelty.decay(REFERENCE.plusYears(1), REFERENCE, 12)).isEqualTo(1.0);
        // 2026-01-04 is 365 days, 11.99 months, before the reference date.
        assertThat(Novelty.decay(REFERENCE.minusYears(1), REFERENCE, 12)).isCloseTo(0.5, within(0.001));
        assertThat(Novelty.decay(REFERENCE.minusMonths(3), REFERENCE, 3)).isCloseTo(0.5, within(0.01));
        assertThat(Novelty.decay(REFERENCE.minusYears(3), REFERENCE, 12)).isCloseTo(0.125, within(0.001));
    }

    @Test
    void continuityAskedCancelsTheCostInPairScoring() {
        Member participant = Programmes.participant("p1", "Org A", "music", new Need("budget", 1, 6));
        Member resource = Programmes.resource("r1", "Org B", "design", 20, 3);
        Member continuing = new Member("p2", "Participant p2", "Org C", List.of("music"),
                List.of(Mode.ACCOMPANIMENT), List.of(new Need("budget", 1, 6)), List.of(), Map.of(),
                participant.availability(), List.of(), List.of("r1"), List.of());
        List<Interaction> history = List.of(
                new Interaction(List.of("p1", "r1", "p2"), Mode.ACCOMPANIMENT, Programmes.START.minusYears(1)));
        Programme programme = Programmes.of(List.of(participant, resource, continuing), history, Decisions.NONE,
                Map.of());
        PairScoring scoring = new PairScoring(programme);

        PairFacts repeated = scoring.facts(participant, resource);
        assertThat(repeated.noveltyCost()).isEqualTo(50);
        assertThat(repeated.earlierInteractions()).isEqualTo(1);
        assertThat(repeated.lastInteraction()).isEqualTo(Programmes.START.minusYears(1));
        assertThat(repeated.continuityAsked()).isFalse();

        PairFacts continued = scoring.facts(continuing, resource);
        assertThat(continued.noveltyCost()).isZero();
        assertThat(continued.earlierInteractions()).isEqualTo(1);
        assertThat(continued.continuityAsked()).isTrue();
    }
}
