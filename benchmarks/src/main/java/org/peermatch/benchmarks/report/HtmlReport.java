package org.peermatch.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.benchmarks.run.BenchmarkRun;
import org.peermatch.benchmarks.run.RunResult;
import org.peermatch.benchmarks.run.ScorePoint;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and SVG, no script, no external resource) with
 * the targets, the best value over time per configuration for each dataset, the gap per dataset, the speed, the
 * summary table and every run.
 */
public final class HtmlReport {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:1200px;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0;font-size:13px}"
            + "th,td{border:1px solid #ccc;padding:3px 6px;text-align:right}"
            + "th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}"
            + ".met{color:#2a7a2a;font-weight:bold}.notmet{color:#b22;font-weight:bold}"
            + ".charts{display:flex;flex-wrap:wrap;gap:12px}svg{border:1px solid #eee;background:#fff}"
            + "code{background:#f6f6f6;padding:1px 3px}";

    private HtmlReport() {
    }

    /** Writes the page. */
    public static void write(BenchmarkRun run, Path file) throws IOException {
        Files.writeString(file, render(run), StandardCharsets.UTF_8);
    }

    /** Writes the page with a section of its own (e.g. a tuning run's ranking) after the introduction. */
    public static void write(BenchmarkRun run, String section, Path file) throws IOException {
        Files.writeString(file, render(run, section), StandardCharsets.UTF_8);
    }

    /** @return the page */
    public static String render(BenchmarkRun run) {
        return render(run, "");
    }

    /** @return the page, with that section (HTML) after the introduction */
    public static String render(BenchmarkRun run, String section) {
        List<Summary> summaries = Summary.of(run.runs());
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>peer-match "
                + "benchmarks: ").append(esc(run.profile())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>peer-match benchmarks: profile ").append(esc(run.profile())).append("</h1>\n<p>");
        for (Map.Entry<String, String> entry : run.environment().entrySet()) {
            html.append(esc(entry.getKey())).append(": <code>").append(esc(entry.getValue())).append("</code>; ");
        }
        html.append("total ").append(Formats.number(run.totalSeconds(), 1)).append(" s, ").append(run.runs().size())
                .append(" runs.</p>\n");
        html.append("<p>Accompaniment: the value is the covered priority weight (3, 2, 1 for priorities 1, 2, 3); "
                + "its reference is the exact optimum when CP-SAT (or SCIP) proves it (S, M) or when it was proven "
                + "outside the run (M: how is under References), else the least proven "
                + "bound: the exact solver's, the linear relaxation's (LP, by GLOP, at S and M) or the flow bound (the "
                + "relaxation without the per-participant limit of resource persons and the participant counts); a "
                + "bound makes the gap shown an upper bound on the true gap. "
                + "Affinity (the assignment core): the value is the total score; its reference is the exact optimum "
                + "of the min-cost flow. Golfer: the value is the number of rounds reached without repeats; its "
                + "reference the proven maximum. <code>greedy</code> is the committee's baseline: participants in "
                + "registration order take the best free resource.</p>\n");
        html.append(section);

        html.append("<h2>Targets (issue 6)</h2>\n<table><tr><th>Target</th><th>Measured</th><th>Verdict</th></tr>\n");
        for (Target target : Target.evaluate(summaries)) {
            String css = target.verdict().equals("met") ? "met" : target.verdict().equals("not met") ? "notmet" : "";
            html.append("<tr><td>").append(esc(target.target())).append("</td><td>").append(esc(target.measured()))
                    .append("</td><td class=\"").append(css).append("\">").append(esc(target.verdict()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");

        html.append("<h2>Best value over time (first seed of each dataset)</h2>\n<div class=\"charts\">\n");
        for (String chart : overTime(run.runs())) {
            html.append(chart);
        }
        html.append("</div>\n");

        html.append("<h2>Gap and speed per dataset</h2>\n<div class=\"charts\">\n");
        html.append(gapChart(summaries, "accompaniment", "Accompaniment: gap to the optimum or bound (%)"));
        html.append(gapChart(summaries, "affinity", "Assignment core: gap to the optimum (%)"));
        html.append(metricChart(summaries, "Golfer: rounds reached without repeats (max = reference)", "rounds",
                List.of("tabu", "greedy"), s -> s.family().equals("golfer") ? s.meanValue() : Double.NaN));
        html.append(metricChart(summaries, "Moves evaluated per second", "moves/s",
                List.of("default", "construction-only", "maxmin", "tabu"), Summary::meanMovesPerSecond));
        html.append(metricChart(summaries, "Time to the first feasible solution (s)", "seconds",
                List.of("default", "construction-only", "exact-flow", "greedy"), Summary::meanFirstFeasible));
        html.append(metricChart(summaries, "Peak heap (MiB)", "MiB",
                List.of("default", "construction-only", "exact-flow", "maxmin"), Summary::maxPeakHeapMb));
        html.append("</div>\n");

        html.append("<h2>Summary (mean over seeds)</h2>\n<table>\n<tr><th>Dataset</th><th>P × R</th><th>Items</th>"
                + "<th>Configuration</th><th>Runs</th><th>Limit s</th><th>Wall s</th><th>Solver s</th><th>Value</th><th>Gap %</th>"
                + "<th>Worst gap %</th><th>Gap at 10 s %</th><th>First feasible s</th><th>× greedy</th>"
                + "<th>Beats greedy</th><th>Broken rules</th><th>Moves/s</th><th>Peak heap MiB</th></tr>\n");
        for (Summary s : summaries) {
            html.append("<tr><td>").append(esc(s.dataset())).append("</td><td>").append(s.participants())
                    .append(" × ").append(s.resources()).append("</td><td>").append(s.items()).append("</td><td>")
                    .append(esc(s.configuration())).append("</td><td>").append(s.runs()).append("</td>")
                    .append(td(Formats.number(s.limitSeconds(), 0))).append(td(Formats.number(s.meanWall(), 2)))
                    .append(td(Formats.number(s.meanSolver(), 2))).append(td(Formats.number(s.meanValue(), 3)))
                    .append(td(Formats.number(s.meanGap(), 3))).append(td(Formats.number(s.maxGap(), 3)))
                    .append(td(Formats.number(s.meanGapAt10s(), 3)))
                    .append(td(Formats.number(s.meanFirstFeasible(), 2)))
                    .append(td(Formats.number(s.meanRatioToGreedy(), 4)))
                    .append(td(s.beatsGreedy() + "/" + s.runs())).append(td(Integer.toString(s.violations())))
                    .append(td(Formats.integer(s.meanMovesPerSecond())))
                    .append(td(Formats.integer(s.maxPeakHeapMb()))).append("</tr>\n");
        }
        html.append("</table>\n");

        html.append("<h2>References</h2>\n<ul>\n");
        Set<String> seen = new LinkedHashSet<>();
        for (RunResult r : run.runs()) {
            if (seen.add(r.dataset() + " seed " + r.seed())) {
                html.append("<li>").append(esc(r.dataset() + " seed " + r.seed())).append(": ");
                if (r.family().equals("accompaniment")) {
                    html.append("gaps to the ").append(esc(Formats.referenceLabel(r.referenceKind()))).append("; ");
                }
                html.append(esc(r.referenceCheck())).append("</li>\n");
            }
        }
        html.append("</ul>\n");
        if (!run.notes().isEmpty()) {
            html.append("<h2>Notes</h2>\n<ul>\n");
            for (String note : run.notes()) {
                html.append("<li>").append(esc(note)).append("</li>\n");
            }
            html.append("</ul>\n");
        }

        html.append("<h2>Every run</h2>\n<table>\n<tr><th>Dataset</th><th>Seed</th><th>Configuration</th>"
                + "<th>Wall s</th><th>First feasible s</th><th>Score</th><th>Value</th><th>Reference</th>"
                + "<th>Gap %</th><th>× greedy</th><th>Broken rules</th><th>Moves</th><th>Moves/s</th>"
                + "<th>Peak heap MiB</th><th>Live heap MiB</th></tr>\n");
        for (RunResult r : run.runs()) {
            html.append("<tr><td>").append(esc(r.dataset())).append("</td>").append(td(Long.toString(r.seed())))
                    .append("<td>").append(esc(r.configuration())).append("</td>")
                    .append(td(Formats.number(r.wallSeconds(), 2)))
                    .append(td(Formats.number(r.firstFeasibleSeconds(), 2))).append(td(esc(r.score())))
                    .append(td(Formats.number(r.value(), 3))).append(td(Formats.number(r.reference(), 3)))
                    .append(td(Formats.number(r.gapPercent(), 3))).append(td(Formats.number(r.ratioToGreedy(), 4)))
                    .append(td(Integer.toString(r.hardViolations()))).append(td(Formats.integer(r.moves())))
                    .append(td(Formats.integer(r.movesPerSecond()))).append(td(Formats.integer(r.peakHeapMb())))
                    .append(td(Formats.integer(r.liveHeapMb()))).append("</tr>\n");
        }
        html.append("</table>\n</body>\n</html>\n");
        return html.toString();
    }

    /** One chart per dataset: each configuration's best value over time, with the reference and the greedy. */
    private static List<String> overTime(List<RunResult> runs) {
        Map<String, List<RunResult>> byDataset = new LinkedHashMap<>();
        Map<String, Long> firstSeed = new LinkedHashMap<>();
        for (RunResult run : runs) {
            firstSeed.putIfAbsent(run.dataset(), run.seed());
            if (run.seed() == firstSeed.get(run.dataset())) {
                byDataset.computeIfAbsent(run.dataset(), d -> new ArrayList<>()).add(run);
            }
        }
        List<String> charts = new ArrayList<>();
        for (Map.Entry<String, List<RunResult>> entry : byDataset.entrySet()) {
            List<Svg.Series> series = new ArrayList<>();
            RunResult any = entry.getValue().getFirst();
            int color = 0;
            double end = 0;
            for (RunResult run : entry.getValue()) {
                end = Math.max(end, run.wallSeconds());
            }
            for (RunResult run : entry.getValue()) {
                if (run.configuration().equals("greedy") || run.points().isEmpty()) {
                    continue;
                }
                double[] xs = new double[run.points().size()];
                double[] ys = new double[run.points().size()];
                for (int i = 0; i < xs.length; i++) {
                    ScorePoint point = run.points().get(i);
                    xs[i] = point.seconds();
                    ys[i] = point.value();
                }
                series.add(new Svg.Series(run.configuration(), Svg.COLORS[color++ % Svg.COLORS.length], xs, ys,
                        run.wallSeconds()));
            }
            if (any.family().equals("golfer")) {
                continue;
            }
            boolean accompaniment = any.family().equals("accompaniment");
            List<Svg.Level> levels = List.of(
                    new Svg.Level(Formats.referenceLabel(any.referenceKind()), "#000", any.reference(), "6 3"),
                    new Svg.Level("greedy", "#888", any.greedyValue(), "2 3"));
            charts.add(Svg.lineChart(entry.getKey() + " (seed " + any.seed() + ")", "seconds since start",
                    accompaniment ? "covered priority weight" : "total score", series, levels));
        }
        return charts;
    }

    private static String gapChart(List<Summary> summaries, String family, String title) {
        List<String> datasets = new ArrayList<>();
        List<String> configurations = new ArrayList<>();
        for (Summary s : summaries) {
            if (s.family().equals(family)) {
                if (!datasets.contains(s.dataset())) {
                    datasets.add(s.dataset());
                }
                if (!configurations.contains(s.configuration())) {
                    configurations.add(s.configuration());
                }
            }
        }
        if (datasets.isEmpty()) {
            return "";
        }
        List<Svg.Bars> bars = new ArrayList<>();
        for (int c = 0; c < configurations.size(); c++) {
            double[] values = new double[datasets.size()];
            for (int d = 0; d < datasets.size(); d++) {
                Summary s = Target.find(summaries, datasets.get(d), configurations.get(c));
                values[d] = s == null ? Double.NaN : s.meanGap();
            }
            bars.add(new Svg.Bars(configurations.get(c), Svg.COLORS[c % Svg.COLORS.length], values));
        }
        return Svg.barChart(title, "gap %", datasets, bars);
    }

    private static String metricChart(List<Summary> summaries, String title, String unit, List<String> configurations,
            java.util.function.ToDoubleFunction<Summary> metric) {
        List<String> datasets = new ArrayList<>();
        for (Summary s : summaries) {
            if (configurations.contains(s.configuration()) && !Double.isNaN(metric.applyAsDouble(s))
                    && !datasets.contains(s.dataset())) {
                datasets.add(s.dataset());
            }
        }
        List<Svg.Bars> bars = new ArrayList<>();
        int color = 0;
        for (String configuration : configurations) {
            double[] values = new double[datasets.size()];
            boolean any = false;
            for (int d = 0; d < datasets.size(); d++) {
                Summary s = Target.find(summaries, datasets.get(d), configuration);
                values[d] = s == null ? Double.NaN : metric.applyAsDouble(s);
                any |= s != null;
            }
            if (any) {
                bars.add(new Svg.Bars(configuration, Svg.COLORS[color++ % Svg.COLORS.length], values));
            }
        }
        if (datasets.isEmpty()) {
            return "";
        }
        return Svg.barChart(title, unit, datasets.stream().map(HtmlReport::shortName).toList(), bars);
    }

    private static String shortName(String dataset) {
        return dataset.replace("accompaniment-", "acc-").replace("affinity-", "aff-").replace("golfer-", "");
    }

    private static String td(String text) {
        return "<td>" + text + "</td>";
    }

    private static String esc(String text) {
        return Svg.escape(text);
    }
}
