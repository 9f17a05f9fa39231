package org.peermatch.core.groups;

import java.time.Duration;

/**
 * Measures (never asserts) how close the engine gets on Social Golfer instances. Not a test: run it with
 * {@link RotatingGroupsBenchmarkTest}:
 * {@code mvn -pl matching-core test -Dtest=RotatingGroupsBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpeermatch.benchmark="60 3 8-4-10 8-4-9 5-3-7 6-3-8 7-4-9 6-4-7"}, or as a main class on a JDK 21+ with the
 * test classpath. Prints CSV on stdout: the repeats reached ({@code repeatMeetings}: the Social Golfer
 * "conflicts"), time, moves, and whether the algebraic start was used.
 *
 * <p>Arguments: seconds per run, seeds per instance, then instances {@code g-s-w} (groups, size, rounds).
 */
public final class RotatingGroupsBenchmark {

    private RotatingGroupsBenchmark() {
    }

    /** @param args seconds, seeds, instances */
    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String[] instances = args.length > 2 ? java.util.Arrays.copyOfRange(args, 2, args.length)
                : new String[] {"8-4-9", "8-4-10", "5-3-7", "6-3-8", "7-4-9", "6-4-7"};
        System.out.println("instance,seed,repeatMeetings,repeatedPairs,maxMeetings,seconds,moves,bestAtMove,designStart,"
                + "perturbations,restarts,termination");
        for (String instance : instances) {
            String[] gsw = instance.split("-");
            int g = Integer.parseInt(gsw[0]);
            int s = Integer.parseInt(gsw[1]);
            int w = Integer.parseInt(gsw[2]);
            for (int seed = 0; seed < seeds; seed++) {
                RotatingGroupsResult result = RotatingGroups.solve(RotatingGroupsProblem.numbered(g * s, s, w),
                        RotatingGroupsOptions.ofTimeLimit(Duration.ofSeconds(seconds)).withSeed(seed));
                RotatingGroupsStatistics st = result.statistics();
                System.out.printf("%s,%d,%d,%d,%d,%.3f,%d,%d,%s,%d,%d,%s%n", instance, seed, result.repeatMeetings(),
                        result.repeatedPairs(), result.maxMeetings(), st.spent().toNanos() / 1e9, st.moves(),
                        st.bestFoundAtMove(), st.designStart(), st.perturbations(), st.restarts(), st.termination());
            }
        }
    }
}
