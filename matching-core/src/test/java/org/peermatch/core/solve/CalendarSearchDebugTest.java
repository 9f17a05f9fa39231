package org.peermatch.core.solve;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.Test;
import org.peermatch.core.calendar.CalendarPlan;
import org.peermatch.core.calendar.CalendarPlanner;
import org.peermatch.core.calendar.CalendarSearch;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;

class CalendarSearchDebugTest {
    @Test
    void debug() throws Exception {
        Programme demo = ProgrammeModesTest.demo().withSolver(new SolverSettings(null, null, 3_000L, 5));
        Proposal proposal = PeerMatch.solve(demo);
        List<Session> workshops = new ArrayList<>(CalendarPlanner.workshopSessions(demo, proposal.workshops()));
        CalendarPlan plan = CalendarSearch.build(demo, proposal.modes(), workshops);
        var factory = SolverFactory.<CalendarPlan>create(CalendarSearch.solverConfig(
                new SolverSettings(null, null, Long.getLong("moves", 20000L), 5), EnvironmentMode.PHASE_ASSERT));
        var manager = SolutionManager.create(factory);
        System.out.println("greedy " + manager.update(plan));
        CalendarPlan best = factory.buildSolver().solve(plan);
        System.out.println("best " + manager.update(best));
    }
}
