package org.peermatch.core.immersion;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.scoring.DecayingNovelty;
import org.peermatch.core.scoring.NoveltyModel;

/**
 * Not a unit test (no wall-clock assertions there): prints build, solve and explanation times on generated
 * programmes. Run with {@code java -cp <test classpath> org.peermatch.core.immersion.ImmersionBenchmark
 * [mentees mentors weeks moves]}.
 */
public final class ImmersionBenchmark {

    private ImmersionBenchmark() {
    }

    public static void main(String[] args) {
        int mentees = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int mentors = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int weeks = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        long moves = args.length > 3 ? Long.parseLong(args[3]) : 50_000;
        Programme programme = ImmersionFixture.generate(7, mentees, mentors, weeks)
                .withSolver(new SolverSettings(null, null, moves, 7));
        long start = System.nanoTime();
        NoveltyModel novelty = DecayingNovelty.of(programme);
        ImmersionPlan plan = ImmersionProblem.build(programme, novelty);
        long built = System.nanoTime();
        int values = plan.getPlacements().stream().mapToInt(p -> p.getCandidates().size()).sum();
        Solver<ImmersionPlan> solver = SolverFactory.<ImmersionPlan>create(
                ImmersionProblem.solverConfig(programme.solver(), EnvironmentMode.PHASE_ASSERT)).buildSolver();
        String[] first = new String[1];
        long[] firstAt = new long[1];
        solver.addEventListener(event -> {
            if (first[0] == null && event.getNewBestSolution().getPlacements().stream()
                    .anyMatch(p -> p.getMentorDay() != null)) {
                first[0] = event.getNewBestScore().toString();
                firstAt[0] = System.nanoTime();
            }
        });
        ImmersionPlan best = solver.solve(plan);
        long solved = System.nanoTime();
        ImmersionProposal proposal = ImmersionProposals.of(programme, novelty, best);
        long explained = System.nanoTime();
        int max = new IndependentImmersionRules(programme).maxPlaceable();
        System.out.printf("%d mentees x %d mentors, %d weeks: %d mentor days, %d candidate values (%.0f a mentee)%n",
                mentees, mentors, weeks, plan.getMentorDays().size(), values, (double) values / mentees);
        System.out.printf("build %s, constructed %s after %s, solve (%d moves) %s, explain %s%n",
                ms(built - start), first[0], ms(firstAt[0] - built), moves, ms(solved - built),
                ms(explained - solved));
        System.out.printf("score %s, placed %d (max flow over every common day: %d), violations %d%n",
                proposal.score(), proposal.pairings().size(), max, proposal.violations().size());
    }

    private static String ms(long nanos) {
        return Duration.ofNanos(nanos).toMillis() + " ms";
    }
}
