package org.peermatch.core.workshop;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;

/**
 * Not a unit test (no wall-clock assertions there): prints build, construction, solve and explanation figures on a
 * generated programme. Run with {@code java -cp <test classpath> org.peermatch.core.workshop.WorkshopBenchmark
 * [participants animators weeks moves seed]}.
 */
public final class WorkshopBenchmark {

    private WorkshopBenchmark() {
    }

    public static void main(String[] args) {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int animators = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int weeks = args.length > 2 ? Integer.parseInt(args[2]) : 52;
        long moves = args.length > 3 ? Long.parseLong(args[3]) : 20_000;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 7;
        Programme programme = WorkshopFixture.generate(seed, participants, animators, weeks)
                .withSolver(new SolverSettings(null, null, moves, seed));
        long start = System.nanoTime();
        WorkshopPlan plan = WorkshopProblem.build(programme);
        long built = System.nanoTime();
        Solver<WorkshopPlan> solver = SolverFactory.<WorkshopPlan>create(
                WorkshopProblem.solverConfig(programme.solver(), EnvironmentMode.PHASE_ASSERT)).buildSolver();
        String[] first = new String[1];
        long[] firstAt = new long[1];
        solver.addEventListener(event -> {
            if (first[0] == null) {
                first[0] = event.getNewBestScore().toString();
                firstAt[0] = System.nanoTime();
            }
        });
        WorkshopPlan best = solver.solve(plan);
        long solved = System.nanoTime();
        WorkshopProposal proposal = WorkshopProposals.of(programme, best);
        long explained = System.nanoTime();
        System.out.printf("%d participants, %d animators, %d weeks, rooms %d, count rule %d: %d themes, %d leads,"
                + " %d half-days, %d workshops to plan%n", participants, animators, weeks, programme.rooms().size(),
                programme.workshop().count(), plan.getThemes().size(), plan.getLeads().size(),
                plan.getWorkshops().isEmpty() ? 0 : plan.getWorkshops().get(0).getHalfDayRange().size(),
                plan.getWorkshops().size());
        System.out.printf("build %s, first best %s after %s, solve (%d moves) %s, explain %s%n", ms(built - start),
                first[0], ms(firstAt[0] - built), moves, ms(solved - built), ms(explained - solved));
        System.out.printf("score %s, held %d, seats %d, unserved needs %d, violations %d%n", proposal.score(),
                proposal.workshops().size(), proposal.workshops().stream().mapToInt(w -> w.attendees().size()).sum(),
                proposal.unserved().size(), proposal.violations().size());
    }

    private static String ms(long nanos) {
        return Duration.ofNanos(nanos).toMillis() + " ms";
    }
}
