package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile and absurd inputs of issue 19 — programme documents, CSV files and command lines as a careless user or
 * a malicious registration form would send them. Each one, run in-process: exit 2, a location (file and line, or
 * the option), advice starting with "Maybe", no stack trace, no file written and every input untouched.
 *
 * <p>None of them may take long, run out of memory or overflow the stack; the test asserts no time (the build's
 * surefire timeout would catch a hang), but each would have hung or crashed before.
 */
class HostileInputCorpusTest {

    /** {@code {NAME}} and the other placeholders are replaced by each case; line 5 is p1, line 6 is r1. */
    private static final String BASE = """
            {
              "programme": {"name": "Pilot", "start": "2027-01-11", "end": "2027-06-30"{PROGRAMME}},
              "rules": {"accompaniment": {"minimumLevel": 3{RULES}}},
              "members": [
                {"id": "{P1ID}", "name": "{NAME}", "organization": "Org A", "requests": ["accompaniment"], "needs": [{"topic": "{TOPIC}", "priority": {PRIORITY}, "hours": {HOURS}}]{P1}},
                {"id": "r1", "name": "Rui", "organization": "{R1ORG}", "competences": [{"topic": "business-model", "level": {LEVEL}}], "offers": {"accompaniment": {"hours": 20, "participants": 3}}{R1}}{MORE}
              ]{TAIL}
            }
            """;

    private static final Map<String, String> DEFAULTS = Map.ofEntries(Map.entry("{PROGRAMME}", ""),
            Map.entry("{RULES}", ""), Map.entry("{P1ID}", "p1"), Map.entry("{NAME}", "Ana"),
            Map.entry("{TOPIC}", "business-model"), Map.entry("{PRIORITY}", "1"), Map.entry("{HOURS}", "6"),
            Map.entry("{P1}", ""), Map.entry("{R1ORG}", "Org B"), Map.entry("{LEVEL}", "4"), Map.entry("{R1}", ""),
            Map.entry("{MORE}", ""), Map.entry("{TAIL}", ""));

    private static final String PIN =
            ",\n  \"decisions\": {\"pinned\": [{\"participant\": \"p1\", \"resource\": \"r1\"}]";

    @TempDir
    Path dir;

    /** One hostile programme document: its placeholders and where the problem must be reported. */
    private record Doc(String name, Map<String, String> values, String location) {
        String text() {
            String text = BASE;
            for (Map.Entry<String, String> entry : DEFAULTS.entrySet()) {
                text = text.replace(entry.getKey(), values.getOrDefault(entry.getKey(), entry.getValue()));
            }
            return text;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Doc doc(String name, String location, String... placeholdersAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < placeholdersAndValues.length; i += 2) {
            values.put(placeholdersAndValues[i], placeholdersAndValues[i + 1]);
        }
        return new Doc(name, values, location);
    }

    private static String member(String id, String name, String organization, String extra) {
        return ",\n    {\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"organization\": \"" + organization
                + "\", \"requests\": [\"codevelopment\"]" + extra + "}";
    }

