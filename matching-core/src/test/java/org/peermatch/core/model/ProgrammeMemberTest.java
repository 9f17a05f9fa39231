package org.peermatch.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@link Programme#member} finds members by id through an index, with the answers of a scan of the list. */
class ProgrammeMemberTest {

    private static Member member(String id, String name) {
        return new Member(id, name, "Org", List.of(), List.of(), List.of(), List.of(), Map.of(), Availability.ALWAYS,
                List.of(), List.of(), List.of());
    }

    private static Programme programme(List<Member> members) {
        return new Programme("P", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30), ZoneId.of("Europe/Paris"),
                List.of(), AccompanimentRules.DEFAULT, members, List.of(), Decisions.NONE, Map.of(),
                SolverSettings.DEFAULT);
    }

    @Test
    void findsTheFirstMemberWithTheIdLikeAScan() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            members.add(member("m" + i, "Name " + i));
        }
        members.add(member("m7", "Second m7"));
        Programme programme = programme(members);

        assertThat(programme.member("m999").name()).isEqualTo("Name 999");
        assertThat(programme.member("m7").name()).isEqualTo("Name 7");
        assertThat(programme.member("nobody")).isNull();
        assertThat(programme.member(null)).isNull();
        // copies keep the same list, and it is a plain list to everyone else
        Programme copy = programme.withSolver(SolverSettings.DEFAULT.withSeed(3));
        assertThat(copy.members()).isSameAs(programme.members()).isEqualTo(members);
        assertThat(copy.member("m0").name()).isEqualTo("Name 0");
        assertThat(programme.members().hashCode()).isEqualTo(members.hashCode());
        assertThat(programme).isEqualTo(programme(List.copyOf(members)));
    }

    @Test
    void everyCopyKeepsWhatItDoesNotChange() {
        Programme programme = programme(List.of(member("m1", "One"))).withLanguage("fr")
                .withCoordinator(new Coordinator("Coordination", "coordination@example.org"));
        programme = programme.withMembers(programme.members(),
                new Applications(OrientationRules.DEFAULT, List.of(), List.of()));
        assertThat(programme.withDecisions(programme.decisions())).isEqualTo(programme);
        assertThat(programme.withSolver(programme.solver())).isEqualTo(programme);
        assertThat(programme.withWeights(programme.weights())).isEqualTo(programme);
        assertThat(programme.withClosed(programme.closed())).isEqualTo(programme);
        assertThat(programme.withDay(programme.halfDays(), programme.calendar())).isEqualTo(programme);
        assertThat(programme.withLanguage(programme.language())).isEqualTo(programme);
        assertThat(programme.withCoordinator(programme.coordinator())).isEqualTo(programme);
        assertThat(programme.withDecisions(Decisions.NONE).language()).isEqualTo("fr");
        assertThat(programme.withDecisions(Decisions.NONE).coordinator().email()).isEqualTo("coordination@example.org");
    }

    @Test
    void theMembersCannotBeChangedOrHoldNull() {
        Programme programme = programme(List.of(member("a", "A")));
        assertThatThrownBy(() -> programme.members().add(member("b", "B")))
                .isInstanceOf(UnsupportedOperationException.class);
        List<Member> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> programme(withNull)).isInstanceOf(NullPointerException.class);
    }
}
