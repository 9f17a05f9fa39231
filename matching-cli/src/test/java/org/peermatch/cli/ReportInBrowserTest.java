package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo report as a committee member sees it, in a real browser: headless Chromium (the Debian package
 * {@code chromium}, which {@code .ci/run} installs when missing) renders it at 1400 px and at 390 px and prints it to
 * PDF. One Chromium run each; skipped, with the reason, only when no Chromium can be found.
 *
 * <p>The widths go through an iframe of a small harness page, because a headless window is never narrower than
 * 500 px; the harness measures the report inside it and writes the result into its own DOM, which
 * {@code --dump-dom} prints.
 */
class ReportInBrowserTest {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    /** The issue's brief: at most 6 A4 pages for the demo. */
    private static final int MAX_PAGES = 6;

    private static final String PROBE = """
            document.getElementById("frame").addEventListener("load", function () {
              var doc = this.contentDocument;
              var width = doc.documentElement.clientWidth;
              var wide = [];
              var all = doc.querySelectorAll("body *");
              for (var i = 0; i < all.length; i++) {
                var e = all[i];
                var head = e.closest("thead");
                var clipped = e.closest(".skip-link, .visually-hidden")
                    || (head && head.getBoundingClientRect().width <= 1);
                var box = e.getBoundingClientRect();
                if (!clipped && box.width > 0 && box.right > width + 1) {
                  wide.push(e.tagName.toLowerCase() + "." + e.className + "#" + e.id + " ends at " + Math.round(box.right));
                }
                if (e.tagName === "TABLE" && e.scrollWidth > e.clientWidth + 1) {
                  wide.push("table." + e.className + " scrolls " + e.scrollWidth + " > " + e.clientWidth);
                }
              }
              var headline = doc.getElementById("status-title");
              var out = document.createElement("pre");
              out.id = "probe";
              out.textContent = "viewport=" + width + "\\npage=" + doc.documentElement.scrollWidth
                  + "\\nheadline=" + (headline ? headline.textContent.trim() : "")
                  + "\\noverflowing=" + wide.length + "\\n" + wide.slice(0, 20).join("\\n") + "\\nend";
              document.body.appendChild(out);
            });
            """;

    @TempDir
    static Path folder;

    private static Path browser;
    private static Path report;
    private static JsonNode proposal;

    @BeforeAll
    static void demo() throws IOException {
        browser = findBrowser();
        Assumptions.assumeTrue(browser != null, "Chromium was not found on the PATH (" + BROWSERS
                + "): the browser test of the report is skipped. Install the Debian package chromium"
                + " (apt-get install -y chromium), as .ci/run does.");
        Path dir = folder.resolve("demo");
        Cli.Result result = Cli.run("demo", "--dir", dir.toString(), "--move-limit", "3000");
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        report = dir.resolve("demo-report.html");
        proposal = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("demo-proposal.json")));
    }

    @Test
    void atDesktopWidthTheHeadlineNamesTheWorstGap() throws Exception {
        String probe = probe(1400);

        assertThat(line(probe, "viewport")).isEqualTo("1400");
        String headline = line(probe, "headline");
        WorstGap worst = worstGap();
        assertThat(headline).as("the headline names the worst gap, %s", worst)
                .contains(Long.toString(worst.count())).contains(worst.words());
        assertThat(line(probe, "overflowing")).as(probe).isEqualTo("0");
    }

    @Test
    void atPhoneWidthNothingOverflows() throws Exception {
        String probe = probe(390);

        assertThat(line(probe, "viewport")).isEqualTo("390");
        assertThat(line(probe, "page")).as(probe).isEqualTo("390");
        assertThat(line(probe, "overflowing")).as(probe).isEqualTo("0");
    }

    @Test
    void printsABriefOfAtMostSixA4Pages() throws Exception {
        Path pdf = folder.resolve("demo-report.pdf");

        run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, report.toUri().toString()), null);

        String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher pages = Pattern.compile("/Type\\s*/Page(?![A-Za-z])").matcher(bytes);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertThat(count).as("pages of the printed demo report").isBetween(1, MAX_PAGES);
    }

    /** The mode with the most essential gaps in the proposal JSON, and words its headline must hold. */
    private record WorstGap(long count, String words) {
    }

    private static WorstGap worstGap() {
        List<WorstGap> gaps = new ArrayList<>();
        long essentialNeeds = 0;
        for (JsonNode need : proposal.get("uncoveredNeeds")) {
            essentialNeeds += need.get("priority").asInt() == 1 ? 1 : 0;
        }
        gaps.add(new WorstGap(proposal.get("uncoveredNeeds").size(), "covered"));
        gaps.add(new WorstGap(proposal.get("immersion").get("unplaced").size(), "immersion day"));
        gaps.add(new WorstGap(proposal.get("codevelopment").get("unplaced").size(), "co-development group"));
        long seats = 0;
        for (JsonNode need : proposal.get("workshops").get("unserved")) {
            seats += need.get("priority").asInt() == 1 ? 1 : 0;
        }
        gaps.add(new WorstGap(seats, "essential workshop need"));
        gaps.add(new WorstGap(proposal.get("calendar").get("unplaced").size(), "could not be dated"));
        WorstGap worst = new WorstGap(0, "Every need is covered");
        long worstEssential = 0;
        for (int i = 0; i < gaps.size(); i++) {
            long essential = i == 0 ? essentialNeeds : gaps.get(i).count();
            if (essential > worstEssential || worst.count() == 0 && gaps.get(i).count() > 0) {
                worst = gaps.get(i);
                worstEssential = essential;
            }
        }
        return worst;
    }

    /** Renders the report in an iframe of that width and returns what the probe measured. */
    private static String probe(int width) throws IOException, InterruptedException {
        String page = Files.readString(report);
        String harness = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
                + "<iframe id=\"frame\" style=\"width:" + width + "px;height:900px;border:0\" srcdoc=\""
                + page.replace("&", "&amp;").replace("\"", "&quot;") + "\"></iframe><script>" + PROBE
                + "</script></body></html>";
        Path file = folder.resolve("harness-" + width + ".html");
        Files.writeString(file, harness);
        Path dom = folder.resolve("dom-" + width + ".html");
        run(List.of("--window-size=" + Math.max(width, 500) + ",900", "--virtual-time-budget=5000", "--dump-dom",
                file.toUri().toString()), dom);
        String text = Files.readString(dom);
        int start = text.indexOf("<pre id=\"probe\">");
        assertThat(start).as("the probe ran in Chromium; its page was:%n%s", text).isNotNegative();
        return text.substring(start + "<pre id=\"probe\">".length(), text.indexOf("</pre>", start))
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }

    private static String line(String probe, String name) {
        for (String line : probe.split("\n")) {
            if (line.startsWith(name + "=")) {
                return line.substring(name.length() + 1);
            }
        }
        throw new AssertionError("No " + name + " in the probe's output:\n" + probe);
    }

    /** Runs headless Chromium once with its own profile folder; its standard output goes to {@code out}. */
    private static void run(List<String> arguments, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--disable-gpu",
                "--no-sandbox", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + Files.createTempDirectory(folder, "profile")));
        command.addAll(arguments);
        Path log = Files.createTempFile(folder, "chromium", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.redirectOutput(out == null ? ProcessBuilder.Redirect.appendTo(log.toFile())
                : ProcessBuilder.Redirect.to(out.toFile()));
        Process process = builder.start();
        // A guard against a hung browser, not a speed check.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish: " + command);
        }
        assertThat(process.exitValue()).as("%s%n%s", command, Files.readString(log)).isZero();
    }

    private static Path findBrowser() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String name : BROWSERS) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
