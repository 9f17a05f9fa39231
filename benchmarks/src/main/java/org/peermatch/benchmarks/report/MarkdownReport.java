package org.peermatch.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.peermatch.benchmarks.run.BenchmarkRun;

/** Writes {@code summary.md}: the environment, the targets, one table row per dataset and configuration. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** Writes the summary. */
    public static void write(BenchmarkRun run, Path file) throws IOException {
        Files.writeString(file, render(run), StandardCharsets.UTF_8);
    }

    /** Writes the summary with a section of its own (e.g. a tuning run's ranking) after the environment. */
    public static void write(BenchmarkRun run, String section, Path file) throws IOException {
        Files.writeString(file, render(run, section), StandardCharsets.UTF_8);
    }

    /** @return the summary's Markdown */
    public static String render(BenchmarkRun run) {
        return render(run, "");
    }

    /** @return the summary's Markdown, with that section after the environment */
    public static String render(BenchmarkRun run, String section) {
        StringBuilder md = new StringBuilder();
        List<Summary> summaries = Summary.of(run.runs());
        md.append("# peer-match benchmarks: profile ").append(run.profile()).append("\n\n");
        for (Map.Entry<String, String> entry : run.environment().entrySet()) {
            md.append("- ").append(entry.getKey()).append(": ").append(entry.getValue()).append('\n');
        }
        md.append("- total time: ").append(Formats.number(run.totalSeconds(), 1)).append(" s, ")
                .append(run.runs().size()).append(" runs\n\n");
        md.append(section.isEmpty() ? "" : section.strip() + "\n\n");
        md.append("## Targets (issue 6)\n\n| Target | Measured | Verdict |\n|---|---|---|\n");
        for (Target target : Target.evaluate(summaries)) {
            md.append("| ").append(target.target()).append(" | ").append(target.measured()).append(" | ")
                    .append(target.verdict()).append(" |\n");
        }
        md.append("\n## Results (mean over seeds)\n\n");
        md.append("Gap: accompaniment to the exact optimum of covered priority weight when CP-SAT (or SCIP) proves "
                + "it or when it was proven outside the run (how is under References), else to the least proven "
                + "bound, CP-SAT's, the Lagrangian, the LP relaxation's or the flow "
                + "bound (then an upper bound on the true gap; the reference kind is in runs.csv and under References), affinity to the exact optimum of the total score, golfer to the proven maximum of rounds without repeats (the "
                + "value: the most rounds planned without a repeat). × greedy: value / greedy baseline's value. "
                + "Wall: from the start of the run (building the problem included) to the final result (explanations "
                + "included); solver: inside the solver. First feasible: the first solution meeting every hard rule "
                + "that covers a need.\n\n");
        md.append("| Dataset | Size (P × R, items) | Configuration | Runs | Limit s | Wall s | Solver s | Value | Gap % "
                + "| Worst gap % | Gap at 10 s % | First feasible s | × greedy | Beats greedy | Broken rules | Moves/s "
                + "| Peak heap MiB |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Summary s : summaries) {
            md.append("| ").append(s.dataset()).append(" | ").append(s.participants()).append(" × ")
                    .append(s.resources()).append(", ").append(s.items()).append(" | ").append(s.configuration())
                    .append(" | ").append(s.runs()).append(" | ").append(Formats.number(s.limitSeconds(), 0))
                    .append(" | ").append(Formats.number(s.meanWall(), 2)).append(" | ")
                    .append(Formats.number(s.meanSolver(), 2)).append(" | ")
                    .append(Formats.number(s.meanValue(), 3)).append(" | ")
                    .append(Formats.number(s.meanGap(), 3)).append(" | ").append(Formats.number(s.maxGap(), 3))
                    .append(" | ").append(Formats.number(s.meanGapAt10s(), 3)).append(" | ")
                    .append(Formats.number(s.meanFirstFeasible(), 2)).append(" | ")
                    .append(Formats.number(s.meanRatioToGreedy(), 4)).append(" | ").append(s.beatsGreedy())
                    .append("/").append(s.runs()).append(" | ").append(s.violations()).append(" | ")
                    .append(Formats.integer(s.meanMovesPerSecond())).append(" | ")
                    .append(Formats.integer(s.maxPeakHeapMb())).append(" |\n");
        }
        md.append("\n## References\n\n");
        String last = "";
        for (Summary s : summaries) {
            if (!s.dataset().equals(last)) {
                md.append("- ").append(s.dataset()).append(" (first seed): ");
                if (s.family().equals("accompaniment")) {
                    md.append("gaps to the ").append(Formats.referenceLabel(s.referenceKind())).append("; ");
                }
                md.append(s.referenceCheck()).append('\n');
                last = s.dataset();
            }
        }
        if (!run.notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            for (String note : run.notes()) {
                md.append("- ").append(note).append('\n');
            }
        }
        return md.toString();
    }
}
