package org.peermatch.benchmarks.tune;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.peermatch.benchmarks.run.AccompanimentBench;
import org.peermatch.benchmarks.run.DatasetSpec;
import org.peermatch.benchmarks.run.RunResult;
import org.peermatch.benchmarks.run.ScorePoint;
import org.peermatch.core.io.InvalidInputException;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ConstraintScore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares solver variants on one's own programmes: for each programme, the references (the greedy baseline, the
 * flow bound and, within its limit, the exact optimum) in this JVM, then every variant with every seed, each in a
 * child JVM of its own ({@link VariantRun}), one after another so that runs never overlap.
 */
public final class TuningRunner {

    private TuningRunner() {
    }

    /**
     * @param programmes the programme documents
     * @param tuning the tuning file the variants come from (passed to each child)
     * @param variants the variants, as read from it
     * @param exactLimit the exact reference's time limit per programme, or null not to run it
     * @param logs the folder for each child's log
     * @param progress where to say what runs
     * @return every reference run and variant outcome, programme by programme
     * @throws InvalidInputException when a programme document is invalid
     */
    public static Tuning run(List<Path> programmes, Path tuning, List<Variant> variants, Duration exactLimit,
            Path logs, Consumer<String> progress) throws InvalidInputException, IOException, InterruptedException {
        List<RunResult> references = new ArrayList<>();
        List<VariantOutcome> outcomes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Files.createDirectories(logs);
        for (Path file : programmes) {
            Programme programme = ProgrammeReader.read(file);
            String name = name(file);
            AccompanimentBench bench = new AccompanimentBench(programme, name, "programme", 0);
            RunResult greedy = bench.prepare(false, exactLimit, DatasetSpec.CP_SAT);
            references.add(greedy);
            progress.accept(name + ": greedy " + greedy.value() + ", reference " + bench.reference() + " ("
                    + bench.referenceKind() + ")");
            RunResult exact = bench.exactRun();
            if (exact != null) {
                references.add(exact);
            }
            for (Variant variant : variants) {
                for (long seed : variant.seeds()) {
                    Path result = logs.resolve(name + "-" + variant.name() + "-" + seed + ".json");
                    Path log = logs.resolve(name + "-" + variant.name() + "-" + seed + ".log");
                    int exit = child(file, tuning, variant.name(), seed, result, log);
                    if (exit != 0 || !Files.exists(result)) {
                        notes.add(name + ", variant " + variant.name() + ", seed " + seed + ": the run failed (exit "
                                + exit + "); see " + log + ".");
                        continue;
                    }
                    VariantOutcome outcome = outcome(variant, seed, bench,
                            JsonMapper.builder().build().readTree(Files.readString(result, StandardCharsets.UTF_8)));
                    outcomes.add(outcome);
                    progress.accept(String.format(Locale.ROOT, "%s seed %d %s: %s, covered %.0f in %.1f s",
                            name, seed, variant.name(), outcome.run().score(), outcome.run().value(),
                            outcome.run().wallSeconds()));
                }
            }
        }
        return new Tuning(references, outcomes, notes);
    }

    /** @return the programme's name in the report: its file name without {@code .json} */
    static String name(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    private static int child(Path programme, Path tuning, String variant, long seed, Path result, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("-Xmx") || argument.startsWith("-Xms")) {
                command.add(argument);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), VariantRun.class.getName(),
                programme.toAbsolutePath().toString(), tuning.toAbsolutePath().toString(), variant,
                Long.toString(seed), result.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return process.waitFor();
    }

    private static VariantOutcome outcome(Variant variant, long seed, AccompanimentBench bench, JsonNode result) {
        List<ScorePoint> points = new ArrayList<>();
        for (JsonNode point : result.get("points")) {
            points.add(new ScorePoint(point.get("seconds").asDouble(), point.get("score").asString(),
                    point.get("value").asDouble()));
        }
        RunResult run = bench.measured(variant.name(), seed,
                variant.timeLimit() == null ? 0 : variant.timeLimit().toMillis() / 1000.0,
                result.get("wall").asDouble(), result.get("solverSeconds").asDouble(),
                HardMediumSoftScore.parseScore(result.get("score").asString()), result.get("value").asDouble(),
                result.get("violations").asInt(), result.get("moves").asLong(), result.get("movesPerSecond").asLong(),
                result.get("peakHeapMb").asDouble(), result.get("liveHeapMb").asDouble(), points);
        List<ConstraintScore> constraints = new ArrayList<>();
        for (JsonNode constraint : result.get("constraints")) {
            constraints.add(new ConstraintScore(constraint.get("id").asString(),
                    ConstraintLevel.valueOf(constraint.get("level").asString()), constraint.get("weight").asLong(),
                    constraint.get("score").asLong()));
        }
        return new VariantOutcome(variant.name(), run, result.get("programmeScore").asString(), constraints);
    }
}
