package org.peermatch.core.affinity;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.peermatch.core.io.ControlCharacters;
import org.peermatch.core.text.Messages;

/**
 * Reads affinity problems from CSV files and writes assignments as CSV.
 *
 * <p>Every file has a header line; column names are matched ignoring case and surrounding spaces, in any order,
 * and extra columns are ignored. Values are trimmed; blank lines are skipped. Reading collects every problem of
 * every file before failing, so that one run tells everything to fix.
 */
public final class AffinityCsv {

    private AffinityCsv() {
    }

    /**
     * Reads and checks an affinity problem.
     *
     * @param sources the files and uniform values
     * @return the problem, participants and resources in order of first appearance in the scores file
     * @throws AffinityInputException listing every problem found, each with file, line, column and advice
     */
    public static AffinityProblem read(AffinityCsvSources sources) throws AffinityInputException {
        return read(sources, List.of(sources.scores()), List.of(1.0));
    }

    /**
     * Reads and checks an affinity problem whose scores are the weighted sum of several files (see
     * {@link WeightedScores}): a pair missing in a file counts 0 there, a pair missing in every file is not allowed.
     * {@code sources.scores()} is ignored.
     *
     * @param sources the other files and uniform values
     * @param scoreFiles the scores files, {@code participant,resource,score} each
     * @param weights one finite weight per scores file
     * @return the problem, participants and resources in order of first appearance across the scores files
     * @throws AffinityInputException listing every problem found, each with file, line, column and advice
     */
    public static AffinityProblem read(AffinityCsvSources sources, List<Path> scoreFiles, List<Double> weights)
            throws AffinityInputException {
        return read(sources, scoreFiles, weights, Messages.english());
    }

    /**
     * Reads and checks an affinity problem as {@link #read(AffinityCsvSources, List, List)} does, telling the
     * problems in the language of the messages.
     *
     * @param sources the other files and uniform values
     * @param scoreFiles the scores files, {@code participant,resource,score} each
     * @param weights one finite weight per scores file
     * @param messages the language of the problems
     * @return the problem
     * @throws AffinityInputException listing every problem found, each with file, line, column and advice
     */
    public static AffinityProblem read(AffinityCsvSources sources, List<Path> scoreFiles, List<Double> weights,
            Messages messages) throws AffinityInputException {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Long> participants = new LinkedHashMap<>();
        Map<String, Long> resources = new LinkedHashMap<>();
        List<List<ScoredPair>> sourcesPairs = new ArrayList<>();
        for (Path scoreFile : scoreFiles) {
            sourcesPairs.add(readScores(scoreFile, participants, resources, problems, messages));
        }
        List<ScoredPair> pairs = scoreFiles.size() == 1 && weights.get(0) == 1.0 ? sourcesPairs.get(0)
                : WeightedScores.combine(sourcesPairs, weights);
        boolean scoresRead = problems.isEmpty() || !participants.isEmpty();

        List<AffinityParticipant> demands = new ArrayList<>();
        if (sources.demandFile() != null) {
            demands = readDemand(sources.demandFile(), participants, scoresRead, problems, messages);
        } else if (sources.demandEach() == null || sources.demandEach() < 0) {
            problems.add(problem(messages, "--demand", 0, "", "assign.demand.invalid",
                    String.valueOf(sources.demandEach())));
        } else {
            for (String participant : participants.keySet()) {
                demands.add(new AffinityParticipant(participant, sources.demandEach()));
            }
        }

        List<AffinityResource> loads = new ArrayList<>();
        if (sources.loadsFile() != null) {
            loads = readLoads(sources.loadsFile(), resources, scoresRead, problems, messages);
        } else {
            Integer max = sources.maxLoadEach();
            int min = sources.minLoadEach() == null ? 0 : sources.minLoadEach();
            if (max == null || max < 0) {
                problems.add(problem(messages, "--max-load", 0, "", "assign.maxLoad.invalid", String.valueOf(max)));
            } else if (min < 0 || min > max) {
                problems.add(problem(messages, "--min-load", 0, "", "assign.minLoad.invalid", min, max));
            } else {
                for (String resource : resources.keySet()) {
                    loads.add(new AffinityResource(resource, min, max));
                }
            }
        }

        List<ConflictPair> conflicts = sources.conflicts() == null ? List.of()
                : readConflicts(sources.conflicts(), participants, resources, scoresRead, problems, messages);
        if (!problems.isEmpty()) {
            throw new AffinityInputException(problems);
        }
        return new AffinityProblem(demands, loads, pairs, conflicts);
    }

