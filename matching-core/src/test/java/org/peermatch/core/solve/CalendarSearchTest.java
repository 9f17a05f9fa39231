package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peermatch.core.calendar.CalendarCertifier;
import org.peermatch.core.calendar.CalendarPlan;
import org.peermatch.core.calendar.CalendarPlanner;
import org.peermatch.core.calendar.CalendarSearch;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;

/**
 * The joint calendar search on the demo: it starts from the greedy calendar, ends better by its own rules,
 * keeps the calendar certified (by {@link CalendarCertifier} and the whole-proposal certifier), moves only 1:1
 * meetings, and gives the same calendar for the same move limit and seed.
 */
class CalendarSearchTest {

    private static Programme demo;
    private static Proposal proposal;
    private static List<Session> workshops;

    @BeforeAll
    static void solveTheModes() throws Exception {
        demo = ProgrammeModesTest.demo().withSolver(new SolverSettings(null, null, 3_000L, 5));
        proposal = PeerMatch.solve(demo);
        workshops = new ArrayList<>(CalendarPlanner.workshopSessions(demo, proposal.workshops()));
    }

    private static CalendarPlan solve(long moves) {
        CalendarPlan plan = CalendarSearch.build(demo, proposal.modes(), workshops);
        return SolverFactory.<CalendarPlan>create(CalendarSearch.solverConfig(
                new SolverSettings(null, null, moves, 5), EnvironmentMode.PHASE_ASSERT)).buildSolver().solve(plan);
    }

    @Test
    void theSearchEndsNoWorseThanTheGreedyCalendarAndItsCalendarIsCertified() {
        CalendarPlan greedy = CalendarSearch.build(demo, proposal.modes(), workshops);
        var factory = SolverFactory.<CalendarPlan>create(CalendarSearch.solverConfig(
                new SolverSettings(null, null, 5_000L, 5), EnvironmentMode.PHASE_ASSERT));
        HardMediumSoftScore start = (HardMediumSoftScore) SolutionManager.create(factory).update(greedy);

        CalendarPlan best = solve(5_000L);
        ProgrammeCalendar calendar = CalendarSearch.calendar(best);

        assertThat(start.hardScore()).isZero();
        assertThat(best.getScore()).isGreaterThan(start);
        assertThat(CalendarCertifier.violations(demo, calendar)).isEmpty();
        ProgrammeCalendar greedyCalendar = CalendarPlanner.plan(demo, proposal.modes(), workshops);
        assertThat(calendar.sessions().stream().filter(session -> !session.id().startsWith("accompaniment-")))
                .containsExactlyElementsOf(greedyCalendar.sessions().stream()
                        .filter(session -> !session.id().startsWith("accompaniment-")).toList());
        assertThat(calendar.sessions().size() + calendar.unplaced().size())
                .isEqualTo(greedyCalendar.sessions().size() + greedyCalendar.unplaced().size());
    }

    @Test
    void theSameMoveLimitAndSeedGiveTheSameCalendar() {
        assertThat(CalendarSearch.calendar(solve(2_000L))).isEqualTo(CalendarSearch.calendar(solve(2_000L)));
    }

    @Test
    void theWholeProposalStaysCertified() {
        assertThat(proposal.calendarViolations()).isEmpty();
        assertThat(new WholeProposalCertifier(demo).findings(proposal)).isEmpty();
    }
}
