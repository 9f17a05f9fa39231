package org.peermatch.core.groups;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.peermatch.core.io.ControlCharacters;
import org.peermatch.core.model.ForbiddenPair;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * CSV files of rotating groups (UTF-8, comma-separated, a header line, quotes as usual).
 *
 * <ul>
 * <li>people: one column {@code person} (or {@code id}); other columns are ignored. Instead of a file, a number N
 * (digits only) stands for the people {@code 1..N}.</li>
 * <li>history: {@code person1,person2[,times]}: pairs who met before; {@code times} defaults to 1; a pair listed
 * on several lines adds up.</li>
 * <li>forbidden pairs: {@code person1,person2[,reason]}: pairs who must never share a group.</li>
 * <li>output: {@code round,group,person}, rounds and groups numbered from 1, one line per person per round.</li>
 * </ul>
 *
 * <p>Reading collects every problem of every file (file, line, column, a "Maybe" advice) and throws them together
 * in one {@link GroupsInputException}. Column names are matched ignoring case and surrounding spaces; values are
 * trimmed; blank lines are skipped; a UTF-8 byte order mark is accepted.
 */
public final class RotatingGroupsCsv {

    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private RotatingGroupsCsv() {
    }

    /**
     * Reads and validates the input of rotating groups.
     *
     * @param people a people CSV file, or a number N of people {@code 1..N}
     * @param groupSize S
     * @param rounds W
     * @param history a history CSV file, or null
     * @param forbidden a forbidden pairs CSV file, or null
     * @return the problem
     * @throws GroupsInputException with every problem found
     */
    public static RotatingGroupsProblem read(String people, int groupSize, int rounds, Path history, Path forbidden) {
        List<GroupsInputProblem> problems = new ArrayList<>();
        List<String> ids = readPeople(people, problems);
        if (ids != null) {
            problems.addAll(RotatingGroupsProblem.checkShape(ids.size(), groupSize, rounds));
        } else {
            problems.addAll(RotatingGroupsProblem.checkShape(Integer.MAX_VALUE / 2, groupSize, rounds).stream()
                    .filter(problem -> !"people".equals(problem.field())).toList());
        }
        Map<String, Integer> known = new HashMap<>();
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                known.put(ids.get(i), i);
            }
        }
        List<PastMeeting> meetings = new ArrayList<>();
        if (history != null) {
            for (PairLine line : readPairs(history, "times", ids == null ? null : known, problems)) {
                meetings.add(new PastMeeting(line.first(), line.second(), line.times()));
            }
        }
        List<ForbiddenPair> pairs = new ArrayList<>();
        if (forbidden != null) {
            for (PairLine line : readPairs(forbidden, "reason", ids == null ? null : known, problems)) {
                pairs.add(new ForbiddenPair(line.first(), line.second(), line.reason()));
            }
        }
        if (!problems.isEmpty()) {
            throw new GroupsInputException(problems);
        }
        return new RotatingGroupsProblem(ids, groupSize, rounds, meetings, pairs);
    }

    /**
     * Writes the plan as {@code round,group,person} atomically: to a temporary file in the same folder, then moved
     * over the target, so that the target is either the old file or the complete new one.
     *
     * @param out the target file
     * @param rounds the plan
     * @throws IOException when the folder cannot be written
     */
    public static void write(Path out, List<GroupRound> rounds) throws IOException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, toCsv(rounds), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes a result's plan; see {@link #write(Path, List)}.
     *
     * @param out the target file
     * @param result the result
     * @throws IOException when the folder cannot be written
     */
    public static void write(Path out, RotatingGroupsResult result) throws IOException {
        write(out, result.rounds());
    }

    /**
     * @param rounds the plan
     * @return the CSV text: header {@code round,group,person}, then one line per person per round, {@code \n}
     */
    public static String toCsv(List<GroupRound> rounds) {
        CsvSchema schema = CsvSchema.builder().addColumn("round").addColumn("group").addColumn("person").build()
                .withHeader().withLineSeparator("\n");
        List<Object[]> rows = new ArrayList<>();
        for (GroupRound round : rounds) {
            for (Group group : round.groups()) {
                for (String person : group.people()) {
                    rows.add(new Object[] {round.number(), group.number(), person});
                }
            }
        }
        StringWriter text = new StringWriter();
        MAPPER.writer(schema).writeValue(text, rows);
        return text.toString();
    }

    /**
     * Reads a plan written by {@link #write(Path, List)}, e.g. to certify it again.
     *
     * @param file a {@code round,group,person} file
     * @return the rounds, groups and people in file order
     * @throws GroupsInputException when the file is not such a plan
     */
    public static List<GroupRound> readRounds(Path file) {
        List<GroupsInputProblem> problems = new ArrayList<>();
        Table table = readTable(file, problems);
        if (table == null) {
            throw new GroupsInputException(problems);
        }
        int roundColumn = table.require("round", problems, "Maybe write the header round,group,person.");
        int groupColumn = table.require("group", problems, "Maybe write the header round,group,person.");
        int personColumn = table.require("person", problems, "Maybe write the header round,group,person.");
        Map<Integer, Map<Integer, List<String>>> plan = new TreeMap<>();
        if (problems.isEmpty()) {
            for (Row row : table.rows()) {
                Integer round = table.number(row, roundColumn, problems);
                Integer group = table.number(row, groupColumn, problems);
                String person = row.value(personColumn);
                if (round != null && group != null) {
                    plan.computeIfAbsent(round, r -> new TreeMap<>())
                            .computeIfAbsent(group, g -> new ArrayList<>()).add(person);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new GroupsInputException(problems);
        }
        List<GroupRound> rounds = new ArrayList<>();
        plan.forEach((number, groups) -> rounds.add(new GroupRound(number,
                groups.entrySet().stream().map(entry -> new Group(entry.getKey(), entry.getValue())).toList())));
        return rounds;
    }

    // ---------------------------------------------------------------- people and pairs

    /**
     * @return the distinct person ids (problems may still have been found), or null when the people could not be
     *         read at all (problems then say why)
     */
    private static List<String> readPeople(String people, List<GroupsInputProblem> problems) {
        if (people == null || people.isBlank()) {
            problems.add(new GroupsInputProblem(null, 0, "people", "No people were given.",
                    "Maybe give a CSV file with a column person, or a number of people."));
            return null;
        }
        String trimmed = people.trim();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            if (trimmed.length() > 9 || Integer.parseInt(trimmed) > RotatingGroupsProblem.MAX_PEOPLE) {
                // Refused before the people are made: 999999999 of them would not fit in memory.
                problems.add(new GroupsInputProblem(null, 0, "people", "The number of people ("
                        + ControlCharacters.shortened(trimmed)
                        + ") is more than the " + RotatingGroupsProblem.MAX_PEOPLE + " allowed.",
                        "Maybe give at most " + RotatingGroupsProblem.MAX_PEOPLE
                                + ", or split the event into several independent sessions."));
                return null;
            }
            return RotatingGroupsProblem.numberedPeople(Integer.parseInt(trimmed));
        }
        Path file = Path.of(people);
        Table table = readTable(file, problems);
        if (table == null) {
            return null;
        }
        int column = table.column("person");
        if (column < 0) {
            column = table.column("id");
        }
        if (column < 0) {
            problems.add(new GroupsInputProblem(table.source(), table.headerLine(), "person", "The header "
                    + table.header() + " has no column person (or id).",
                    "Maybe name the column of person ids \"person\"" + table.closest("person") + "."));
            return null;
        }
        String field = table.header().get(column);
        List<String> ids = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Row row : table.rows()) {
            String id = row.value(column);
            if (id.isEmpty()) {
                problems.add(new GroupsInputProblem(table.source(), row.line(), field, "The person id is blank.",
                        "Maybe fill it in, or remove the line."));
            } else if (ControlCharacters.first(id) >= 0) {
                problems.add(new GroupsInputProblem(table.source(), row.line(), field, "The person id ("
                        + ControlCharacters.shortened(id) + ") holds a control character.",
                        "Maybe remove it: ids are printable text on one line."));
            } else if (firstLine.containsKey(id)) {
                problems.add(new GroupsInputProblem(table.source(), row.line(), field, "The person (" + id
                        + ") is already on line " + firstLine.get(id) + ".", "Maybe remove the duplicate line."));
            } else {
                firstLine.put(id, row.line());
                ids.add(id);
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(new GroupsInputProblem(table.source(), table.headerLine(), field, "The file lists no people.",
                    "Maybe add one person id per line under the header."));
            return null;
        }
        return ids;
    }

    private record PairLine(String first, String second, int times, String reason) {
    }

    /** Reads person1,person2[,extra] lines; {@code known} null means the people are unknown (skip that check). */
    private static List<PairLine> readPairs(Path file, String extra, Map<String, Integer> known,
            List<GroupsInputProblem> problems) {
        List<PairLine> lines = new ArrayList<>();
        Table table = readTable(file, problems);
        if (table == null) {
            return lines;
        }
        String advice = "Maybe write the header person1,person2" + ("times".equals(extra) ? "[,times]" : "") + ".";
        int first = table.require("person1", problems, advice);
        int second = table.require("person2", problems, advice);
        int extraColumn = table.column(extra);
        if (first < 0 || second < 0) {
            return lines;
        }
        for (Row row : table.rows()) {
            String a = row.value(first);
            String b = row.value(second);
            boolean valid = checkPerson(table, row, first, a, known, problems)
                    & checkPerson(table, row, second, b, known, problems);
            if (valid && a.equals(b)) {
                problems.add(new GroupsInputProblem(table.source(), row.line(), table.header().get(second),
                        "The pair names the same person (" + ControlCharacters.shortened(a) + ") twice.",
                        "Maybe name two different people."));
                valid = false;
            }
            int times = 1;
            String reason = null;
            if (extraColumn >= 0 && "times".equals(extra) && !row.value(extraColumn).isEmpty()) {
                Integer parsed = table.number(row, extraColumn, problems);
                if (parsed == null) {
                    valid = false;
                } else if (parsed < 1) {
                    problems.add(new GroupsInputProblem(table.source(), row.line(), table.header().get(extraColumn),
                            "The number of times (" + parsed + ") is below 1.",
                            "Maybe remove the line when they never met."));
                    valid = false;
                } else {
                    times = parsed;
                }
            } else if (extraColumn >= 0 && !row.value(extraColumn).isEmpty()) {
                reason = row.value(extraColumn);
            }
            if (valid) {
                lines.add(new PairLine(a, b, times, reason));
            }
        }
        return lines;
    }

    private static boolean checkPerson(Table table, Row row, int column, String id, Map<String, Integer> known,
            List<GroupsInputProblem> problems) {
        if (id.isEmpty()) {
            problems.add(new GroupsInputProblem(table.source(), row.line(), table.header().get(column),
                    "The person id is blank.", "Maybe fill it in, or remove the line."));
            return false;
        }
        if (known != null && !known.containsKey(id)) {
            problems.add(new GroupsInputProblem(table.source(), row.line(), table.header().get(column),
                    "The person (" + ControlCharacters.shortened(id) + ") is not among the people.",
                    "Maybe check the spelling, or add the person to the people."));
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- tables

    private record Row(int line, List<String> values) {

        String value(int column) {
            return column < values.size() ? values.get(column) : "";
        }
    }

    private record Table(String source, int headerLine, List<String> header, List<Row> rows) {

        int column(String name) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).toLowerCase(Locale.ROOT).equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        int require(String name, List<GroupsInputProblem> problems, String advice) {
            int index = column(name);
            if (index < 0) {
                problems.add(new GroupsInputProblem(source, headerLine, name, "The header " + header
                        + " has no column " + name + ".", advice.replaceFirst("\\.$", "") + closest(name) + "."));
            }
            return index;
        }

        /** @return e.g. {@code  (is "persn" meant?)}, or empty */
        String closest(String name) {
            String best = null;
            int bestDistance = 3;
            for (String column : header) {
                int distance = distance(column.toLowerCase(Locale.ROOT), name);
                if (distance < bestDistance && distance > 0) {
                    bestDistance = distance;
                    best = column;
                }
            }
            return best == null ? "" : " (is \"" + best + "\" meant?)";
        }

        Integer number(Row row, int column, List<GroupsInputProblem> problems) {
            String value = row.value(column);
            if (value.matches("\\d{1,9}")) {
                return Integer.parseInt(value);
            }
            problems.add(new GroupsInputProblem(source, row.line(), header.get(column), "The value ("
                    + ControlCharacters.shortened(value) + ") is not a whole number (digits only, no sign, at most 9).",
                    "Maybe write digits only, e.g. 2."));
            return null;
        }
    }

    /** Reads a CSV file: header then rows, with their line numbers; null (and a problem) when it cannot be read. */
    private static Table readTable(Path file, List<GroupsInputProblem> problems) {
        String source = file.toString();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser parser = MAPPER.createParser(reader)) {
            List<String> values = null;
            int line = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    values = new ArrayList<>();
                    line = 0;
                } else if (token == JsonToken.END_ARRAY) {
                    if (values != null && values.stream().anyMatch(value -> !value.isEmpty())) {
                        rows.add(new Row(line, List.copyOf(values)));
                    }
                    values = null;
                } else if (values != null) {
                    if (line == 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    String value = parser.getString();
                    if (rows.isEmpty() && values.isEmpty() && value.startsWith("\uFEFF")) {
                        value = value.substring(1);
                    }
                    values.add(value.trim());
                }
            }
        } catch (NoSuchFileException missing) {
            problems.add(new GroupsInputProblem(source, 0, null, "The file does not exist.",
                    "Maybe check the path (relative paths start from " + Path.of("").toAbsolutePath() + ")."));
            return null;
        } catch (CharacterCodingException notUtf8) {
            problems.add(new GroupsInputProblem(source, 0, null, "The file is not UTF-8 text.",
                    "Maybe save it as \"CSV UTF-8\"."));
            return null;
        } catch (IOException | UncheckedIOException unreadable) {
            problems.add(new GroupsInputProblem(source, 0, null, "The file cannot be read (" + unreadable.getMessage()
                    + ").", "Maybe check that it is a readable file, not a folder."));
            return null;
        } catch (JacksonException malformed) {
            if (malformed.getCause() instanceof CharacterCodingException) {
                problems.add(new GroupsInputProblem(source, 0, null, "The file is not UTF-8 text.",
                        "Maybe save it as \"CSV UTF-8\"."));
                return null;
            }
            problems.add(new GroupsInputProblem(source, malformed.getLocation() == null ? 0
                    : malformed.getLocation().getLineNr(), null, "The file is not valid CSV ("
                    + malformed.getOriginalMessage() + ").", "Maybe check the quotes on that line."));
            return null;
        }
        if (rows.isEmpty()) {
            problems.add(new GroupsInputProblem(source, 0, null, "The file is empty.",
                    "Maybe add a header line and data lines."));
            return null;
        }
        Row header = rows.get(0);
        return new Table(source, header.line(), header.values(), List.copyOf(rows.subList(1, rows.size())));
    }

    /** Levenshtein distance, for "is ... meant?" advice on column names. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