    static Stream<Doc> documents() {
        List<Doc> docs = new ArrayList<>();
        // Control characters in names, ids and free text (JSON escapes, so the document itself is valid JSON).
        docs.add(doc("crlf-attendee-injection", ":5:", "{NAME}", "Julien\\r\\nATTENDEE:mailto:x@example.org"));
        docs.add(doc("ansi-escape-in-name", ":5:", "{NAME}", "\\u001b[31mRed\\u001b[0m"));
        docs.add(doc("nul-in-name", ":5:", "{NAME}", "Ana\\u0000"));
        docs.add(doc("del-in-name", ":5:", "{NAME}", "Ana\\u007f"));
        docs.add(doc("c1-csi-in-name", ":5:", "{NAME}", "Ana\\u009b31m"));
        docs.add(doc("bell-in-name", ":5:", "{NAME}", "Ana\\u0007"));
        docs.add(doc("line-separator-in-name", ":5:", "{NAME}", "Ana\\u2028Bob"));
        docs.add(doc("newline-in-organization", ":6:", "{R1ORG}", "Org\\nB"));
        docs.add(doc("carriage-return-in-id", ":5:", "{P1ID}", "p1\\r"));
        docs.add(doc("escape-in-programme-name", ":2:", "{PROGRAMME}", ", \"timeZone\": \"Europe/Paris\\u001b\""));
        docs.add(doc("escape-in-closed-reason", ":2:", "{PROGRAMME}",
                ", \"closed\": [{\"from\": \"2027-05-01\", \"reason\": \"May\\n1st\"}]"));
        docs.add(doc("escape-in-forbidden-reason", ":8:", "{TAIL}",
                ",\n  \"decisions\": {\"forbidden\": [{\"members\": [\"p1\", \"r1\"], \"reason\": \"x\\u001b[2J\"}]}"));
        docs.add(doc("escape-in-room-name", ":8:", "{TAIL}",
                ",\n  \"rooms\": [{\"id\": \"hall\", \"name\": \"Hall\\r\\nX\", \"capacity\": 20}]"));
        docs.add(doc("escape-in-unknown-field", ":5:", "{P1}", ", \"\\u001b[31mfield\": 1"));
        docs.add(doc("escape-in-tag", ":5:", "{P1}", ", \"tags\": [\"tour\\u001bing\"]"));
        docs.add(doc("escape-in-history-reference", ":8:", "{TAIL}",
                ",\n  \"history\": [{\"members\": [\"p1\", \"r1\\u001b\"], \"mode\": \"other\","
                        + " \"date\": \"2026-01-01\"}]"));
        // Sizes and numbers.
        docs.add(doc("ten-megabyte-name", ":5:", "{NAME}", "x".repeat(10 * 1024 * 1024)));
        docs.add(doc("five-thousand-character-name", ":5:", "{NAME}", "y".repeat(5_000)));
        docs.add(doc("1500-digit-hours", ":5:", "{HOURS}", "7".repeat(1_500)));
        docs.add(doc("exponent-beyond-int", ":5:", "{PRIORITY}", "1e2147483648"));
        docs.add(doc("tiny-exponent", ":5:", "{PRIORITY}", "1e-999999999"));
        docs.add(doc("max-resource-persons-1e9", ":3:", "{RULES}", ", \"maxResourcePersons\": 1e9"));
        docs.add(doc("max-resource-persons-21", ":3:", "{RULES}", ", \"maxResourcePersons\": 21"));
        docs.add(doc("min-common-half-days-huge", ":3:", "{RULES}", ", \"minCommonHalfDaysPerMonth\": 100000"));
        docs.add(doc("min-common-half-days-63", ":3:", "{RULES}", ", \"minCommonHalfDaysPerMonth\": 63"));
        docs.add(doc("novelty-half-life-huge", ":3:", "{RULES}", ", \"noveltyHalfLifeMonths\": 2147483647"));
        docs.add(doc("nesting-100-deep", ":5:", "{P1}", ", \"tags\": " + "[".repeat(100) + "]".repeat(100)));
        docs.add(doc("100000-kebab-segments-in-topic", ":5:", "{TOPIC}", "a-".repeat(100_000) + "a"));
        docs.add(doc("5000-kebab-segments-in-topic", ":5:", "{TOPIC}", "a-".repeat(5_000) + "a"));
        docs.add(doc("100000-segments-in-member-id", ":5:", "{P1ID}", "a-".repeat(100_000) + "a"));
        docs.add(doc("long-member-id", ":5:", "{P1ID}", "m".repeat(101)));
        docs.add(doc("1000-character-field-name", ":5:", "{P1}", ", \"" + "k".repeat(1_000) + "\": 1"));
        docs.add(doc("long-time-zone", ":2:", "{PROGRAMME}", ", \"timeZone\": \"" + "Z".repeat(5_000) + "\""));
        docs.add(doc("seed-1e400", ":8:", "{TAIL}", ",\n  \"solver\": {\"seed\": 1e400}"));
        docs.add(doc("nan-latitude", ":5:", "{P1}", ", \"location\": {\"latitude\": NaN, \"longitude\": 1}"));
        docs.add(doc("infinity-hours", ":5:", "{HOURS}", "Infinity"));
        docs.add(doc("hex-hours", ":5:", "{HOURS}", "0x10"));
        docs.add(doc("hours-as-exponent-text", ":5:", "{HOURS}", "\"1e9\""));
        docs.add(doc("negative-zero-priority", ":5:", "{PRIORITY}", "-0"));
        docs.add(doc("history-of-300-members", ":8:", "{TAIL}", ",\n  \"history\": [{\"members\": ["
                + "\"p1\", ".repeat(299) + "\"r1\"], \"mode\": \"other\", \"date\": \"2026-01-01\"}]"));
        docs.add(doc("3000-unknown-conflicts", ":5:", "{P1}", ", \"conflicts\": [" + unknownIds(3_000) + "]"));
        // Ids that make unsafe file names.
        docs.add(doc("ids-equal-but-for-case", ":7:", "{MORE}", member("P1", "Paul", "Org C", "")));
        docs.add(doc("id-con", ":7:", "{MORE}", member("con", "Connie", "Org C", "")));
        docs.add(doc("id-nul-with-extension", ":7:", "{MORE}", member("NUL.txt", "Null", "Org C", "")));
        docs.add(doc("id-com1", ":7:", "{MORE}", member("com1", "Com", "Org C", "")));
        docs.add(doc("id-lpt9", ":7:", "{MORE}", member("Lpt9", "Lpt", "Org C", "")));
        docs.add(doc("id-aux", ":5:", "{P1ID}", "aux"));
        // Contradictory decisions and calendars.
        docs.add(doc("pinned-and-forbidden", ":8:", "{TAIL}", PIN
                + ", \"forbidden\": [{\"members\": [\"r1\", \"p1\"], \"reason\": \"dispute\"}]}"));
        docs.add(doc("pinned-with-declared-conflict", ":8:", "{P1}", ", \"conflicts\": [\"r1\"]", "{TAIL}",
                PIN + "}"));
        docs.add(doc("pinned-with-conflict-declared-by-resource", ":8:", "{R1}", ", \"conflicts\": [\"p1\"]",
                "{TAIL}", PIN + "}"));
        docs.add(doc("pinned-same-organization", ":8:", "{R1ORG}", "org a", "{TAIL}", PIN + "}"));
        docs.add(doc("pinned-without-competence", ":8:", "{LEVEL}", "2", "{TAIL}", PIN + "}"));
        docs.add(doc("pinned-topic-without-competence", ":8:", "{P1}",
                ", \"competences\": [{\"topic\": \"pitch\", \"level\": 5}]", "{TAIL}", ",\n  \"decisions\": "
                        + "{\"pinned\": [{\"participant\": \"p1\", \"resource\": \"r1\", \"topic\": \"pitch\"}]}"));
        docs.add(doc("pinned-without-offer", ":9:", "{MORE}", member("r2", "Rosa", "Org C", ""), "{TAIL}",
                ",\n  \"decisions\": {\"pinned\": [{\"participant\": \"p1\", \"resource\": \"r2\"}]}"));
        docs.add(doc("overlapping-half-days", ":2:", "{PROGRAMME}", ", \"halfDays\": [{\"id\": \"AM\", \"start\":"
                + " \"09:00\", \"end\": \"12:30\"}, {\"id\": \"MID\", \"start\": \"12:00\", \"end\": \"14:00\"}]"));
        docs.add(doc("same-half-day-twice-in-time", ":2:", "{PROGRAMME}", ", \"halfDays\": [{\"id\": \"AM\", \"start\":"
                + " \"09:00\", \"end\": \"12:30\"}, {\"id\": \"AM2\", \"start\": \"09:00\", \"end\": \"12:30\"}]"));
        docs.add(doc("programme-entirely-closed", ":2:", "{PROGRAMME}",
                ", \"closed\": [{\"from\": \"2027-01-01\", \"to\": \"2027-12-31\", \"reason\": \"strike\"}]"));
        docs.add(doc("programme-closed-in-two-periods", ":2:", "{PROGRAMME}",
                ", \"closed\": [{\"from\": \"2027-01-11\", \"to\": \"2027-03-31\"}, {\"from\": \"2027-04-01\","
                        + " \"to\": \"2027-06-30\"}]"));
        docs.add(doc("availability-before-the-programme", ":5:", "{P1}", ", \"availability\": {\"weekly\": [{\"from\":"
                + " \"2026-01-01\", \"to\": \"2026-12-31\", \"halfDays\": [\"MON-AM\"]}]}"));
        docs.add(doc("availability-after-the-programme", ":6:", "{R1}", ", \"availability\": {\"weekly\": [{\"from\":"
                + " \"2027-07-01\", \"to\": \"2027-12-31\", \"halfDays\": [\"TUE-PM\"]}]}"));
        docs.add(doc("never-available-all-days-unavailable", ":5:", "{P1}",
                ", \"availability\": {\"weekly\": [{\"from\":"
                + " \"2027-01-11\", \"to\": \"2027-01-17\", \"halfDays\": [\"MON-AM\", \"FRI-PM\"]}], \"unavailable\":"
                + " [\"2027-01-11\", \"2027-01-15\"]}"));
        docs.add(doc("available-only-on-closed-days", ":6:", "{PROGRAMME}",
                ", \"closed\": [{\"from\": \"2027-03-01\", \"to\": \"2027-03-31\"}]", "{R1}",
                ", \"availability\": {\"weekly\": [{\"from\": \"2027-03-01\", \"to\": \"2027-03-31\","
                        + " \"halfDays\": [\"WED-AM\"]}]}"));
        docs.add(doc("codevelopment-member-never-available", ":7:", "{MORE}", member("c1", "Cleo", "Org C",
                ", \"availability\": {\"unavailable\": [\"2027-01-11\"], \"weekly\": [{\"from\": \"2027-01-11\","
                        + " \"to\": \"2027-01-11\", \"halfDays\": [\"MON-AM\"]}]}")));
        return docs.stream();
    }