    /** A CSV file being read: its rows with their line numbers, the header's column positions. */
    record Table(String file, List<String[]> rows, List<Long> lines, Map<String, Integer> columns,
            boolean decimalComma) {
    }

    /** A score: digits with an optional minus, decimal point and exponent; no hex, NaN, infinity nor plus sign. */
    private static final Pattern SCORE = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?([eE][+-]?\\d{1,3})?");
    /** A count: digits only, no sign. */
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    /** @return a problem: the key's sentence and its advice ({@code key.advice}), with the same arguments */
    static InputProblem problem(Messages messages, String file, long line, String column, String key,
            Object... arguments) {
        return new InputProblem(file, line, column, messages.get(key, arguments),
                messages.get(key + ".advice", arguments));
    }

    /** Reads a file's rows; null (with problems added) when it cannot be read or lacks a column. */
    static Table table(Path path, List<String> required, List<InputProblem> problems, Messages messages) {
        String file = path.toString();
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        if (!Files.isRegularFile(path)) {
            problems.add(problem(messages, file, 0, "", Files.exists(path) ? "assign.file.notRegular"
                    : "assign.file.missing"));
            return null;
        }
        char separator;
        try {
            CsvLines csv = new CsvLines(path);
            separator = csv.separator;
            for (int i = 0; i < csv.rows.size(); i++) {
                String[] row = csv.rows.get(i);
                if (row.length == 0 || row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                for (int c = 0; c < row.length; c++) {
                    row[c] = row[c].strip();
                }
                rows.add(row);
                lines.add(csv.lines.get(i));
            }
        } catch (IOException e) {
            problems.add(problem(messages, file, 0, "", "assign.file.unreadable", e instanceof CharacterCodingException
                    ? messages.get("assign.file.notUtf8") : String.valueOf(e.getMessage())));
            return null;
        } catch (CsvLines.Invalid e) {
            problems.add(problem(messages, file, e.line, "", "assign.file.notCsv", e.openQuote
                    ? messages.get("assign.file.openQuote", e.line) : e.getMessage()));
            return null;
        }
        if (rows.isEmpty()) {
            problems.add(problem(messages, file, 1, "", "assign.file.empty", String.join(",", required)));
            return null;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        String[] header = rows.get(0);
        for (int i = 0; i < header.length; i++) {
            String name = header[i].toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            columns.putIfAbsent(name, i);
        }
        boolean complete = true;
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(problem(messages, file, lines.get(0), column, "assign.header.missing", column,
                        String.join(",", header), String.join(",", required)));
                complete = false;
            }
        }
        for (int i = 1; i < rows.size() && complete; i++) {
            if (rows.get(i).length > header.length) {
                problems.add(problem(messages, file, lines.get(i), "", "assign.line.tooLong", rows.get(i).length,
                        header.length, String.join(separator == ';' ? ";" : ",", rows.get(i))));
                complete = false;
            }
        }
        return complete ? new Table(file, rows.subList(1, rows.size()), lines.subList(1, lines.size()), columns,
                separator == ';') : null;
    }

    /** The value of a column in a row; null (with a problem added) when the row is too short or it is blank. */
    static String value(Table table, int index, String column, List<InputProblem> problems, Messages messages) {
        String[] row = table.rows().get(index);
        int position = table.columns().get(column);
        if (position >= row.length || row[position].isEmpty()) {
            problems.add(problem(messages, table.file(), table.lines().get(index), column, "assign.value.missing",
                    column));
            return null;
        }
        if (ControlCharacters.first(row[position]) >= 0) {
            problems.add(problem(messages, table.file(), table.lines().get(index), column, "assign.value.control",
                    column, ControlCharacters.shortened(row[position])));
            return null;
        }
        return row[position];
    }

    private static Integer count(Table table, int index, String column, List<InputProblem> problems,
            Messages messages) {
        String text = value(table, index, column, problems, messages);
        if (text == null) {
            return null;
        }
        if (COUNT.matcher(text).matches()) {
            return Integer.parseInt(text);
        }
        problems.add(problem(messages, table.file(), table.lines().get(index), column, "assign.value.notCount",
                column, ControlCharacters.shortened(text)));
        return null;
    }

