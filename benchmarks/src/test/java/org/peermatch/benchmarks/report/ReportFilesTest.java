package org.peermatch.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.peermatch.benchmarks.BenchmarkMain;

/** Runs the smoke profile (about 10 s) through the main class and checks the files it writes. */
class ReportFilesTest {

    @TempDir
    Path folder;

    @Test
    void smokeProfileWritesTheFourFilesAndTheHtmlIsSelfContained() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BenchmarkMain.run(new String[] {"--profile", "smoke", "--out", folder.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();

        List<String> runs = Files.readAllLines(folder.resolve("runs.csv"));
        assertThat(runs.getFirst()).isEqualTo(CsvReport.HEADER);
        int columns = CsvReport.HEADER.split(",").length;
        // accompaniment-S: greedy, cp-sat, construction-only, default; affinity-S: exact-flow, greedy, maxmin;
        // golfer 5-3-7: greedy, tabu; MIDL 2018 when the fixture is found: three more
        assertThat(runs.size() - 1).isIn(9, 12);
        assertThat(runs).anySatisfy(row -> assertThat(row).startsWith("accompaniment,accompaniment-S,S,30,")
                .contains(",cp-sat,"));
        for (String row : runs.subList(1, runs.size())) {
            assertThat(splitCsv(row)).hasSize(columns);
        }
        assertThat(runs).anySatisfy(row -> assertThat(row).startsWith("accompaniment,accompaniment-S,S,30,"));
        assertThat(Files.readAllLines(folder.resolve("points.csv")).size()).isGreaterThan(3);

        String summary = Files.readString(folder.resolve("summary.md"));
        assertThat(summary).contains("| accompaniment-S |", "| affinity-S |", "| golfer-5-3-7 |",
                "## Targets (issue 6)");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(summary);

        String html = Files.readString(folder.resolve("report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "</svg>", "accompaniment-S", "</html>");
        // self-contained: no scheme, no loaded resource, no script
        assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:")
                .doesNotContainIgnoringCase("src=").doesNotContainIgnoringCase("href=")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(");
        // every opened svg is closed
        assertThat(count(html, "<svg")).isEqualTo(count(html, "</svg>")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void badOptionsExitWith2AndAdvise() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream outStream = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(BenchmarkMain.run(new String[] {"--profile", "huge"}, outStream, errStream)).isEqualTo(2);
        assertThat(BenchmarkMain.run(new String[] {"--datasets", "nothing"}, outStream, errStream)).isEqualTo(2);
        assertThat(BenchmarkMain.run(new String[] {"--time-limit", "-1"}, outStream, errStream)).isEqualTo(2);
        assertThat(BenchmarkMain.run(new String[] {"--configurations", "fast"}, outStream, errStream)).isEqualTo(2);
        assertThat(BenchmarkMain.run(new String[] {"--seeds"}, outStream, errStream)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown profile (huge).", "Maybe",
                "The dataset (nothing)", "The time limit (-1)", "Unknown configuration (fast).",
                "The option --seeds needs a value.");
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Splits a CSV row, honouring quoted fields. */
    private static List<String> splitCsv(String row) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