    private static String unknownIds(int count) {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            ids.append(i == 0 ? "" : ", ").append("\"ghost").append(i).append('"');
        }
        return ids.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void validateAndSolveRefuseEveryHostileDocument(Doc doc) throws IOException {
        Path input = dir.resolve(doc.name() + ".json");
        Files.writeString(input, doc.text(), StandardCharsets.UTF_8);

        for (String command : List.of("validate", "solve")) {
            Cli.Result result = command.equals("validate") ? Cli.run("validate", input.toString())
                    : Cli.run("solve", input.toString(), "--move-limit", "100");

            assertRefused(result, input.getFileName() + doc.location(), Map.of(input, doc.text()));
        }
    }

    @Test
    void theCrLfNameIsReportedWithItsValueEscapedAndNothingReachesTheTerminalRaw() throws IOException {
        Doc doc = doc("crlf", ":5:", "{NAME}", "Julien\\r\\nATTENDEE:mailto:x@example.org\\u001b[2J");
        Path input = dir.resolve("crlf.json");
        Files.writeString(input, doc.text());

        Cli.Result result = Cli.run("validate", input.toString());

        assertThat(result.err()).contains("crlf.json:5:").contains("Julien\\r\\nATTENDEE").contains("control character")
                .doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void thousandsOfProblemsOfOneKindAreCapped() throws IOException {
        Doc doc = doc("ghosts", ":5:", "{P1}", ", \"conflicts\": [" + unknownIds(3_000) + "]");
        Path input = dir.resolve("ghosts.json");
        Files.writeString(input, doc.text());

        Cli.Result result = Cli.run("validate", input.toString());

        assertThat(result.err()).contains("… and 2,980 more like").contains("is not the id of a member");
        assertThat(result.err().length()).isLessThan(20_000);
    }

    @Test
    void thousandsOfBadCsvLinesAreCapped() throws IOException {
        StringBuilder history = new StringBuilder("person1,person2,times\n");
        for (int i = 0; i < 3_000; i++) {
            history.append("a,b,x").append(i).append('\n');
        }
        Path people = Files.writeString(dir.resolve("people.csv"), PEOPLE);
        Path file = Files.writeString(dir.resolve("history.csv"), history);

        Cli.Result result = Cli.run("groups", "--people", people.toString(), "--size", "2", "--rounds", "1",
                "--history", file.toString(), "--out", dir.resolve("out.csv").toString());

        assertRefused(result, "history.csv, line 2", Map.of(people, PEOPLE, file, history.toString()));
        assertThat(result.err()).contains("… and 2,950 more problems.");
        assertThat(result.err().length()).isLessThan(20_000);
    }

    @Test
    void aLongNumberIsLocatedOnItsOwnLineAndColumn() throws IOException {
        Doc doc = doc("digits", ":5:", "{HOURS}", "7".repeat(1_500));
        Path input = dir.resolve("digits.json");
        Files.writeString(input, doc.text());
        int column = doc.text().lines().toList().get(4).indexOf("7777") + 1;

        Cli.Result result = Cli.run("validate", input.toString());

        assertThat(result.err()).contains("digits.json:5:" + column + ": ").contains("1500 characters");
    }

    // ---------------------------------------------------------------- CSV files and command lines

    /**
     * @param files name and content of each input file, written in the folder
     * @param args the command line; {@code @name} is the path of that file
     * @param location what the error must name: file and line, or the option
     */
    private record Run(String name, Map<String, String> files, List<String> args, String location) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String SCORES = "participant,resource,score\np1,r1,0.5\np2,r1,0.25\np1,r2,0.75\np2,r2,1\n";
    private static final String PEOPLE = "person\na\nb\nc\nd\n";

    private static Run assign(String name, String scores, String location, String... extra) {
        List<String> args = new ArrayList<>(List.of("assign", "--scores", "@scores.csv", "--out", "@out.csv"));
        args.addAll(List.of(extra));
        if (!args.contains("--demand")) {
            args.addAll(List.of("--demand", "1"));
        }
        if (!args.contains("--loads") && !args.contains("--max-load")) {
            args.addAll(List.of("--max-load", "2"));
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("scores.csv", scores);
        return new Run(name, files, args, location);
    }

    private static Run withFile(Run run, String file, String content) {
        Map<String, String> files = new LinkedHashMap<>(run.files());
        files.put(file, content);
        return new Run(run.name(), files, run.args(), run.location());
    }

    private static Run groups(String name, String location, String... args) {
        List<String> all = new ArrayList<>(List.of("groups", "--out", "@out.csv", "--move-limit", "100"));
        all.addAll(List.of(args));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("people.csv", PEOPLE);
        return new Run(name, files, all, location);
    }

    static Stream<Run> commandLines() {
        List<Run> runs = new ArrayList<>();
        runs.add(assign("score-decimal-comma-unquoted", SCORES + "p3,r1,0,5\n", "scores.csv, line 6"));
        runs.add(assign("score-decimal-comma-quoted", SCORES + "p3,r1,\"0,5\"\n", "scores.csv, line 6"));
        runs.add(assign("score-hex-float", SCORES + "p3,r1,0x1p3\n", "scores.csv, line 6"));
        runs.add(assign("score-nan", SCORES + "p3,r1,NaN\n", "scores.csv, line 6"));
        runs.add(assign("score-infinity", SCORES + "p3,r1,Infinity\n", "scores.csv, line 6"));
        runs.add(assign("score-minus-infinity", SCORES + "p3,r1,-Infinity\n", "scores.csv, line 6"));
        runs.add(assign("score-plus-sign", SCORES + "p3,r1,+0.5\n", "scores.csv, line 6"));
        runs.add(assign("score-overflowing-exponent", SCORES + "p3,r1,1e999\n", "scores.csv, line 6"));
        runs.add(assign("score-java-suffix", SCORES + "p3,r1,1d\n", "scores.csv, line 6"));
        runs.add(assign("score-1500-digits", SCORES + "p3,r1," + "9".repeat(1_500) + "\n", "scores.csv, line 6"));
        runs.add(assign("score-with-ansi-escape", SCORES + "p3,r1,\u001b[31m1\n", "scores.csv, line 6"));
        runs.add(assign("participant-with-ansi-escape", SCORES + "p\u001b[2J3,r1,1\n", "scores.csv, line 6"));
        runs.add(assign("semicolon-file-with-bad-number", "participant;resource;score\np1;r1;0,5\np2;r1;abc\n",
                "scores.csv, line 3"));
        for (String demand : List.of("+1", "-1", "1.0", "1e2", "99999999999", "0x1", "١")) {
            runs.add(withFile(assign("demand-" + demand, SCORES, "demand.csv, line 2", "--demand", "@demand.csv"),
                    "demand.csv", "participant,demand\np1," + demand + "\np2,1\n"));
        }
        runs.add(withFile(assign("loads-hex", SCORES, "loads.csv, line 2", "--loads", "@loads.csv"),
                "loads.csv", "resource,min_load,max_load\nr1,0,0x4\nr2,0,2\n"));
        runs.add(withFile(assign("loads-nan", SCORES, "loads.csv, line 3", "--loads", "@loads.csv"),
                "loads.csv", "resource,min_load,max_load\nr1,0,2\nr2,NaN,2\n"));
        runs.add(assign("assign-out-is-scores", SCORES, "--out", "--out", "@scores.csv"));
        runs.add(withFile(assign("assign-out-is-demand", SCORES, "--out", "--demand", "@demand.csv", "--out",
                "@demand.csv"), "demand.csv", "participant,demand\np1,1\np2,1\n"));
        runs.add(withFile(assign("assign-out-is-loads", SCORES, "--out", "--loads", "@loads.csv", "--out",
                "@loads.csv"), "loads.csv", "resource,min_load,max_load\nr1,0,2\nr2,0,2\n"));
        runs.add(withFile(assign("assign-out-is-conflicts", SCORES, "--out", "--conflicts", "@conflicts.csv",
                "--out", "@conflicts.csv"), "conflicts.csv", "participant,resource\np1,r1\n"));
        runs.add(assign("assign-out-is-scores-spelt-differently", SCORES, "--out", "--out", "@./scores.csv"));
        runs.add(assign("assign-negative-demand-option", SCORES, "--demand", "--demand", "-1"));
        runs.add(assign("assign-move-limit-not-a-number", SCORES, "--move-limit", "--move-limit", "1e9"));
        runs.add(assign("assign-max-load-overflow", SCORES, "--max-load", "--max-load", "99999999999"));
        runs.add(groups("people-999999999", "people", "--people", "999999999", "--size", "4", "--rounds", "3"));
        runs.add(groups("people-2001", "people", "--people", "2001", "--size", "4", "--rounds", "3"));
        runs.add(groups("people-beyond-int", "people", "--people", "99999999999999999999", "--size", "4",
                "--rounds", "3"));
        runs.add(groups("rounds-1e9", "--rounds", "--people", "8", "--size", "4", "--rounds", "1e9"));
        runs.add(groups("rounds-billion", "rounds", "--people", "8", "--size", "4", "--rounds", "1000000000"));
        runs.add(groups("rounds-1001", "rounds", "--people", "8", "--size", "4", "--rounds", "1001"));
        runs.add(groups("rounds-zero", "rounds", "--people", "8", "--size", "4", "--rounds", "0"));
        runs.add(groups("size-zero", "size", "--people", "8", "--size", "0", "--rounds", "2"));
        runs.add(groups("size-beyond-people", "people", "--people", "8", "--size", "5000", "--rounds", "2"));
        runs.add(groups("size-beyond-int", "--size", "--people", "8", "--size", "99999999999", "--rounds", "2"));
        runs.add(groups("size-negative", "size", "--people", "8", "--size", "-4", "--rounds", "2"));
        runs.add(groups("groups-out-is-people", "--out", "--people", "@people.csv", "--size", "2", "--rounds", "1",
                "--out", "@people.csv"));
        runs.add(withFile(groups("groups-out-is-history", "--out", "--people", "@people.csv", "--size", "2",
                "--rounds", "1", "--history", "@history.csv", "--out", "@history.csv"), "history.csv",
                "person1,person2\na,b\n"));
        runs.add(groups("people-id-with-escape", "people.csv, line 3", "--people", "@hostile-people.csv", "--size",
                "2", "--rounds", "1"));
        for (String times : List.of("+2", "0x2", "1e3", "99999999999", "-1", "2.0", "NaN")) {
            runs.add(withFile(groups("history-times-" + times, "history.csv, line 2", "--people", "@people.csv",
                    "--size", "2", "--rounds", "1", "--history", "@history.csv"), "history.csv",
                    "person1,person2,times\na,b," + times + "\n"));
        }
        if (Files.exists(Path.of("/dev/zero"))) {
            // An endless input: refused after reading at most the size limit.
            runs.add(new Run("validate-dev-zero", Map.of(), List.of("validate", "/dev/zero"), "/dev/zero: "));
            runs.add(new Run("assign-scores-dev-zero", Map.of(), List.of("assign", "--scores", "/dev/zero",
                    "--demand", "1", "--max-load", "1", "--out", "@out.csv"), "/dev/zero"));
            runs.add(new Run("groups-people-dev-zero", Map.of(), List.of("groups", "--people", "/dev/zero", "--size",
                    "2", "--rounds", "1", "--out", "@out.csv"), "/dev/zero"));
        }
        runs.add(new Run("solve-out-is-programme", Map.of("p.json", validProgramme()),
                List.of("solve", "@p.json", "--out", "@p.json"), "--out"));
        runs.add(new Run("solve-report-is-programme", Map.of("p.json", validProgramme()),
                List.of("solve", "@p.json", "--report", "@./p.json"), "--report"));
        runs.add(new Run("solve-calendar-would-overwrite-programme", Map.of("sessions.csv", validProgramme()),
                List.of("solve", "@sessions.csv", "--out", "@p.json", "--report", "@r.html", "--calendar", "@."),
                "--calendar"));
        runs.add(new Run("solve-move-limit-exponent", Map.of("p.json", validProgramme()),
                List.of("solve", "@p.json", "--move-limit", "1e9"), "--move-limit"));
        runs.add(new Run("solve-time-limit-absurd", Map.of("p.json", validProgramme()),
                List.of("solve", "@p.json", "--time-limit", "1e9"), "--time-limit"));
        return runs.stream().map(run -> run.name().equals("people-id-with-escape")
                ? withFile(run, "hostile-people.csv", "person\na\nb\u001b[2J\nc\n") : run);
    }

    private static String validProgramme() {
        return new Doc("valid", Map.of(), "").text();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void everyHostileCsvAndCommandLineIsRefused(Run run) throws IOException {
        Map<Path, String> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : run.files().entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            inputs.put(path, file.getValue());
        }
        List<String> args = new ArrayList<>();
        for (String arg : run.args()) {
            args.add(arg.startsWith("@") ? dir.resolve(arg.substring(1)).toString() : arg);
        }

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertRefused(result, run.location(), inputs);
    }

    @Test
    void anOutputThatIsALinkToAnInputIsRefused() throws IOException {
        Path scores = Files.writeString(dir.resolve("scores.csv"), SCORES);
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), scores.getFileName());

        Cli.Result result = Cli.run("assign", "--scores", scores.toString(), "--demand", "1", "--max-load", "2",
                "--out", link.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("--out").contains("--scores").contains("Maybe");
        assertThat(Files.readString(scores)).isEqualTo(SCORES);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    private void assertRefused(Cli.Result result, String location, Map<Path, String> inputs) throws IOException {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).as(result.all()).contains(location).contains("Maybe");
        assertThat(result.all()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\u001b");
        List<String> names = new ArrayList<>();
        for (Path input : inputs.keySet()) {
            names.add(input.getFileName().toString());
        }
        assertThat(Cli.files(dir)).as("nothing written").containsExactlyInAnyOrderElementsOf(names);
        for (Map.Entry<Path, String> input : inputs.entrySet()) {
            assertThat(Files.readString(input.getKey(), StandardCharsets.UTF_8)).as("input untouched")
                    .isEqualTo(input.getValue());
        }
    }
}