    private static List<ScoredPair> readScores(Path path, Map<String, Long> participants, Map<String, Long> resources,
            List<InputProblem> problems, Messages messages) {
        List<ScoredPair> pairs = new ArrayList<>();
        Table table = table(path, List.of("participant", "resource", "score"), problems, messages);
        if (table == null) {
            return pairs;
        }
        PairKeys seen = new PairKeys(table.rows().size());
        Map<String, Integer> participantIndex = indices(participants);
        Map<String, Integer> resourceIndex = indices(resources);
        for (int i = 0; i < table.rows().size(); i++) {
            long line = table.lines().get(i);
            String participant = value(table, i, "participant", problems, messages);
            String resource = value(table, i, "resource", problems, messages);
            String text = value(table, i, "score", problems, messages);
            Double score = null;
            if (text != null) {
                String number = table.decimalComma() ? text.replace(',', '.') : text;
                double parsed = isScore(number) ? Double.parseDouble(number) : Double.NaN;
                if (Double.isFinite(parsed)) {
                    score = parsed;
                } else {
                    String shown = ControlCharacters.shortened(text);
                    problems.add(new InputProblem(table.file(), line, "score", messages.get(
                            text.matches("-?\\d+,\\d+") ? "assign.score.decimalComma" : "assign.score.notNumber",
                            shown), messages.get(table.decimalComma() ? "assign.score.notNumber.semicolons"
                                    : "assign.score.notNumber.advice")));
                }
            }
            if (participant == null || resource == null) {
                continue;
            }
            participants.putIfAbsent(participant, line);
            resources.putIfAbsent(resource, line);
            int p = participantIndex.computeIfAbsent(participant, id -> participantIndex.size());
            int r = resourceIndex.computeIfAbsent(resource, id -> resourceIndex.size());
            long first = seen.putIfAbsent(p, r, line);
            if (first >= 0) {
                problems.add(problem(messages, table.file(), line, "resource", "assign.pair.twice", participant,
                        resource, first));
            } else if (score != null) {
                pairs.add(new ScoredPair(participant, resource, score));
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(problem(messages, table.file(), 0, "", "assign.scores.empty"));
        }
        return pairs;
    }

    /** @return each id's position in the map's order */
    private static Map<String, Integer> indices(Map<String, Long> ids) {
        Map<String, Integer> index = new HashMap<>(Math.max(16, ids.size() * 2));
        for (String id : ids.keySet()) {
            index.put(id, index.size());
        }
        return index;
    }

    /** @return whether the text matches {@link #SCORE}, checked by hand: a regular expression per pair was slow */
    static boolean isScore(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        int digits = digits(text, i, 30);
        if (digits == 0) {
            return false;
        }
        i += digits;
        if (i < n && text.charAt(i) == '.') {
            digits = digits(text, i + 1, 30);
            if (digits == 0) {
                return false;
            }
            i += 1 + digits;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            digits = digits(text, i, 3);
            if (digits == 0) {
                return false;
            }
            i += digits;
        }
        return i == n;
    }

    /** @return how many ASCII digits start at {@code from}, or 0 when there are none or more than {@code most} */
    private static int digits(String text, int from, int most) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from > most ? 0 : i - from;
    }

