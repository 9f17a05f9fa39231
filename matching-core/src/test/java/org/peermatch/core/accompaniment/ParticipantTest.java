package org.peermatch.core.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.Member;
import org.peermatch.core.scoring.PairFacts;

/** The compact pair facts a participant keeps read back as the facts they were made from. */
class ParticipantTest {

    private static Member member(String id) {
        return new Member(id, "Name " + id, "Org " + id, List.of(), List.of(), List.of(), List.of(), Map.of(),
                Availability.ALWAYS, List.of(), List.of(), List.of());
    }

    private static final ResourcePerson R0 = new ResourcePerson(0, member("r0"), 10, 2);
    private static final ResourcePerson R1 = new ResourcePerson(1, member("r1"), 10, 2);
    private static final ResourcePerson R2 = new ResourcePerson(2, member("r2"), 10, 2);

    private static final PairFacts PLAIN = new PairFacts(null, 40, 23, List.of(), 0, null, 0, false, 0);
    private static final PairFacts RICH = new PairFacts("both work for Org", 3, 23, List.of("music"), 2,
            LocalDate.of(2026, 5, 12), Integer.MAX_VALUE, false, 255);

    @Test
    void readsBackWhatTheConstraintsUse() {
        Participant participant = new Participant(member("p1"), 2, List.of(PLAIN, RICH));
        for (ResourcePerson resource : List.of(R0, R1)) {
            PairFacts facts = participant.pairWith(resource);
            assertThat(participant.conflicted(resource)).isEqualTo(facts.conflicted());
            assertThat(participant.missingHalfDays(resource)).isEqualTo(facts.missingHalfDays());
            assertThat(participant.sameSector(resource)).isEqualTo(facts.sameSector());
            assertThat(participant.noveltyCost(resource)).isEqualTo(facts.noveltyCost());
            assertThat(participant.preferenceRank(resource)).isEqualTo(facts.preferenceRank());
            assertThat(participant.preferencePoints(resource)).isEqualTo(facts.preferencePoints());
        }
        assertThat(participant.noveltyCost(R1)).isEqualTo(Integer.MAX_VALUE);
        assertThat(participant.missingHalfDays(R1)).isEqualTo(20);
        assertThatThrownBy(() -> participant.pairWith(R2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("r2").hasMessageContaining("\nMaybe ");
    }

    @Test
    void computesTheFullFactsAndUnkeptPairsOnDemand() {
        Participant participant = new Participant(member("p1"), 2, new int[] {1}, List.of(RICH),
                resource -> resource == R1 ? RICH : PLAIN);
        assertThat(participant.pairWith(R1)).isEqualTo(RICH);
        assertThat(participant.noveltyCost(R1)).isEqualTo(Integer.MAX_VALUE);
        assertThat(participant.conflicted(R1)).isTrue();
        assertThat(participant.conflicted(R0)).isFalse();
        assertThat(participant.pairWith(R2)).isEqualTo(PLAIN);
    }

    @Test
    void refusesFactsOutOfTheCompactRange() {
        PairFacts costly = new PairFacts(null, 40, 23, List.of(), 1, null, 1L << 31, false, 0);
        assertThatThrownBy(() -> new Participant(member("p1"), 2, List.of(costly)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p1");
        assertThatThrownBy(() -> new Participant(member("p1"), 2, new int[] {1, 0}, List.of(PLAIN, PLAIN), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not increasing");
    }
}
