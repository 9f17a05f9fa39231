package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands in-process: exit codes, what they print and what they write. */
class PeerMatchCliTest {

    /** Solves stay short and reproducible. */
    private static final String MOVES = "3000";

    @TempDir
    Path folder;

    @Test
    void hintsAndExamplesNameTheCommandAsTheLauncherWasCalled() {
        System.setProperty(CommandName.PROPERTY, "./peer-match");
        try {
            assertThat(Cli.run("--help").out()).contains("  ./peer-match demo", "  ./peer-match solve programme.json")
                    .doesNotContain("  peer-match demo");
            assertThat(Cli.run("solv").err()).contains("Maybe run './peer-match --help'");
        } finally {
            System.clearProperty(CommandName.PROPERTY);
        }
        assertThat(Cli.run("--help").out()).contains("  peer-match demo");
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: peer-match", "solve", "validate", "demo", "Exit codes:");
        for (ExitCode exitCode : ExitCode.values()) {
            assertThat(result.out()).containsPattern("(?m)^\\s+" + exitCode.code() + "\\s+\\S");
        }
    }

    @Test
    void subcommandHelpListsOptionsAndExitCodes() {
        Cli.Result result = Cli.run("solve", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--time-limit", "--move-limit", "--seed", "--out", "--report",
                "--verbose", "Exit codes:", "130");
    }

