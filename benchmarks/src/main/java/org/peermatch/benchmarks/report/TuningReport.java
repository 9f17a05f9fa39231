package org.peermatch.benchmarks.report;

import java.util.List;
import java.util.Map;

import org.peermatch.benchmarks.tune.Ranking;

/**
 * The ranking section of a tuning run, for {@code summary.md} and {@code report.html}: the variants on each
 * programme, overall, the winner, and the per-constraint scores of each variant's best plan.
 */
public final class TuningReport {

    private TuningReport() {
    }

    /** @return the section in Markdown */
    public static String markdown(Ranking ranking) {
        StringBuilder md = new StringBuilder("\n## Ranking of the variants\n\n");
        md.append(ranking.winner() == null ? "No variant run ended: see the notes.\n"
                : "**Winner: `" + ranking.winner() + "`** (" + overallWords(ranking.overall().getFirst()) + ").\n");
        md.append("\n| Rank | Variant | Mean rank | Programmes won |\n|---|---|---|---|\n");
        for (Ranking.OverallRank rank : ranking.overall()) {
            md.append("| ").append(rank.rank()).append(" | `").append(rank.variant()).append("` | ")
                    .append(Formats.number(rank.meanRank(), 2)).append(" | ").append(rank.wins()).append(" |\n");
        }
        for (Ranking.ProgrammeRanking programme : ranking.programmes()) {
            md.append("\n### ").append(programme.programme()).append("\n\nReference: ")
                    .append(Formats.number(programme.reference(), 1)).append(" (")
                    .append(Formats.referenceLabel(programme.referenceKind())).append(").\n\n")
                    .append("| Rank | Variant | Best score (programme weights) | Mean covered weight | Mean gap % "
                            + "| Gap at 10 s % | Mean wall s | Runs |\n|---|---|---|---|---|---|---|---|\n");
            for (Ranking.Row row : programme.rows()) {
                md.append("| ").append(row.rank()).append(" | `").append(row.variant()).append("` | ")
                        .append(row.bestScore()).append(" | ").append(Formats.number(row.meanValue(), 1))
                        .append(" | ").append(Formats.number(row.meanGap(), 2)).append(" | ")
                        .append(Formats.number(row.meanGapAt10s(), 2)).append(" | ")
                        .append(Formats.number(row.meanWall(), 1)).append(" | ").append(row.runs()).append(" |\n");
            }
            md.append("\nEach constraint's part of the score of each variant's best plan:\n\n| Constraint | Level |");
            List<Ranking.Row> rows = programme.rows();
            rows.forEach(row -> md.append(" `").append(row.variant()).append("` |"));
            md.append("\n|---|---|").append("---|".repeat(rows.size())).append('\n');
            for (Ranking.ConstraintRow constraint : programme.constraints()) {
                md.append("| `").append(constraint.id()).append("` | ").append(constraint.level()).append(" |");
                rows.forEach(row -> md.append(' ').append(value(constraint.scores(), row.variant())).append(" |"));
                md.append('\n');
            }
        }
        return md.toString();
    }

    /** @return the section in HTML, every text escaped */
    public static String html(Ranking ranking) {
        StringBuilder html = new StringBuilder("<h2>Ranking of the variants</h2>\n<p>");
        html.append(ranking.winner() == null ? "No variant run ended: see the notes."
                : "<strong>Winner: <code>" + esc(ranking.winner()) + "</code></strong> ("
                        + esc(overallWords(ranking.overall().getFirst())) + ").").append("</p>\n");
        html.append("<table>\n<tr><th>Rank</th><th>Variant</th><th>Mean rank</th><th>Programmes won</th></tr>\n");
        for (Ranking.OverallRank rank : ranking.overall()) {
            html.append("<tr><td>").append(rank.rank()).append("</td><td><code>").append(esc(rank.variant()))
                    .append("</code></td><td>").append(Formats.number(rank.meanRank(), 2)).append("</td><td>")
                    .append(rank.wins()).append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (Ranking.ProgrammeRanking programme : ranking.programmes()) {
            html.append("<h3>").append(esc(programme.programme())).append("</h3>\n<p>Reference: ")
                    .append(Formats.number(programme.reference(), 1)).append(" (")
                    .append(esc(Formats.referenceLabel(programme.referenceKind()))).append(").</p>\n")
                    .append("<table>\n<tr><th>Rank</th><th>Variant</th><th>Best score (programme weights)</th>"
                            + "<th>Mean covered weight</th><th>Mean gap %</th><th>Gap at 10 s %</th>"
                            + "<th>Mean wall s</th><th>Runs</th></tr>\n");
            for (Ranking.Row row : programme.rows()) {
                html.append("<tr><td>").append(row.rank()).append("</td><td><code>").append(esc(row.variant()))
                        .append("</code></td><td>").append(esc(row.bestScore())).append("</td><td>")
                        .append(Formats.number(row.meanValue(), 1)).append("</td><td>")
                        .append(Formats.number(row.meanGap(), 2)).append("</td><td>")
                        .append(Formats.number(row.meanGapAt10s(), 2)).append("</td><td>")
                        .append(Formats.number(row.meanWall(), 1)).append("</td><td>").append(row.runs())
                        .append("</td></tr>\n");
            }
            html.append("</table>\n<table>\n<caption>Each constraint's part of the score of each variant's best "
                    + "plan</caption>\n<tr><th>Constraint</th><th>Level</th>");
            programme.rows().forEach(row -> html.append("<th><code>").append(esc(row.variant()))
                    .append("</code></th>"));
            html.append("</tr>\n");
            for (Ranking.ConstraintRow constraint : programme.constraints()) {
                html.append("<tr><td><code>").append(esc(constraint.id())).append("</code></td><td>")
                        .append(esc(constraint.level())).append("</td>");
                programme.rows().forEach(row -> html.append("<td>").append(value(constraint.scores(), row.variant()))
                        .append("</td>"));
                html.append("</tr>\n");
            }
            html.append("</table>\n");
        }
        return html.toString();
    }

    private static String overallWords(Ranking.OverallRank first) {
        return "mean rank " + Formats.number(first.meanRank(), 2) + ", first on " + first.wins() + " programme"
                + (first.wins() == 1 ? "" : "s");
    }

    private static String value(Map<String, Long> scores, String variant) {
        Long score = scores.get(variant);
        return score == null ? "–" : Long.toString(score);
    }

    private static String esc(String text) {
        return Svg.escape(text);
    }
}
