package org.peermatch.benchmarks.run;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.peermatch.benchmarks.datasets.AffinityGenerator;
import org.peermatch.benchmarks.datasets.Fixtures;
import org.peermatch.benchmarks.datasets.GolferInstance;
import org.peermatch.benchmarks.datasets.ProgrammeGenerator;
import org.peermatch.benchmarks.datasets.Size;
import org.peermatch.core.affinity.AffinityInputException;
import org.peermatch.core.affinity.AffinityProblem;
import org.peermatch.core.model.Programme;

/**
 * Runs a profile: every dataset × seed × configuration, one after another in this JVM (runs never overlap, so
 * each has the machine to itself). A run that fails (e.g. out of memory) is reported and the others go on.
 */
public final class Runner {

    private Runner() {
    }

    /**
     * @param profile what to run
     * @param progress told one line per run and per skipped dataset
     * @return the measurements
     */
    public static BenchmarkRun run(Profile profile, Consumer<String> progress) {
        long start = System.nanoTime();
        List<RunResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (DatasetSpec spec : profile.datasets()) {
            for (long seed : spec.seeds()) {
                try {
                    List<RunResult> runs = switch (spec.family()) {
                        case Profile.ACCOMPANIMENT -> accompaniment(spec, seed, progress);
                        case Profile.GOLFER -> golfer(spec, seed, progress);
                        default -> affinity(spec, seed, progress, notes);
                    };
                    results.addAll(runs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    notes.add(spec.name() + " seed " + seed + ": interrupted.");
                    return finish(profile, start, results, notes);
                } catch (OutOfMemoryError | RuntimeException e) {
                    String note = spec.name() + " seed " + seed + " failed: " + e;
                    notes.add(note);
                    progress.accept(note);
                }
            }
        }
        return finish(profile, start, results, notes);
    }

    private static BenchmarkRun finish(Profile profile, long start, List<RunResult> results, List<String> notes) {
        return new BenchmarkRun(profile.name(), environment(), (System.nanoTime() - start) / 1e9, results, notes);
    }

    private static List<RunResult> accompaniment(DatasetSpec spec, long seed, Consumer<String> progress)
            throws InterruptedException {
        Programme programme = ProgrammeGenerator.generate(spec.size(), seed);
        AccompanimentBench bench = new AccompanimentBench(programme, spec.name(), spec.size().name(), seed);
        List<RunResult> runs = new ArrayList<>();
        runs.add(report(bench.prepare(spec.checkWithJGraphT(), spec.exactLimit(), spec.exactSolver()), progress));
        RunResult exact = bench.exactRun();
        if (exact != null) {
            runs.add(report(exact, progress));
        }
        if (spec.runs(AccompanimentBench.CONSTRUCTION_ONLY)) {
            runs.add(report(bench.runConstructionOnly(spec.limit()), progress));
        }
        if (spec.runs(AccompanimentBench.DEFAULT)) {
            runs.add(report(bench.runDefault(spec.limit(), proposalDeadline(spec.limit())), progress));
        }
        return runs;
    }

    private static List<RunResult> golfer(DatasetSpec spec, long seed, Consumer<String> progress) {
        GolferInstance instance = GolferInstance.named(spec.name().substring(Profile.GOLFER.length() + 1));
        GolferBench bench = new GolferBench(instance, seed);
        List<RunResult> runs = new ArrayList<>();
        runs.add(report(bench.runGreedy(), progress));
        if (spec.runs(GolferBench.TABU)) {
            runs.add(report(bench.runTabu(spec.limit()), progress));
        }
        return runs;
    }

    private static List<RunResult> affinity(DatasetSpec spec, long seed, Consumer<String> progress,
            List<String> notes) {
        AffinityProblem problem;
        String size;
        if (spec.size() != null) {
            problem = AffinityGenerator.generate(spec.size(), seed);
            size = spec.size().name();
        } else {
            Path folder = Fixtures.midl18();
            if (folder == null) {
                String note = spec.name() + ": skipped, shared/datasets/midl18 not found above "
                        + Path.of("").toAbsolutePath() + ".";
                notes.add(note);
                progress.accept(note);
                return List.of();
            }
            try {
                problem = Fixtures.loadMidl18(folder);
            } catch (AffinityInputException e) {
                throw new IllegalStateException("The MIDL 2018 fixture in " + folder + " cannot be read: "
                        + e.getMessage(), e);
            }
            size = "MIDL18";
        }
        AffinityBench bench = new AffinityBench(problem, spec.name(), size, seed);
        List<RunResult> runs = new ArrayList<>();
        for (RunResult run : bench.prepare(spec.checkWithJGraphT())) {
            runs.add(report(run, progress));
        }
        if (spec.runs(AffinityBench.MAXMIN)) {
            runs.add(report(bench.runMaxMin(spec.limit()), progress));
        }
        return runs;
    }

    /** @return how long to wait for the facade's proposal after the time limit: 2 minutes, or twice the limit */
    static Duration proposalDeadline(Duration limit) {
        Duration twice = limit.multipliedBy(2);
        return twice.compareTo(Duration.ofMinutes(2)) > 0 ? twice : Duration.ofMinutes(2);
    }

    private static RunResult report(RunResult run, Consumer<String> progress) {
        progress.accept(String.format(Locale.ROOT,
                "%-18s seed %d %-18s %7.2f s  value %12.3f  gap %7.3f%%  x greedy %6.4f  first feasible %s  "
                        + "moves/s %d  heap %.0f MiB%s",
                run.dataset(), run.seed(), run.configuration(), run.wallSeconds(), run.value(), run.gapPercent(),
                run.ratioToGreedy(), Double.isNaN(run.firstFeasibleSeconds()) ? "-"
                        : String.format(Locale.ROOT, "%.2f s", run.firstFeasibleSeconds()),
                run.movesPerSecond(), run.peakHeapMb(),
                run.hardViolations() > 0 ? "  BROKEN RULES " + run.hardViolations()
                        : run.hardViolations() < 0 ? "  (no proposal in time: rules not certified)" : ""));
        return run;
    }

    /** @return the facts the figures depend on */
    public static Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        environment.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        environment.put("max heap", Runtime.getRuntime().maxMemory() / 1048576 + " MiB");
        environment.put("jvm arguments", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        return environment;
    }
}