    @Test
    void versionNamesTheBuild() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .isEqualTo("peer-match " + VersionProvider.version())
                .matches("peer-match \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing a command", "Usage: peer-match");
    }

    @Test
    void unknownCommandIsAUsageErrorWithSuggestion() {
        Cli.Result result = Cli.run("solv", "x.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("solv", "solve", "Maybe run 'peer-match --help'");
    }

    @Test
    void validateSaysWhatAValidProgrammeHolds() {
        Path programme = Cli.programme("small.json", folder);

        Cli.Result result = Cli.run("validate", programme.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(programme
                + " is valid: 4 members (2 participants, 2 resource persons), 3 needs." + System.lineSeparator());
        assertThat(Cli.files(folder)).containsExactly("small.json");
    }

    @Test
    void validateListsEveryProblemWithItsLocation() {
        Path programme = Cli.programme("broken.json", folder);

        Cli.Result result = Cli.run("validate", programme.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains(programme + ":7:57: $.members[0].needs[0].priority:")
                .contains(programme + ":13:7: $.members[1].colour:")
                .contains("  Maybe ")
                .contains("is not a valid programme: 2 problems.");
        assertNoStackTrace(result);
    }

    @Test
    void validateOfAMissingFileSaysSo() {
        Cli.Result result = Cli.run("validate", folder.resolve("nowhere.json").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nowhere.json", "does not exist", "Maybe");
        assertNoStackTrace(result);
    }

    @Test
    void validateOfAFolderSaysSo() {
        Cli.Result result = Cli.run("validate", folder.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("is a folder", "Maybe");
        assertNoStackTrace(result);
    }

    @Test
    void solveWritesProposalAndReportNextToTheProgramme() throws IOException {
        Path programme = Cli.programme("small.json", folder);

        Cli.Result result = Cli.run("solve", programme.toString(), "--move-limit", MOVES);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Cli.files(folder)).containsExactly("small-calendar", "small-proposal.json", "small-report.html",
                "small.json");
        assertThat(Cli.files(folder.resolve("small-calendar"))).containsExactly("people", "programme.ics",
                "sessions.csv");
        assertThat(Files.readString(folder.resolve("small-calendar/programme.ics"))).startsWith("BEGIN:VCALENDAR")
                .contains("BEGIN:VEVENT");
        assertThat(result.err()).contains("Wrote " + folder.resolve("small-calendar") + ": programme.ics (");
        assertThat(Files.readString(folder.resolve("small-proposal.json"))).contains("\"business-model\"");
        assertThat(Files.readString(folder.resolve("small-report.html"))).contains("<html");
        assertThat(result.err())
                .contains("Solving \"Small test programme\": 4 members (2 participants, 2 resource persons), 3 needs")
                .contains("move limit 3000, seed 7 (reproducible)")
                .contains("Covered 3 of 3 needs")
                .contains("Wrote " + folder.resolve("small-proposal.json"))
                .contains("Wrote " + folder.resolve("small-report.html"));
        assertThat(result.out()).isEmpty();
        assertNoStackTrace(result);
    }

    @Test
    void solveWithAnUncoverableNeedWritesTheFilesAndListsTheGap() {
        Path programme = Cli.programme("uncoverable.json", folder);

        Cli.Result result = Cli.run("solve", programme.toString(), "--move-limit", MOVES);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(Cli.files(folder)).containsExactly("uncoverable-calendar", "uncoverable-proposal.json",
                "uncoverable-report.html",
                "uncoverable.json");
        assertThat(result.err())
                .contains("Covered 1 of 2 needs")
                .contains("1 need is not covered:")
                .contains("  - Camille Martin (p1), underwater basket weaving (priority 2, 3 h): ")
                .contains("Maybe open " + folder.resolve("uncoverable-report.html"));
        assertNoStackTrace(result);
    }

    @Test
    void optionsGoWhereAsked() {
        Path programme = Cli.programme("small.json", folder);
        Path out = folder.resolve("out/plan.json");
        Path report = folder.resolve("out/plan.html");

        Cli.Result result = Cli.run("solve", programme.toString(), "--move-limit", MOVES, "--seed", "3",
                "--out", out.toString(), "--report", report.toString(), "--calendar",
                folder.resolve("out/calendar").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out).isRegularFile();
        assertThat(report).isRegularFile();
        assertThat(folder.resolve("out/calendar/sessions.csv")).isRegularFile();
        assertThat(result.err()).contains("seed 3 (reproducible)");
        assertThat(Cli.files(folder)).containsExactly("out", "small.json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--time-limit|abc|Invalid value for option '--time-limit': 'abc' is not a duration. Maybe write 30s, 2m or 1h30m.",
        "--time-limit|0s|Invalid value for option '--time-limit': '0s' is not a positive duration.",
        "--time-limit|30|Invalid value for option '--time-limit': '30' is not a duration.",
        "--move-limit|0|Invalid value for option '--move-limit': '0' is not at least 1.",
        "--move-limit|lots|Invalid value for option '--move-limit': 'lots' is not a whole number.",
        "--seed|x|Invalid value for option '--seed': 'x' is not a whole number.",
        "--colour|blue|Unknown options: '--colour', 'blue'"})
    void badOptionValuesAreUsageErrorsNamingTheOption(String option, String value, String message) {
        Path programme = Cli.programme("small.json", folder);

        Cli.Result result = Cli.run("solve", programme.toString(), option, value);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(message).contains("Maybe");
        assertThat(Cli.files(folder)).containsExactly("small.json");
        assertNoStackTrace(result);
    }

    @Test
    void demoOptionsAreCheckedBeforeAnythingIsWritten() {
        Cli.Result result = Cli.run("demo", "--dir", folder.resolve("demo").toString(), "--time-limit", "soon");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Invalid value for option '--time-limit': 'soon' is not a duration.");
        assertThat(Cli.files(folder)).isEmpty();
    }

    @Test
    void solveOfAnInvalidProgrammeWritesNothing() {
        Path programme = Cli.programme("broken.json", folder);

        Cli.Result result = Cli.run("solve", programme.toString(), "--move-limit", MOVES);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(programme + ":7:57: ");
        assertThat(Cli.files(folder)).containsExactly("broken.json");
        assertNoStackTrace(result);
    }

    @ParameterizedTest
    @CsvSource({"--out,proposal", "--report,report", "-o,proposal"})
    void neverOverwritesTheProgramme(String option, String what) throws IOException {
        Path programme = Cli.programme("small.json", folder);
        byte[] before = Files.readAllBytes(programme);

        Cli.Result result = Cli.run("solve", programme.toString(), "--move-limit", MOVES, option,
                folder.resolve(".").resolve("small.json").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("The " + what + " file", "is the programme document itself",
                "Maybe leave " + (option.equals("-o") ? "--out" : option) + " out");
        assertThat(Files.readAllBytes(programme)).isEqualTo(before);
        assertThat(Cli.files(folder)).containsExactly("small.json");
    }

    @Test
    void refusesOneFileForBothOutputs() {
        Path programme = Cli.programme("small.json", folder);
        String both = folder.resolve("plan.json").toString();

        Cli.Result result = Cli.run("solve", programme.toString(), "--out", both, "--report", both);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--out and --report name the same file");
        assertThat(Cli.files(folder)).containsExactly("small.json");
    }

    @Test
    void sameSeedAndMoveLimitGiveByteIdenticalFiles() throws IOException {
        Path programme = Cli.programme("small.json", folder);
        String[] first = {"solve", programme.toString(), "--move-limit", MOVES, "--seed", "11",
            "--out", folder.resolve("a.json").toString(), "--report", folder.resolve("a.html").toString()};
        String[] second = {"solve", programme.toString(), "--move-limit", MOVES, "--seed", "11",
            "--out", folder.resolve("b.json").toString(), "--report", folder.resolve("b.html").toString()};

        assertThat(Cli.run(first).exitCode()).isZero();
        assertThat(Cli.run(second).exitCode()).isZero();

        assertThat(Files.readString(folder.resolve("b.json"))).isEqualTo(Files.readString(folder.resolve("a.json")));
        assertThat(Files.readString(folder.resolve("b.html"))).isEqualTo(Files.readString(folder.resolve("a.html")));
    }

    @Test
    void solvingAgainReplacesTheFilesAndLeavesNoTemporaryFile() throws IOException {
        Path programme = Cli.programme("small.json", folder);
        Files.writeString(folder.resolve("small-proposal.json"), "old");

        Cli.Result result = Cli.run("solve", programme.toString(), "--move-limit", MOVES);

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(folder.resolve("small-proposal.json"))).startsWith("{");
        assertThat(Cli.files(folder)).containsExactly("small-calendar", "small-proposal.json", "small-report.html",
                "small.json");
    }

    @Test
    void anUnwritableOutputIsAFailureWithoutStackTrace() throws IOException {
        Path programme = Cli.programme("small.json", folder);
        Files.writeString(folder.resolve("file"), "in the way");

        Cli.Result result = Cli.run("solve", programme.toString(), "--move-limit", MOVES,
                "--out", folder.resolve("file/plan.json").toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("Cannot write the proposal: '" + folder.resolve("file/plan.json") + "'")
                .contains("Maybe");
        assertThat(Cli.files(folder)).containsExactly("file", "small.json");
        assertNoStackTrace(result);
    }

    @Test
    void demoWritesTheProgrammeProposalAndReport() {
        Path dir = folder.resolve("demo");

        Cli.Result result = Cli.run("demo", "--dir", dir.toString(), "--move-limit", MOVES);

        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        assertThat(Cli.files(dir)).containsExactly("demo-calendar", "demo-programme.json", "demo-programme.xlsx",
                "demo-proposal.json", "demo-proposal.xlsx", "demo-report.html");
        assertThat(result.out()).contains("The demo is in " + dir, "demo-report.html");
        assertThat(result.err()).contains("move limit 3000").contains("(reproducible)")
                .contains("94 needs; 9 mentees and 10 mentors for immersion; 16 members for co-development; "
                        + "30 participants and 8 animators for workshops")
                .contains("Immersion: 9 of 9 mentees have a day with a mentor")
                .contains("Co-development: 2 groups, 0 members in no group")
                .contains("Workshops: 6 workshops").contains("nobody booked twice");
        assertNoStackTrace(result);
    }

    @Test
    void demoProposalAndReportShowTheImmersionDaysAndTheCoDevelopmentGroups() throws Exception {
        Path dir = folder.resolve("demo");

        Cli.Result result = Cli.run("demo", "--dir", dir.toString(), "--move-limit", MOVES);

        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        var proposal = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(Files.readString(dir.resolve("demo-proposal.json")));
        var pairs = proposal.get("immersion").get("pairs");
        assertThat(pairs.size()).isEqualTo(9);
        for (var pair : pairs) {
            assertThat(pair.get("day").asString()).matches("2027-\\d\\d-\\d\\d");
            assertThat(pair.get("reportDue").asString()).matches("2027-\\d\\d-\\d\\d");
            assertThat(pair.get("reasons").size()).isPositive();
        }
        var groups = proposal.get("codevelopment").get("groups");
        assertThat(groups.size()).isEqualTo(2);
        for (var group : groups) {
            assertThat(group.get("sessions").size()).isEqualTo(group.get("members").size());
            assertThat(group.get("reasons").size()).isPositive();
        }
        assertThat(proposal.get("workshops").get("workshops").size()).isEqualTo(6);
        assertThat(proposal.get("calendar").get("violations").size()).isZero();
        // The .ics files the command wrote parse back, one event a session, with the proposal's ids.
        try (var in = Files.newBufferedReader(dir.resolve("demo-calendar/programme.ics"))) {
            var events = new net.fortuna.ical4j.data.CalendarBuilder().build(in)
                    .getComponents(net.fortuna.ical4j.model.Component.VEVENT);
            var sessions = proposal.get("calendar").get("sessions");
            assertThat(events).hasSize(sessions.size());
            assertThat(events.getFirst().getProperty(net.fortuna.ical4j.model.Property.UID).orElseThrow()
                    .getValue()).contains(sessions.get(0).get("id").asString());
        }
        try (var in = Files.newBufferedReader(dir.resolve("demo-calendar/people/lea-garnier.ics"))) {
            assertThat(new net.fortuna.ical4j.data.CalendarBuilder().build(in)
                    .getComponents(net.fortuna.ical4j.model.Component.VEVENT)).isNotEmpty();
        }
        String report = Files.readString(dir.resolve("demo-report.html"));
        assertThat(report).contains("id=\"immersion\"").contains("report due")
                .contains("id=\"codevelopment\"").contains("Group 1 · ").contains("Group 2 · ")
                .contains("<th scope=\"col\">Client</th>").contains("id=\"workshops\"").contains("id=\"calendar\"");

        // Every mode is reproducible: the same seed and move limit give the same files.
        Path again = folder.resolve("again");
        assertThat(Cli.run("demo", "--dir", again.toString(), "--move-limit", MOVES).exitCode()).isIn(0, 1);
        assertThat(Files.readString(again.resolve("demo-proposal.json")))
                .isEqualTo(Files.readString(dir.resolve("demo-proposal.json")));
        assertThat(Files.readString(again.resolve("demo-report.html")))
                .isEqualTo(Files.readString(dir.resolve("demo-report.html")));
    }

    private static void assertNoStackTrace(Cli.Result result) {
        assertThat(result.all()).doesNotContain("Exception", "\tat ", "at org.", "at java.", "at picocli.");
    }
}
