package org.peermatch.core.codevelopment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.Violation;

/** The independent certifier finds each broken hard rule, names the people, and finds nothing in good groups. */
class CodevelopmentCertifierTest {

    private final List<Member> members = List.of(
            CodevelopmentFixture.member("a", "Studio Nord", "music"),
            CodevelopmentFixture.member("b", "studio nord", "design"),
            CodevelopmentFixture.member("c", "Label C", List.of("games"), org.peermatch.core.model.Availability.ALWAYS,
                    List.of("d")),
            CodevelopmentFixture.member("d", "Label D", "heritage"),
            CodevelopmentFixture.member("e", "Label E", "music"),
            CodevelopmentFixture.member("f", "Label F", "music"));
    private final Programme programme = CodevelopmentFixture.programme(members, List.of(),
            new Decisions(List.of(), List.of(new ForbiddenPair("e", "f", "family ties"))),
            new CodevelopmentRules(3, 4, 1, 0), Map.of(), CodevelopmentFixture.START, CodevelopmentFixture.END,
            1_000L, 0L);
    private final CodevelopmentCertifier certifier = new CodevelopmentCertifier(programme);

    private static CodevelopmentGroup group(int number, String... members) {
        return new CodevelopmentGroup(number, List.of(members), List.of(), List.of());
    }

    @Test
    void goodGroupsBreakNothing() {
        assertThat(certifier.violations(List.of(group(1, "a", "c", "e"), group(2, "b", "d", "f")))).isEmpty();
    }

    @Test
    void sizesOutsideTheRangeAreFound() {
        assertThat(certifier.violations(List.of(group(1, "a", "c"), group(2, "b", "d", "e", "f", "c"))))
                .extracting(Violation::constraint, Violation::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("group-size-out-of-range",
                                "Group 1 has 2 members, fewer than the minimum of 3."),
                        org.assertj.core.groups.Tuple.tuple("group-size-out-of-range",
                                "Group 2 has 5 members, more than the maximum of 4."));
    }

    @Test
    void organizationsDeclaredConflictsAndForbiddenPairsAreFound() {
        List<Violation> violations = certifier.violations(List.of(group(1, "a", "b", "e", "f"), group(2, "c", "d",
                "a")));
        assertThat(violations).extracting(Violation::message).containsExactly(
                "Group 1 puts Name a (a) and Name b (b) together, but they both work for Studio Nord.",
                "Group 1 puts Name e (e) and Name f (f) together, but the committee forbade this pair.",
                "Group 2 puts Name c (c) and Name d (d) together, but a conflict of interest was declared between"
                        + " them.");
        assertThat(violations).extracting(Violation::constraint).containsOnly("group-conflict-of-interest");
    }
    @Test
    void sessionsOnAClosedDayOrWithoutEveryMemberAreFound() {
        Programme closed = programme.withClosed(List.of(new org.peermatch.core.model.ClosedPeriod(
                java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2027, 1, 8), "winter break")));
        CodevelopmentGroup group = new CodevelopmentGroup(1, List.of("a", "c", "e"), List.of(
                new CodevelopmentSession(1, java.time.LocalDate.of(2027, 1, 5), "AM", List.of("a")),
                new CodevelopmentSession(2, java.time.LocalDate.of(2027, 2, 2), "EVENING", List.of("c")),
                new CodevelopmentSession(3, java.time.LocalDate.of(2027, 3, 2), "PM", List.of("e"))), List.of());

        assertThat(new CodevelopmentCertifier(closed).violations(List.of(group)))
                .extracting(Violation::constraint, Violation::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("codevelopment-session-closed-day",
                                "Session 1 of group 1 falls on Tuesday 5 January 2027, a closed day of the programme"
                                        + " (winter break)."),
                        org.assertj.core.groups.Tuple.tuple("codevelopment-session-unavailable",
                                "Name a (a) is not available for session 2 of group 1 on Tuesday 2 February 2027"
                                        + " (EVENING)."),
                        org.assertj.core.groups.Tuple.tuple("codevelopment-session-unavailable",
                                "Name c (c) is not available for session 2 of group 1 on Tuesday 2 February 2027"
                                        + " (EVENING)."),
                        org.assertj.core.groups.Tuple.tuple("codevelopment-session-unavailable",
                                "Name e (e) is not available for session 2 of group 1 on Tuesday 2 February 2027"
                                        + " (EVENING)."));
    }
}