    private static List<AffinityParticipant> readDemand(Path path, Map<String, Long> participants,
            boolean checkUnknown, List<InputProblem> problems, Messages messages) {
        List<AffinityParticipant> result = new ArrayList<>();
        Table table = table(path, List.of("participant", "demand"), problems, messages);
        if (table == null) {
            return result;
        }
        Map<String, Integer> demands = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            long line = table.lines().get(i);
            String participant = value(table, i, "participant", problems, messages);
            Integer demand = count(table, i, "demand", problems, messages);
            if (participant == null) {
                continue;
            }
            if (lines.containsKey(participant)) {
                problems.add(problem(messages, table.file(), line, "participant", "assign.demand.twice", participant,
                        lines.get(participant)));
                continue;
            }
            lines.put(participant, line);
            if (checkUnknown && !participants.containsKey(participant)) {
                problems.add(problem(messages, table.file(), line, "participant", "assign.participant.unknown",
                        participant));
                continue;
            }
            if (demand != null) {
                demands.put(participant, demand);
            }
        }
        for (Map.Entry<String, Long> entry : participants.entrySet()) {
            Integer demand = demands.get(entry.getKey());
            if (demand == null && !lines.containsKey(entry.getKey())) {
                problems.add(problem(messages, table.file(), 0, "participant", "assign.demand.missing", entry.getKey(),
                        entry.getValue()));
            } else if (demand != null) {
                result.add(new AffinityParticipant(entry.getKey(), demand));
            }
        }
        return result;
    }

    private static List<AffinityResource> readLoads(Path path, Map<String, Long> resources, boolean checkUnknown,
            List<InputProblem> problems, Messages messages) {
        List<AffinityResource> result = new ArrayList<>();
        Table table = table(path, List.of("resource", "min_load", "max_load"), problems, messages);
        if (table == null) {
            return result;
        }
        Map<String, AffinityResource> loads = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            long line = table.lines().get(i);
            String resource = value(table, i, "resource", problems, messages);
            Integer min = count(table, i, "min_load", problems, messages);
            Integer max = count(table, i, "max_load", problems, messages);
            if (resource == null) {
                continue;
            }
            if (lines.containsKey(resource)) {
                problems.add(problem(messages, table.file(), line, "resource", "assign.loads.twice", resource,
                        lines.get(resource)));
                continue;
            }
            lines.put(resource, line);
            if (checkUnknown && !resources.containsKey(resource)) {
                problems.add(problem(messages, table.file(), line, "resource", "assign.resource.unknown", resource));
                continue;
            }
            if (min != null && max != null) {
                if (min > max) {
                    problems.add(problem(messages, table.file(), line, "max_load", "assign.loads.inverted", max,
                            resource, min));
                } else {
                    loads.put(resource, new AffinityResource(resource, min, max));
                }
            }
        }
        for (Map.Entry<String, Long> entry : resources.entrySet()) {
            AffinityResource load = loads.get(entry.getKey());
            if (load == null && !lines.containsKey(entry.getKey())) {
                problems.add(problem(messages, table.file(), 0, "resource", "assign.loads.missing", entry.getKey(),
                        entry.getValue()));
            } else if (load != null) {
                result.add(load);
            }
        }
        return result;
    }

    private static List<ConflictPair> readConflicts(Path path, Map<String, Long> participants,
            Map<String, Long> resources, boolean checkUnknown, List<InputProblem> problems, Messages messages) {
        List<ConflictPair> result = new ArrayList<>();
        Table table = table(path, List.of("participant", "resource"), problems, messages);
        if (table == null) {
            return result;
        }
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < table.rows().size(); i++) {
            long line = table.lines().get(i);
            String participant = value(table, i, "participant", problems, messages);
            String resource = value(table, i, "resource", problems, messages);
            if (participant == null || resource == null) {
                continue;
            }
            boolean known = true;
            if (checkUnknown && !participants.containsKey(participant)) {
                problems.add(new InputProblem(table.file(), line, "participant", messages.get(
                        "assign.participant.unknown", participant), messages.get("assign.participant.unknown.fix")));
                known = false;
            }
            if (checkUnknown && !resources.containsKey(resource)) {
                problems.add(new InputProblem(table.file(), line, "resource", messages.get(
                        "assign.resource.unknown", resource), messages.get("assign.participant.unknown.fix")));
                known = false;
            }
            if (known && seen.add(List.of(participant, resource))) {
                result.add(new ConflictPair(participant, resource));
            }
        }
        return result;
    }

    /**
     * Writes assigned pairs as {@code participant,resource,score} with a header, atomically: to a temporary file in
     * the same folder, then moved over {@code out}, so that readers never see half a file.
     *
     * @param pairs the pairs, in the order to write
     * @param out the file to write
     * @throws IOException when the folder cannot be written
     */
    public static void writeAssignment(List<ScoredPair> pairs, Path out) throws IOException {
        Path absolute = out.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writer.write("participant,resource,score\n");
                for (ScoredPair pair : pairs) {
                    writer.write(quote(pair.participant()));
                    writer.write(',');
                    writer.write(quote(pair.resource()));
                    writer.write(',');
                    writer.write(format(pair.score()));
                    writer.write('\n');
                }
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** @return the score as a plain decimal (no exponent), the shortest that reads back as the same double */
    static String format(double score) {
        return new BigDecimal(Double.toString(score)).stripTrailingZeros().toPlainString();
    }

    private static String quote(String value) {
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
