package org.peermatch.core.codevelopment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;

/** The session plan of one group: dates, half-days and client rotation. */
class SessionPlanTest {

    private static List<Member> members(int count, Availability availability) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(CodevelopmentFixture.member("m" + i, "Org " + i, List.of("music"), availability, List.of()));
        }
        return members;
    }

    private static Programme programme(List<Member> members, int clientsPerSession) {
        return CodevelopmentFixture.programme(members, List.of(), Decisions.NONE,
                new CodevelopmentRules(2, 8, clientsPerSession, 0), Map.of(), CodevelopmentFixture.START,
                CodevelopmentFixture.END, 1_000L, 0L);
    }

    private static CodevelopmentGroup group(Programme programme, List<Member> members) {
        SessionPlanner.Schedule schedule = new SessionPlanner(programme).plan(members);
        CodevelopmentGroup group = new CodevelopmentGroup(1, members.stream().map(Member::id).toList(),
                schedule.sessions(), schedule.notes());
        SessionCheck.check(programme, group);
        return group;
    }

    @Test
    void availableMembersMeetEvenlyFromTheStartInDistinctMonths() {
        List<Member> members = members(6, Availability.ALWAYS);
        CodevelopmentGroup group = group(programme(members, 1), members);

        assertThat(group.sessions()).hasSize(6);
        assertThat(group.sessions().getFirst().date()).isEqualTo(CodevelopmentFixture.START);
        assertThat(group.sessions().getFirst().halfDay()).isEqualTo("AM");
        assertThat(group.sessions().stream().map(s -> YearMonth.from(s.date())).distinct()).hasSize(6);
        assertThat(group.sessions()).extracting(CodevelopmentSession::clients)
                .containsExactly(List.of("m0"), List.of("m1"), List.of("m2"), List.of("m3"), List.of("m4"),
                        List.of("m5"));
        assertThat(group.reasons()).isEmpty();
    }

    @Test
    void twoClientsPerSessionHalveTheSessions() {
        List<Member> members = members(5, Availability.ALWAYS);
        CodevelopmentGroup group = group(programme(members, 2), members);

        assertThat(group.sessions()).extracting(CodevelopmentSession::clients)
                .containsExactly(List.of("m0", "m1"), List.of("m2", "m3"), List.of("m4"));
    }

    @Test
    void whenNoCommonHalfDayIsNearTheAimTheNearestIsTakenAndSaid() {
        // Common time only on Tuesday mornings of March and April 2027: 4 sessions aimed at January to October.
        Availability spring = CodevelopmentFixture.weekly(DayOfWeek.TUESDAY, "AM", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 30));
        List<Member> members = members(4, spring);
        CodevelopmentGroup group = group(programme(members, 1), members);

        assertThat(group.sessions()).allSatisfy(session -> {
            assertThat(session.date().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(session.halfDay()).isEqualTo("AM");
        });
        assertThat(group.reasons()).anyMatch(reason -> reason.contains("so some sessions fall in the same month"));
        assertThat(group.reasons()).anyMatch(reason -> reason.startsWith("No half-day common to every member falls"
                + " near") && reason.contains("so it is set on the nearest one, Tuesday"));
    }

    @Test
    void withoutAnyCommonHalfDayNoSessionIsDatedAndTheReasonSaysWhy() {
        List<Member> members = new ArrayList<>(members(2, CodevelopmentFixture.weekly(DayOfWeek.MONDAY, "AM",
                CodevelopmentFixture.START, CodevelopmentFixture.END)));
        members.add(CodevelopmentFixture.member("t", "Org T", List.of("music"), CodevelopmentFixture.weekly(
                DayOfWeek.TUESDAY, "PM", CodevelopmentFixture.START, CodevelopmentFixture.END), List.of()));
        CodevelopmentGroup group = group(programme(members, 1), members);

        assertThat(group.sessions()).hasSize(3).allSatisfy(session -> assertThat(session.date()).isNull());
        assertThat(group.reasons()).containsExactly("Its members share no available half-day in the programme, so no"
                + " session can be dated. Maybe ask them for more availability or move a member to another group.");
    }

    @Test
    void tooFewCommonDaysLeaveTheLastSessionsUndated() {
        // Only two common Mondays (4 and 11 January) for three sessions.
        Availability twoMondays = CodevelopmentFixture.weekly(DayOfWeek.MONDAY, "PM", CodevelopmentFixture.START,
                LocalDate.of(2027, 1, 12));
        List<Member> members = members(3, twoMondays);
        CodevelopmentGroup group = group(programme(members, 1), members);

        assertThat(group.sessions()).extracting(CodevelopmentSession::date)
                .containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11), null);
        assertThat(group.reasons()).contains("Session 3 cannot be dated: no half-day common to every member remains"
                + " after Monday 11 January 2027 before the end of the programme on Friday 17 December 2027.");
    }
    @Test
    void sessionsAreSetOnOpenDaysOnlyWithWinterSpringAndSummerClosures() {
        List<Member> members = members(8, Availability.ALWAYS);
        Programme open = programme(members, 1);
        // Closed: the first two weeks (winter), two weeks in April (spring), July and August (summer).
        List<org.peermatch.core.model.ClosedPeriod> closures = List.of(
                new org.peermatch.core.model.ClosedPeriod(CodevelopmentFixture.START,
                        CodevelopmentFixture.START.plusDays(11), "winter break"),
                new org.peermatch.core.model.ClosedPeriod(LocalDate.of(2027, 4, 19), LocalDate.of(2027, 4, 30),
                        "spring break"),
                new org.peermatch.core.model.ClosedPeriod(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 31),
                        "summer closure"));
        Programme programme = open.withClosed(closures);

        CodevelopmentGroup group = group(programme, members);

        assertThat(group.sessions()).hasSize(8).allSatisfy(session -> {
            assertThat(session.date()).isNotNull();
            assertThat(programme.isClosed(session.date())).as("%s closed", session).isFalse();
        });
        assertThat(group.sessions().getFirst().date()).isEqualTo(CodevelopmentFixture.START.plusDays(14));
        assertThat(new CodevelopmentCertifier(programme).violations(List.of(group))).isEmpty();
        // Without the closures the first session falls on the first day, now closed: the certifier finds it.
        CodevelopmentGroup unaware = group(open, members);
        assertThat(new CodevelopmentCertifier(programme).violations(List.of(unaware)))
                .extracting(org.peermatch.core.plan.Violation::constraint)
                .contains(CodevelopmentCertifier.SESSION_CLOSED_DAY);
    }
}
