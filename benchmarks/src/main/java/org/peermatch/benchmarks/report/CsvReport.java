package org.peermatch.benchmarks.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.peermatch.benchmarks.run.RunResult;
import org.peermatch.benchmarks.run.ScorePoint;

/** Writes every run as one CSV row ({@code runs.csv}), and every better solution over time ({@code points.csv}). */
public final class CsvReport {

    /** The columns of {@code runs.csv}. */
    public static final String HEADER = "family,dataset,size,participants,resources,items,seed,configuration,"
            + "limit_s,wall_s,first_feasible_s,solver_s,score,value,reference,reference_kind,gap_pct,gap_at_10s_pct,"
            + "greedy_value,ratio_to_greedy,beats_greedy,hard_violations,moves,moves_per_s,peak_heap_mib,"
            + "live_heap_mib,reference_check";

    private CsvReport() {
    }

    /** Writes {@code runs.csv}. */
    public static void writeRuns(List<RunResult> runs, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (RunResult r : runs) {
                out.write(String.join(",", r.family(), r.dataset(), r.size(), Integer.toString(r.participants()),
                        Integer.toString(r.resources()), Long.toString(r.items()), Long.toString(r.seed()),
                        r.configuration(), Formats.csv(r.limitSeconds(), 1), Formats.csv(r.wallSeconds(), 3),
                        Formats.csv(r.firstFeasibleSeconds(), 3), Formats.csv(r.solverSeconds(), 3),
                        quote(r.score()), Formats.csv(r.value(), 6),
                        Formats.csv(r.reference(), 6), r.referenceKind(), Formats.csv(r.gapPercent(), 4),
                        Formats.csv(r.gapAt10sPercent(), 4), Formats.csv(r.greedyValue(), 6),
                        Formats.csv(r.ratioToGreedy(), 6), Boolean.toString(r.beatsGreedy()),
                        Integer.toString(r.hardViolations()), Long.toString(r.moves()),
                        Long.toString(r.movesPerSecond()), Formats.csv(r.peakHeapMb(), 1),
                        Formats.csv(r.liveHeapMb(), 1), quote(r.referenceCheck())));
                out.write("\n");
            }
        }
    }

    /** Writes {@code points.csv}: dataset, seed, configuration, seconds, value, score. */
    public static void writePoints(List<RunResult> runs, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("dataset,seed,configuration,seconds,value,score\n");
            for (RunResult r : runs) {
                for (ScorePoint point : r.points()) {
                    out.write(String.join(",", r.dataset(), Long.toString(r.seed()), r.configuration(),
                            Formats.csv(point.seconds(), 3), Formats.csv(point.value(), 6), quote(point.score())));
                    out.write("\n");
                }
            }
        }
    }

    /** @return the text as a CSV field, quoted when it holds a comma, a quote or a line break */
    static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
