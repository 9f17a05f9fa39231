package org.peermatch.core.affinity;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures (never asserts timing) the engine on generated 2,000 × 300 problems with about 500,000 allowed pairs:
 * the exact total against JGraphT's min-cost flow, the time, the peak heap, and the max–min search within 30 s.
 *
 * <p>Run: {@code mvn -B -pl matching-core test -Dtest=AffinityLargeBenchmark -Dpeermatch.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false} (the build's tests run with {@code -Xmx2g}); add
 * {@code -Dpeermatch.benchmark.reference=false} to skip the JGraphT reference (minutes per instance).
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "peermatch.benchmark", matches = "true")
class AffinityLargeBenchmark {

    @Test
    void generated2000x300() {
        for (long seed = 1; seed <= Long.getLong("peermatch.benchmark.seeds", 3); seed++) {
            AffinityProblem problem = LargeInstances.generate(seed, 2000, 300, 0.83);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            AffinityResult none = AffinityAssigner.solve(problem, AffinityOptions.DEFAULT);
            double noneSeconds = (System.nanoTime() - start) / 1e9;
            long nonePeak = heapPeak();

            IndexedProblem ip = new IndexedProblem(problem);
            System.gc();
            resetPeaks();
            start = System.nanoTime();
            boolean withReference = !"false".equals(System.getProperty("peermatch.benchmark.reference"));
            long reference = withReference ? ReferenceFlow.optimumScaled(problem)
                    : Math.round(none.totalScore() * ip.scale);
            double referenceSeconds = (System.nanoTime() - start) / 1e9;
            long referencePeak = heapPeak();

            System.gc();
            resetPeaks();
            AffinityResult fair = AffinityAssigner.solve(problem,
                    new AffinityOptions(Duration.ofSeconds(30), null, 0L, Fairness.MAXMIN));
            long fairPeak = heapPeak();

            System.out.printf(Locale.ROOT, "seed %d: %d pairs, demand %d%n", seed, problem.pairs().size(),
                    problem.totalDemand());
            System.out.printf(Locale.ROOT, "  none:      total %.6f in %.2f s, %s, "
                    + "complete %s, certifier %d, peak heap %d MB%n", none.totalScore(), noneSeconds,
                    withReference ? String.format(Locale.ROOT, "%.4f%% of the JGraphT optimum %.6f",
                            100.0 * Math.round(none.totalScore() * ip.scale) / reference, reference / ip.scale)
                            : "JGraphT reference skipped",
                    none.complete(), AffinityCertifier.violations(problem, none.pairs()).size(), nonePeak >> 20);
            if (withReference) {
                System.out.printf(Locale.ROOT, "  jgrapht:   %.2f s, peak heap %d MB%n", referenceSeconds,
                        referencePeak >> 20);
            }
            System.out.printf(Locale.ROOT, "  maxmin:    worst %.6f (bound %.6f), total %.6f (%.4f%% of the total "
                    + "optimum) in %.2f s, certifier %d, peak heap %d MB%n", fair.worstParticipantTotal(),
                    fair.statistics().worstUpperBound(), fair.totalScore(),
                    100.0 * fair.totalScore() / none.totalScore(), fair.statistics().spent().toMillis() / 1000.0,
                    AffinityCertifier.violations(problem, fair.pairs()).size(), fairPeak >> 20);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper estimate of the live heap needed. */
    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
