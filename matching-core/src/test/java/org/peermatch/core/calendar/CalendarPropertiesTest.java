package org.peermatch.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.CalendarRules;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.testing.Programmes;

/**
 * 25 generated programmes solved by {@link PeerMatch#solve} with a move limit, then given a closed period, other
 * meeting rules, a re-planning date with held and late-cancelled meetings, and workshops dated at random (some on
 * half-days their people are not available): the planned calendar is certified clean, its hours add up, and the
 * same input gives the same calendar.
 */
class CalendarPropertiesTest {

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= 25; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theCalendarOfASolvedProgrammeIsClean(long seed) {
        Random random = new Random(seed * 7919);
        Programme generated = Programmes.generate(seed, 5 + random.nextInt(4), 3 + random.nextInt(2), 4)
                .withSolver(new SolverSettings(null, null, 400L, seed));
        Proposal proposal = PeerMatch.solve(generated);
        LocalDate replanFrom = random.nextBoolean() ? null : generated.start().plusWeeks(2 + random.nextInt(10));
        List<SessionRecord> records = new ArrayList<>();
        if (replanFrom != null && !proposal.accompaniment().assignments().isEmpty()) {
            Assignment first = proposal.accompaniment().assignments().get(0);
            Assignment last = proposal.accompaniment().assignments().get(proposal.accompaniment().assignments().size() - 1);
            records.add(new SessionRecord(Mode.ACCOMPANIMENT, List.of(first.participant(), first.resource()),
                    weekday(generated.start().plusDays(3)), "AM", SessionStatus.HELD, false, "", 2));
            records.add(new SessionRecord(Mode.ACCOMPANIMENT, List.of(last.participant(), last.resource()),
                    weekday(replanFrom.minusDays(4)), "PM", SessionStatus.CANCELLED, random.nextBoolean(), "", 2));
        }
        LocalDate closedFrom = generated.start().plusWeeks(random.nextInt(30));
        Programme programme = new Programme(generated.name(), generated.start(), generated.end(),
                generated.timeZone(), generated.halfDays(), generated.accompaniment(), generated.immersion(),
                generated.codevelopment(), generated.workshop(),
                new CalendarRules(1 + random.nextInt(3), 2 + random.nextInt(3), 5 + random.nextInt(3), 48, 7, 48),
                List.of(new ClosedPeriod(closedFrom, closedFrom.plusDays(random.nextInt(15)), "closure")),
                generated.rooms(), generated.members(), generated.history(), generated.decisions(),
                generated.weights(), generated.solver(), new CalendarChanges(replanFrom, records));
        List<Session> workshops = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            Member animator = programme.members().get(random.nextInt(programme.members().size()));
            Member attendee = programme.members().get(random.nextInt(programme.members().size()));
            workshops.add(Session.workshop(programme, "workshop-" + (w + 1), "Workshop " + (w + 1),
                    animator.id(), List.of(attendee.id()), weekday(programme.start().plusDays(random.nextInt(300))),
                    random.nextBoolean() ? "AM" : "PM", null));
        }

        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), workshops);

        assertThat(CalendarCertifier.violations(programme, calendar)).isEmpty();
        assertThat(CalendarPlanner.plan(programme, proposal.modes(), workshops)).isEqualTo(calendar);
        assertThat(calendar.sessions().stream().map(Session::date).toList()).isSorted();
        for (HoursBudget budget : calendar.budgets()) {
            int plannedHours = calendar.upcoming().stream()
                    .filter(session -> session.mode() == Mode.ACCOMPANIMENT
                            && session.members().equals(List.of(budget.participant(), budget.resource())))
                    .mapToInt(Session::hours).sum();
            assertThat(plannedHours).as("planned hours of %s", budget).isEqualTo(budget.planned());
            assertThat(budget.planned() + budget.unplaced()).as("hours of %s", budget)
                    .isEqualTo(budget.remaining());
        }
        assertThat(calendar.unplaced()).allSatisfy(session -> assertThat(session.reason()).endsWith("."));
        for (Session session : calendar.sessions()) {
            if (session.status() == SessionState.PLANNED && replanFrom != null) {
                assertThat(session.date()).isAfterOrEqualTo(replanFrom);
            }
        }
        // Most of the hours fit: the generated availabilities leave room for the greedy.
        int remaining = calendar.budgets().stream().mapToInt(HoursBudget::remaining).sum();
        int planned = calendar.budgets().stream().mapToInt(HoursBudget::planned).sum();
        assertThat(planned).isGreaterThanOrEqualTo(remaining / 2);
    }

    private static LocalDate weekday(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
