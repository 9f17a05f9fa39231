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
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Long> participants = new LinkedHashMap<>();
        Map<String, Long> resources = new LinkedHashMap<>();
        List<List<ScoredPair>> sourcesPairs = new ArrayList<>();
        for (Path scoreFile : scoreFiles) {
            sourcesPairs.add(readScores(scoreFile, participants, resources, problems));
        }
        List<ScoredPair> pairs = scoreFiles.size() == 1 && weights.get(0) == 1.0 ? sourcesPairs.get(0)
                : WeightedScores.combine(sourcesPairs, weights);
        boolean scoresRead = problems.isEmpty() || !participants.isEmpty();

        List<AffinityParticipant> demands = new ArrayList<>();
        if (sources.demandFile() != null) {
            demands = readDemand(sources.demandFile(), participants, scoresRead, problems);
        } else if (sources.demandEach() == null || sources.demandEach() < 0) {
            problems.add(new InputProblem("--demand", 0, "", "The demand (" + sources.demandEach()
                    + ") is not a file nor a number of 0 or more.",
                    "Maybe give a demand CSV file (participant,demand) or a number, e.g. --demand 3."));
        } else {
            for (String participant : participants.keySet()) {
                demands.add(new AffinityParticipant(participant, sources.demandEach()));
            }
        }

        List<AffinityResource> loads = new ArrayList<>();
        if (sources.loadsFile() != null) {
            loads = readLoads(sources.loadsFile(), resources, scoresRead, problems);
        } else {
            Integer max = sources.maxLoadEach();
            int min = sources.minLoadEach() == null ? 0 : sources.minLoadEach();
            if (max == null || max < 0) {
                problems.add(new InputProblem("--max-load", 0, "", "The max load (" + max
                        + ") is missing or negative.",
                        "Maybe give a loads CSV file (resource,min_load,max_load) or a max load, e.g. --max-load 4."));
            } else if (min < 0 || min > max) {
                problems.add(new InputProblem("--min-load", 0, "", "The min load (" + min
                        + ") is negative or above the max load (" + max + ").",
                        "Maybe use a min load between 0 and " + max + "."));
            } else {
                for (String resource : resources.keySet()) {
                    loads.add(new AffinityResource(resource, min, max));
                }
            }
        }

        List<ConflictPair> conflicts = sources.conflicts() == null ? List.of()
                : readConflicts(sources.conflicts(), participants, resources, scoresRead, problems);
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

    /** Reads a file's rows; null (with problems added) when it cannot be read or lacks a column. */
    static Table table(Path path, List<String> required, List<InputProblem> problems) {
        String file = path.toString();
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        if (!Files.isRegularFile(path)) {
            problems.add(Files.exists(path)
                    ? new InputProblem(file, 0, "", "This is not a regular file (a folder, a device or a pipe).",
                            "Maybe give the path of a CSV file.")
                    : new InputProblem(file, 0, "", "The file does not exist.", "Maybe check the path."));
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
            problems.add(new InputProblem(file, 0, "", "The file cannot be read: " + (e instanceof
                    CharacterCodingException ? "it is not UTF-8 text" : e.getMessage()),
                    "Maybe check the file's permissions and encoding (UTF-8)."));
            return null;
        } catch (CsvLines.Invalid e) {
            problems.add(new InputProblem(file, e.line, "", "The file is not valid CSV: " + e.getMessage() + ".",
                    "Maybe check the quotes and commas of that line and of the lines "
                    + "above it (an unclosed quote runs to the end of the file)."));
            return null;
        }
        if (rows.isEmpty()) {
            problems.add(new InputProblem(file, 1, "", "The file is empty.",
                    "Maybe add the header line: " + String.join(",", required) + "."));
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
                problems.add(new InputProblem(file, lines.get(0), column, "The header has no column " + column
                        + " (found: " + String.join(",", header) + ").",
                        "Maybe use the header " + String.join(",", required) + "."));
                complete = false;
            }
        }
        for (int i = 1; i < rows.size() && complete; i++) {
            if (rows.get(i).length > header.length) {
                problems.add(new InputProblem(file, lines.get(i), "", "The line has " + rows.get(i).length
                        + " values but the header " + header.length + " columns (" + String.join(separator == ';'
                                ? ";" : ",", rows.get(i)) + ").", "Maybe write numbers with a decimal point (2.5,"
                                + " not 2,5), or put a value holding a comma in double quotes."));
                complete = false;
            }
        }
        return complete ? new Table(file, rows.subList(1, rows.size()), lines.subList(1, lines.size()), columns,
                separator == ';') : null;
    }

    /** The value of a column in a row; null (with a problem added) when the row is too short or it is blank. */
    static String value(Table table, int index, String column, List<InputProblem> problems) {
        String[] row = table.rows().get(index);
        int position = table.columns().get(column);
        if (position >= row.length || row[position].isEmpty()) {
            problems.add(new InputProblem(table.file(), table.lines().get(index), column, "The " + column
                    + " is missing.", "Maybe fill in the " + column + " or remove the line."));
            return null;
        }
        if (ControlCharacters.first(row[position]) >= 0) {
            problems.add(new InputProblem(table.file(), table.lines().get(index), column, "The " + column + " ("
                    + ControlCharacters.shortened(row[position]) + ") holds a control character.",
                    "Maybe remove it: ids and numbers are printable text on one line."));
            return null;
        }
        return row[position];
    }

    private static Integer count(Table table, int index, String column, List<InputProblem> problems) {
        String text = value(table, index, column, problems);
        if (text == null) {
            return null;
        }
        if (COUNT.matcher(text).matches()) {
            return Integer.parseInt(text);
        }
        problems.add(new InputProblem(table.file(), table.lines().get(index), column, "The " + column + " ("
                + ControlCharacters.shortened(text) + ") is not a whole number of 0 or more (digits only, at most 9).",
                "Maybe write a count such as 3."));
        return null;
    }

    private static List<ScoredPair> readScores(Path path, Map<String, Long> participants, Map<String, Long> resources,
            List<InputProblem> problems) {
        List<ScoredPair> pairs = new ArrayList<>();
        Table table = table(path, List.of("participant", "resource", "score"), problems);
        if (table == null) {
            return pairs;
        }
        PairKeys seen = new PairKeys(table.rows().size());
        Map<String, Integer> participantIndex = indices(participants);
        Map<String, Integer> resourceIndex = indices(resources);
        for (int i = 0; i < table.rows().size(); i++) {
            long line = table.lines().get(i);
            String participant = value(table, i, "participant", problems);
            String resource = value(table, i, "resource", problems);
            String text = value(table, i, "score", problems);
            Double score = null;
            if (text != null) {
                String number = table.decimalComma() ? text.replace(',', '.') : text;
                double parsed = isScore(number) ? Double.parseDouble(number) : Double.NaN;
                if (Double.isFinite(parsed)) {
                    score = parsed;
                } else {
                    problems.add(new InputProblem(table.file(), line, "score", "The score ("
                            + ControlCharacters.shortened(text)
                            + ") is not a number" + (text.matches("-?\\d+,\\d+")
                                    ? ": it has a decimal comma" : "") + ".",
                            "Maybe write it with digits and a dot as decimal separator, e.g. 0.75 (no hexadecimal,"
                                    + " NaN, infinity or + sign)" + (table.decimalComma() ? "."
                                            : ", or export the file separated by semicolons with decimal commas.")));
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
                problems.add(new InputProblem(table.file(), line, "resource", "The pair (" + participant + ", "
                        + resource + ") is already scored on line " + first + ".",
                        "Maybe keep only one score per pair."));
            } else if (score != null) {
                pairs.add(new ScoredPair(participant, resource, score));
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(new InputProblem(table.file(), 0, "", "The file has no pair, only its header.",
                    "Maybe add lines participant,resource,score."));
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
            boolean checkUnknown, List<InputProblem> problems) {
        List<AffinityParticipant> result = new ArrayList<>();
        Table table = table(path, List.of("participant", "demand"), problems);
        if (table == null) {
            return result;
        }
        Map<String, Integer> demands = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            long line = table.lines().get(i);
            String participant = value(table, i, "participant", problems);
            Integer demand = count(table, i, "demand", problems);
            if (participant == null) {
                continue;
            }
            if (lines.containsKey(participant)) {
                problems.add(new InputProblem(table.file(), line, "participant", "The participant (" + participant
                        + ") already has a demand on line " + lines.get(participant) + ".",
                        "Maybe keep one line per participant."));
                continue;
            }
            lines.put(participant, line);
            if (checkUnknown && !participants.containsKey(participant)) {
                problems.add(new InputProblem(table.file(), line, "participant", "The participant (" + participant
                        + ") is unknown: it has no pair in the scores file.",
                        "Maybe fix the id, or score at least one pair for it."));
                continue;
            }
            if (demand != null) {
                demands.put(participant, demand);
            }
        }
        for (Map.Entry<String, Long> entry : participants.entrySet()) {
            Integer demand = demands.get(entry.getKey());
            if (demand == null && !lines.containsKey(entry.getKey())) {
                problems.add(new InputProblem(table.file(), 0, "participant", "The participant (" + entry.getKey()
                        + ") scored on line " + entry.getValue() + " of the scores file has no demand.",
                        "Maybe add a line " + entry.getKey() + ",<demand> (0 if it needs nobody)."));
            } else if (demand != null) {
                result.add(new AffinityParticipant(entry.getKey(), demand));
            }
        }
        return result;
    }

    private static List<AffinityResource> readLoads(Path path, Map<String, Long> resources, boolean checkUnknown,
            List<InputProblem> problems) {
        List<AffinityResource> result = new ArrayList<>();
        Table table = table(path, List.of("resource", "min_load", "max_load"), problems);
        if (table == null) {
            return result;
        }
        Map<String, AffinityResource> loads = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            long line = table.lines().get(i);
            String resource = value(table, i, "resource", problems);
            Integer min = count(table, i, "min_load", problems);
            Integer max = count(table, i, "max_load", problems);
            if (resource == null) {
                continue;
            }
            if (lines.containsKey(resource)) {
                problems.add(new InputProblem(table.file(), line, "resource", "The resource (" + resource
                        + ") already has loads on line " + lines.get(resource) + ".",
                        "Maybe keep one line per resource."));
                continue;
            }
            lines.put(resource, line);
            if (checkUnknown && !resources.containsKey(resource)) {
                problems.add(new InputProblem(table.file(), line, "resource", "The resource (" + resource
                        + ") is unknown: it has no pair in the scores file.",
                        "Maybe fix the id, or score at least one pair for it."));
                continue;
            }
            if (min != null && max != null) {
                if (min > max) {
                    problems.add(new InputProblem(table.file(), line, "max_load", "The max load (" + max
                            + ") of resource (" + resource + ") is below its min load (" + min + ").",
                            "Maybe raise the max load to " + min + "."));
                } else {
                    loads.put(resource, new AffinityResource(resource, min, max));
                }
            }
        }
        for (Map.Entry<String, Long> entry : resources.entrySet()) {
            AffinityResource load = loads.get(entry.getKey());
            if (load == null && !lines.containsKey(entry.getKey())) {
                problems.add(new InputProblem(table.file(), 0, "resource", "The resource (" + entry.getKey()
                        + ") scored on line " + entry.getValue() + " of the scores file has no loads.",
                        "Maybe add a line " + entry.getKey() + ",<min_load>,<max_load>."));
            } else if (load != null) {
                result.add(load);
            }
        }
        return result;
    }

    private static List<ConflictPair> readConflicts(Path path, Map<String, Long> participants,
            Map<String, Long> resources, boolean checkUnknown, List<InputProblem> problems) {
        List<ConflictPair> result = new ArrayList<>();
        Table table = table(path, List.of("participant", "resource"), problems);
        if (table == null) {
            return result;
        }
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < table.rows().size(); i++) {
            long line = table.lines().get(i);
            String participant = value(table, i, "participant", problems);
            String resource = value(table, i, "resource", problems);
            if (participant == null || resource == null) {
                continue;
            }
            boolean known = true;
            if (checkUnknown && !participants.containsKey(participant)) {
                problems.add(new InputProblem(table.file(), line, "participant", "The participant (" + participant
                        + ") is unknown: it has no pair in the scores file.", "Maybe fix the id."));
                known = false;
            }
            if (checkUnknown && !resources.containsKey(resource)) {
                problems.add(new InputProblem(table.file(), line, "resource", "The resource (" + resource
                        + ") is unknown: it has no pair in the scores file.", "Maybe fix the id."));
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
