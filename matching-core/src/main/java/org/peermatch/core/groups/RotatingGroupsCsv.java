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
import org.peermatch.core.text.Messages;

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
     * @throws GroupsInputException with every problem found, in English
     */
    public static RotatingGroupsProblem read(String people, int groupSize, int rounds, Path history, Path forbidden) {
        return read(people, groupSize, rounds, history, forbidden, Messages.english());
    }

    /**
     * Reads and validates the input of rotating groups, telling the problems in the language of the messages.
     *
     * @param people a people CSV file, or a number N of people {@code 1..N}
     * @param groupSize S
     * @param rounds W
     * @param history a history CSV file, or null
     * @param forbidden a forbidden pairs CSV file, or null
     * @param messages the language of the problems
     * @return the problem
     * @throws GroupsInputException with every problem found
     */
    public static RotatingGroupsProblem read(String people, int groupSize, int rounds, Path history, Path forbidden,
            Messages messages) {
        Reading reading = new Reading(messages);
        List<GroupsInputProblem> problems = reading.problems;
        List<String> ids = reading.people(people);
        if (ids != null) {
            problems.addAll(RotatingGroupsProblem.checkShape(ids.size(), groupSize, rounds, messages));
        } else {
            problems.addAll(RotatingGroupsProblem.checkShape(Integer.MAX_VALUE / 2, groupSize, rounds, messages)
                    .stream()
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
            for (PairLine line : reading.pairs(history, "times", ids == null ? null : known)) {
                meetings.add(new PastMeeting(line.first(), line.second(), line.times()));
            }
        }
        List<ForbiddenPair> pairs = new ArrayList<>();
        if (forbidden != null) {
            for (PairLine line : reading.pairs(forbidden, "reason", ids == null ? null : known)) {
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
     * @throws GroupsInputException when the file is not such a plan (in English)
     */
    public static List<GroupRound> readRounds(Path file) {
        return readRounds(file, Messages.english());
    }

    /**
     * Reads a plan written by {@link #write(Path, List)}, telling the problems in the language of the messages.
     *
     * @param file a {@code round,group,person} file
     * @param messages the language of the problems
     * @return the rounds, groups and people in file order
     * @throws GroupsInputException when the file is not such a plan
     */
    public static List<GroupRound> readRounds(Path file, Messages messages) {
        Reading reading = new Reading(messages);
        List<GroupsInputProblem> problems = reading.problems;
        Table table = reading.table(file);
        if (table == null) {
            throw new GroupsInputException(problems);
        }
        int roundColumn = table.require("round", "round,group,person");
        int groupColumn = table.require("group", "round,group,person");
        int personColumn = table.require("person", "round,group,person");
        Map<Integer, Map<Integer, List<String>>> plan = new TreeMap<>();
        if (problems.isEmpty()) {
            for (Row row : table.rows()) {
                Integer round = table.number(row, roundColumn);
                Integer group = table.number(row, groupColumn);
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

    private record PairLine(String first, String second, int times, String reason) {
    }

    /** One reading of the input files: the problems found so far, told in the language of the messages. */
    private static final class Reading {

        final Messages messages;
        final List<GroupsInputProblem> problems = new ArrayList<>();

        Reading(Messages messages) {
            this.messages = messages;
        }

        void problem(String source, int line, String field, String key, Object... arguments) {
            problems.add(new GroupsInputProblem(source, line, field, messages.get(key, arguments),
                    messages.get(key + ".advice", arguments)));
        }

        /**
         * @return the distinct person ids (problems may still have been found), or null when the people could not
         *         be read at all (problems then say why)
         */
        List<String> people(String people) {
            if (people == null || people.isBlank()) {
                problem(null, 0, "people", "groups.people.none");
                return null;
            }
            String trimmed = people.trim();
            if (trimmed.chars().allMatch(Character::isDigit)) {
                if (trimmed.length() > 9 || Integer.parseInt(trimmed) > RotatingGroupsProblem.MAX_PEOPLE) {
                    // Refused before the people are made: 999999999 of them would not fit in memory.
                    problems.add(new GroupsInputProblem(null, 0, "people", messages.get("groups.people.tooMany",
                            ControlCharacters.shortened(trimmed), RotatingGroupsProblem.MAX_PEOPLE),
                            messages.get("groups.people.tooMany.advice", RotatingGroupsProblem.MAX_PEOPLE)));
                    return null;
                }
                return RotatingGroupsProblem.numberedPeople(Integer.parseInt(trimmed));
            }
            Table table = table(Path.of(people));
            if (table == null) {
                return null;
            }
            int column = table.column("person");
            if (column < 0) {
                column = table.column("id");
            }
            if (column < 0) {
                problems.add(new GroupsInputProblem(table.source(), table.headerLine(), "person",
                        messages.get("groups.people.noColumn", table.header()),
                        messages.get("groups.people.noColumn.advice", table.closest("person"))));
                return null;
            }
            String field = table.header().get(column);
            List<String> ids = new ArrayList<>();
            Map<String, Integer> firstLine = new HashMap<>();
            for (Row row : table.rows()) {
                String id = row.value(column);
                if (id.isEmpty()) {
                    problem(table.source(), row.line(), field, "groups.person.blank");
                } else if (ControlCharacters.first(id) >= 0) {
                    problem(table.source(), row.line(), field, "groups.person.control",
                            ControlCharacters.shortened(id));
                } else if (firstLine.containsKey(id)) {
                    problem(table.source(), row.line(), field, "groups.person.duplicate", id, firstLine.get(id));
                } else {
                    firstLine.put(id, row.line());
                    ids.add(id);
                }
            }
            if (table.rows().isEmpty()) {
                problem(table.source(), table.headerLine(), field, "groups.people.empty");
                return null;
            }
            return ids;
        }

        /** Reads person1,person2[,extra] lines; {@code known} null means the people are unknown (skip that check). */
        List<PairLine> pairs(Path file, String extra, Map<String, Integer> known) {
            List<PairLine> lines = new ArrayList<>();
            Table table = table(file);
            if (table == null) {
                return lines;
            }
            String header = "person1,person2" + ("times".equals(extra) ? "[,times]" : "");
            int first = table.require("person1", header);
            int second = table.require("person2", header);
            int extraColumn = table.column(extra);
            if (first < 0 || second < 0) {
                return lines;
            }
            for (Row row : table.rows()) {
                String a = row.value(first);
                String b = row.value(second);
                boolean valid = person(table, row, first, a, known) & person(table, row, second, b, known);
                if (valid && a.equals(b)) {
                    problem(table.source(), row.line(), table.header().get(second), "groups.pair.same",
                            ControlCharacters.shortened(a));
                    valid = false;
                }
                int times = 1;
                String reason = null;
                if (extraColumn >= 0 && "times".equals(extra) && !row.value(extraColumn).isEmpty()) {
                    Integer parsed = table.number(row, extraColumn);
                    if (parsed == null) {
                        valid = false;
                    } else if (parsed < 1) {
                        problem(table.source(), row.line(), table.header().get(extraColumn), "groups.times.belowOne",
                                parsed);
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

        private boolean person(Table table, Row row, int column, String id, Map<String, Integer> known) {
            if (id.isEmpty()) {
                problem(table.source(), row.line(), table.header().get(column), "groups.person.blank");
                return false;
            }
            if (known != null && !known.containsKey(id)) {
                problem(table.source(), row.line(), table.header().get(column), "groups.person.unknown",
                        ControlCharacters.shortened(id));
                return false;
            }
            return true;
        }

        /** Reads a CSV file: header then rows, with their line numbers; null (and a problem) when it cannot be read. */
        Table table(Path file) {
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
                problems.add(new GroupsInputProblem(source, 0, null, messages.get("groups.file.missing"),
                        messages.get("groups.file.missing.advice", Path.of("").toAbsolutePath())));
                return null;
            } catch (CharacterCodingException notUtf8) {
                problem(source, 0, null, "groups.file.notUtf8");
                return null;
            } catch (IOException | UncheckedIOException unreadable) {
                problem(source, 0, null, "groups.file.unreadable", unreadable.getMessage());
                return null;
            } catch (JacksonException malformed) {
                if (malformed.getCause() instanceof CharacterCodingException) {
                    problem(source, 0, null, "groups.file.notUtf8");
                    return null;
                }
                problem(source, malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr(), null,
                        "groups.file.notCsv", malformed.getOriginalMessage());
                return null;
            }
            if (rows.isEmpty()) {
                problem(source, 0, null, "groups.file.empty");
                return null;
            }
            Row header = rows.get(0);
            return new Table(this, source, header.line(), header.values(),
                    List.copyOf(rows.subList(1, rows.size())));
        }
    }

    // ---------------------------------------------------------------- tables

    private record Row(int line, List<String> values) {

        String value(int column) {
            return column < values.size() ? values.get(column) : "";
        }
    }

    private record Table(Reading reading, String source, int headerLine, List<String> header, List<Row> rows) {

        int column(String name) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).toLowerCase(Locale.ROOT).equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        /** @return the column's index, or -1 with a problem advising the header {@code expected} */
        int require(String name, String expected) {
            int index = column(name);
            if (index < 0) {
                reading.problems.add(new GroupsInputProblem(source, headerLine, name,
                        reading.messages.get("groups.column.missing", header, name),
                        reading.messages.get("groups.column.missing.advice", expected, closest(name))));
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
            return best == null ? "" : reading.messages.get("groups.column.closest", best);
        }

        Integer number(Row row, int column) {
            String value = row.value(column);
            if (value.matches("\\d{1,9}")) {
                return Integer.parseInt(value);
            }
            reading.problem(source, row.line(), header.get(column), "groups.value.notWhole",
                    ControlCharacters.shortened(value));
            return null;
        }
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
