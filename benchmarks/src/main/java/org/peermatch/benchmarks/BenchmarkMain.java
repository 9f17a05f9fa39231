package org.peermatch.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.peermatch.benchmarks.datasets.ProgrammeDocument;
import org.peermatch.benchmarks.datasets.ProgrammeGenerator;
import org.peermatch.benchmarks.datasets.Size;
import org.peermatch.benchmarks.report.CsvReport;
import org.peermatch.benchmarks.report.HtmlReport;
import org.peermatch.benchmarks.report.MarkdownReport;
import org.peermatch.benchmarks.report.TuningReport;
import org.peermatch.benchmarks.run.BenchmarkRun;
import org.peermatch.benchmarks.run.DatasetSpec;
import org.peermatch.benchmarks.run.Profile;
import org.peermatch.benchmarks.run.Runner;
import org.peermatch.benchmarks.tune.Ranking;
import org.peermatch.benchmarks.tune.Tuning;
import org.peermatch.benchmarks.tune.TuningRunner;
import org.peermatch.benchmarks.tune.Variant;
import org.peermatch.benchmarks.tune.Variants;
import org.peermatch.core.io.InvalidInputException;

/**
 * Runs a benchmark profile and writes its report files.
 *
 * <pre>
 * java -jar benchmarks/target/peer-match-benchmarks.jar [--profile quick|full] [--out DIR]
 *      [--datasets NAME,...] [--seeds N,...] [--time-limit SECONDS] [--configurations NAME,...]
 *      [--exact-limit SECONDS] [--exact-solver cp-sat|scip]
 * </pre>
 * Writes {@code runs.csv}, {@code points.csv}, {@code summary.md} and {@code report.html} to the output folder
 * (default {@code benchmarks/target/report}). Exit code 0 when the runs ended (whatever they measured), 2 on a bad
 * option, 3 when the files cannot be written.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * @param args the command-line arguments
     * @param out where the summary goes
     * @param err where progress and problems go
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Options.USAGE);
            return 2;
        }
        if (options.help) {
            out.println(Options.USAGE);
            return 0;
        }
        if (options.exportSize != null) {
            return export(options, err);
        }
        if (options.programmes != null) {
            return tune(options, out, err);
        }
        err.println("peer-match benchmarks: profile " + options.profile.name() + ", "
                + options.profile.datasets().size() + " datasets, writing to " + options.out.toAbsolutePath());
        BenchmarkRun run = Runner.run(options.profile, line -> err.println("  " + line));
        try {
            Files.createDirectories(options.out);
            CsvReport.writeRuns(run.runs(), options.out.resolve("runs.csv"));
            CsvReport.writePoints(run.runs(), options.out.resolve("points.csv"));
            MarkdownReport.write(run, options.out.resolve("summary.md"));
            HtmlReport.write(run, options.out.resolve("report.html"));
        } catch (IOException e) {
            err.println("Cannot write the report to " + options.out + ": " + e.getMessage());
            err.println("Maybe choose another folder with --out.");
            return 3;
        }
        out.print(MarkdownReport.render(run));
        err.printf(Locale.ROOT, "Done in %.1f s: %s%n", run.totalSeconds(),
                options.out.resolve("report.html").toAbsolutePath());
        return 0;
    }

    /** Writes a generated accompaniment programme as a programme document, for {@code peer-match solve}. */
    private static int export(Options options, PrintStream err) {
        long seed = options.exportSeed;
        try {
            Path parent = options.out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ProgrammeDocument.write(ProgrammeGenerator.generate(options.exportSize, seed), options.out);
        } catch (IOException e) {
            err.println("Cannot write the programme to " + options.out + ": " + e.getMessage());
            err.println("Maybe choose another file with --out.");
            return 3;
        }
        err.println("Wrote " + options.out.toAbsolutePath() + ": accompaniment-" + options.exportSize.name()
                + ", seed " + seed);
        return 0;
    }

    private static int tune(Options options, PrintStream out, PrintStream err) {
        err.println("peer-match benchmarks: " + options.variants.size() + " variants on "
                + options.programmes.size() + " programmes, writing to " + options.out.toAbsolutePath());
        long start = System.nanoTime();
        Tuning tuning;
        try {
            tuning = TuningRunner.run(options.programmes, options.tuningFile, options.variants, options.exactLimit,
                    options.out.resolve("runs"), line -> err.println("  " + line));
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> err.println(problem.format()));
            return 2;
        } catch (IOException e) {
            err.println("Cannot write to " + options.out + ": " + e.getMessage());
            err.println("Maybe choose another folder with --out.");
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted: nothing written.");
            return 3;
        }
        BenchmarkRun run = new BenchmarkRun("programmes", Runner.environment(), (System.nanoTime() - start) / 1e9,
                tuning.runs(), tuning.notes());
        Ranking ranking = Ranking.of(tuning, options.variants);
        try {
            Files.createDirectories(options.out);
            CsvReport.writeRuns(run.runs(), options.out.resolve("runs.csv"));
            CsvReport.writePoints(run.runs(), options.out.resolve("points.csv"));
            MarkdownReport.write(run, TuningReport.markdown(ranking), options.out.resolve("summary.md"));
            HtmlReport.write(run, TuningReport.html(ranking), options.out.resolve("report.html"));
        } catch (IOException e) {
            err.println("Cannot write the report to " + options.out + ": " + e.getMessage());
            err.println("Maybe choose another folder with --out.");
            return 3;
        }
        out.print(TuningReport.markdown(ranking));
        err.printf(Locale.ROOT, "Done in %.1f s: %s%n", run.totalSeconds(),
                options.out.resolve("report.html").toAbsolutePath());
        return 0;
    }

    /** The parsed command line. */
    static final class Options {
        static final String USAGE = """
                Usage: java -jar peer-match-benchmarks.jar [--profile quick|full] [--out DIR]
                       java -jar peer-match-benchmarks.jar --programme A.json,B.json --configurations tuning.json
                       java -jar peer-match-benchmarks.jar --export-programme S|M|L|XL [--seeds N] --out FILE.json
                                                           [--out DIR] [--exact-limit S]
                                                           [--datasets NAME,...] [--seeds N,...] [--time-limit S]
                                                           [--configurations NAME,...] [--exact-limit S]
                                                           [--exact-solver cp-sat|scip]
                  --profile     quick (default; S and M, MIDL 2018: under 5 minutes on 2 cores) or full (adds L, XL)
                  --out         the report folder (default benchmarks/target/report)
                  --datasets    only these datasets, e.g. accompaniment-L,affinity-M,midl18,golfer-8-4-10
                  --seeds       these seeds instead of the profile's, e.g. 1 or 1,2,3
                  --time-limit  this time limit in seconds instead of the profile's, for every dataset
                  --configurations  only these searching configurations: default, construction-only, maxmin, tabu
                                (the references, exact-flow and greedy always run)
                  --exact-limit the exact accompaniment reference's time limit in seconds (default S 30, M 60,
                                none beyond), 0 not to run it
                  --exact-solver the exact accompaniment reference's solver: cp-sat (default; 8 workers) or scip
                                (one thread); the linear relaxation (GLOP) runs at S and M either way
                  --programme   compare solver variants on these programme documents (A.json,B.json) instead of a
                                profile; --configurations then names the tuning file of the variants (JSON, see
                                benchmarks/README.md), --exact-limit the exact reference's limit (default 60)
                  --export-programme  write the generated accompaniment programme of this size (S, M, L, XL) and
                                the first of --seeds (default 1) as a programme document to --out FILE.json, for
                                peer-match solve""";

        Profile profile = Profile.named("quick");
        Path out = Path.of("benchmarks", "target", "report");
        boolean help;
        /** The programme documents of a tuning run, or null for a profile run. */
        List<Path> programmes;
        Path tuningFile;
        List<Variant> variants;
        Duration exactLimit;
        /** The size of the generated programme to write as a document, or null. */
        Size exportSize;
        long exportSeed = 1;

        static Options parse(String[] args) {
            Options options = new Options();
            List<String> datasets = null;
            List<Long> seeds = null;
            Duration limit = null;
            List<String> configurations = null;
            String configurationsText = null;
            Duration exactLimit = null;
            boolean exactLimitSet = false;
            String exactSolver = null;
            boolean outSet = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "-h", "--help" -> options.help = true;
                    case "--profile" -> options.profile = Profile.named(value(args, ++i, arg));
                    case "--out" -> {
                        options.out = Path.of(value(args, ++i, arg));
                        outSet = true;
                    }
                    case "--export-programme" -> {
                        String size = value(args, ++i, arg);
                        try {
                            options.exportSize = Size.valueOf(size.toUpperCase(Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("Unknown size (" + size + ").\n"
                                    + "Maybe use S, M, L or XL.");
                        }
                    }
                    case "--datasets" -> datasets = Arrays.asList(value(args, ++i, arg).split(","));
                    case "--seeds" -> {
                        seeds = new ArrayList<>();
                        for (String seed : value(args, ++i, arg).split(",")) {
                            try {
                                seeds.add(Long.parseLong(seed.trim()));
                            } catch (NumberFormatException e) {
                                throw new IllegalArgumentException("The seed (" + seed + ") is not a number.\n"
                                        + "Maybe write --seeds 1,2,3.");
                            }
                        }
                    }
                    case "--time-limit" -> {
                        String text = value(args, ++i, arg);
                        try {
                            double seconds = Double.parseDouble(text);
                            if (!(seconds > 0)) {
                                throw new NumberFormatException();
                            }
                            limit = Duration.ofMillis(Math.round(seconds * 1000));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("The time limit (" + text
                                    + ") is not a positive number of seconds.\nMaybe write --time-limit 60.");
                        }
                    }
                    case "--exact-limit" -> {
                        String text = value(args, ++i, arg);
                        try {
                            double seconds = Double.parseDouble(text);
                            if (!(seconds >= 0)) {
                                throw new NumberFormatException();
                            }
                            exactLimit = seconds == 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
                            exactLimitSet = true;
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("The exact reference's time limit (" + text
                                    + ") is not a number of seconds.\nMaybe write --exact-limit 60, or 0 to skip it.");
                        }
                    }
                    case "--exact-solver" -> {
                        exactSolver = value(args, ++i, arg);
                        if (!List.of(DatasetSpec.CP_SAT, DatasetSpec.SCIP).contains(exactSolver)) {
                            throw new IllegalArgumentException("Unknown exact solver (" + exactSolver
                                    + ").\nMaybe use cp-sat or scip.");
                        }
                    }
                    case "--programme" -> {
                        options.programmes = new ArrayList<>();
                        for (String name : value(args, ++i, arg).split(",")) {
                            Path file = Path.of(name.strip());
                            if (!Files.isRegularFile(file)) {
                                throw new IllegalArgumentException("The programme document (" + file
                                        + ") is not a file.\nMaybe give its path from the current folder, e.g. "
                                        + "--programme examples/small-programme.json.");
                            }
                            options.programmes.add(file);
                        }
                    }
                    case "--configurations" -> configurationsText = value(args, ++i, arg);
                    default -> throw new IllegalArgumentException("Unknown option (" + arg + ").\n"
                            + "Maybe use --help.");
                }
            }
            if (options.exportSize != null) {
                if (!outSet) {
                    throw new IllegalArgumentException("--export-programme writes a document: --out is missing.\n"
                            + "Maybe add --out XL.json.");
                }
                if (seeds != null && !seeds.isEmpty()) {
                    options.exportSeed = seeds.getFirst();
                }
                return options;
            }
            if (options.programmes != null) {
                if (configurationsText == null) {
                    throw new IllegalArgumentException("--programme compares the variants of a tuning file: "
                            + "--configurations is missing.\nMaybe add --configurations tuning.json (see "
                            + "benchmarks/README.md, \"Tuning on your own programmes\").");
                }
                options.tuningFile = Path.of(configurationsText);
                options.variants = Variants.read(options.tuningFile);
                options.exactLimit = exactLimitSet ? exactLimit : Duration.ofSeconds(60);
                return options;
            }
            if (configurationsText != null) {
                configurations = Arrays.asList(configurationsText.split(","));
                for (String configuration : configurations) {
                            if (!List.of("default", "construction-only", "maxmin", "tabu").contains(configuration)) {
                                throw new IllegalArgumentException("Unknown configuration (" + configuration
                                        + ").\nMaybe use default, construction-only, maxmin or tabu.");
                    }
                }
            }
            List<DatasetSpec> specs = new ArrayList<>();
            for (DatasetSpec spec : options.profile.datasets()) {
                if (datasets != null && !datasets.contains(spec.name())) {
                    continue;
                }
                DatasetSpec chosen = spec;
                if (seeds != null) {
                    chosen = chosen.withSeeds(seeds);
                }
                if (limit != null) {
                    chosen = chosen.withLimit(limit);
                }
                if (configurations != null) {
                    chosen = chosen.withOnly(configurations);
                }
                if (exactLimitSet && Profile.ACCOMPANIMENT.equals(chosen.family())) {
                    chosen = chosen.withExactLimit(exactLimit);
                }
                if (exactSolver != null && Profile.ACCOMPANIMENT.equals(chosen.family())) {
                    chosen = chosen.withExactSolver(exactSolver);
                }
                specs.add(chosen);
            }
            if (datasets != null) {
                for (String name : datasets) {
                    if (options.profile.datasets().stream().noneMatch(spec -> spec.name().equals(name))) {
                        throw new IllegalArgumentException("The dataset (" + name + ") is not in the profile "
                                + options.profile.name() + ".\nMaybe use one of " + options.profile.datasets()
                                        .stream().map(DatasetSpec::name).toList() + ".");
                    }
                }
            }
            options.profile = new Profile(options.profile.name(), specs);
            return options;
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException("The option " + option + " needs a value.\n"
                        + "Maybe see --help.");
            }
            return args[index];
        }
    }
}
