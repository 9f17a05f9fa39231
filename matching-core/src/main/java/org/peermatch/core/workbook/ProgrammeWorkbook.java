package org.peermatch.core.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Sheet;
import org.peermatch.core.io.InputProblem;
import org.peermatch.core.io.InvalidInputException;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workbook.Layout.Column;
import org.peermatch.core.workbook.Layout.Kind;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The programme document as a workbook a coordinator can fill: an XLSX file (or a folder of CSV files, one per
 * sheet) with a first sheet explaining the others, a key/value sheet of the programme's settings, and one sheet per
 * list of the document (members, needs, competences, offers, availability, unavailable days, history, rooms, closed
 * days, half-days, pinned and forbidden pairs, weights, earlier sessions).
 *
 * <p>Reading turns the sheets into the same JSON document {@link ProgrammeReader} validates, remembering the cell
 * each value came from: every problem the reader finds is reported at its cell ({@code Besoins!C14 (priorité): …}),
 * with the workbook's own problems (an unknown sheet or column, a member unknown to the members sheet), all at once.
 * Writing lays a valid document out so that reading it back gives the same document.
 *
 * <p>Thread-safe: the methods are static and keep no state. Inputs are only read.
 */
public final class ProgrammeWorkbook {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pattern POSITION = Pattern.compile("(line|ligne) (\\d+):(\\d+)");

    private ProgrammeWorkbook() {
    }

    /**
     * @param path a path given for a programme
     * @return whether it names a workbook: an {@code .xlsx} file, or a folder holding CSV files
     */
    public static boolean isWorkbook(Path path) {
        if (Files.isDirectory(path)) {
            try (var files = Files.list(path)) {
                return files.anyMatch(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
            } catch (IOException e) {
                return false;
            }
        }
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Reads and validates a programme workbook.
     *
     * @param file an {@code .xlsx} file or a folder of CSV files
     * @param messages the language of the workbook's own problems
     * @return the programme
     * @throws InvalidInputException listing every problem, each at its sheet and cell
     */
    public static Programme read(Path file, Messages messages) throws InvalidInputException {
        return validated(located(file, messages), messages);
    }

    /**
     * Reads and validates a programme (JSON document or workbook) with the committee's decisions taken from an
     * edited proposal workbook: each pair marked "garder" (keep) in its pairs sheet is pinned, each marked "interdire"
     * (forbid) is forbidden. A decision the programme cannot accept is a problem at its cell.
     *
     * @param programmeFile the programme: a {@code .json} file, an {@code .xlsx} workbook or a folder of CSV files
     * @param decisionsFile the edited proposal workbook ({@code solve --xlsx})
     * @param messages the language of the workbooks' own problems
     * @return the programme with the decisions added
     * @throws InvalidInputException listing every problem, at its line or cell
     */
    public static Programme readWithDecisions(Path programmeFile, Path decisionsFile, Messages messages)
            throws InvalidInputException {
        ObjectNode root;
        Map<String, Location> locations;
        Findings findings;
        String name = programmeFile.toString();
        if (isWorkbook(programmeFile)) {
            // The workbook's problems are told at their cells when the programme and its decisions are validated.
            Located located = located(programmeFile, messages);
            root = located.root();
            locations = new java.util.HashMap<>(located.locations());
            findings = located.findings();
        } else {
            // A JSON document is validated as it is first, so that its problems name its own lines and columns.
            String text = ProgrammeReader.text(programmeFile, messages);
            ProgrammeReader.read(text, name, messages);
            root = (ObjectNode) MAPPER.readTree(text);
            locations = new java.util.HashMap<>();
            findings = new Findings(name, messages);
        }
        String decisionsName = decisionsFile.toString();
        List<Table> tables = null;
        try {
            if (Files.size(decisionsFile) <= WorkbookLimits.MAX_FILE_BYTES) {
                tables = XlsxTables.read(decisionsFile, findings);
            } else {
                findings.add(new Location(decisionsName, 0, 0, -1, null), "workbook.error.tooLarge",
                        WorkbookLimits.MAX_FILE_BYTES / (1024 * 1024));
            }
        } catch (IOException e) {
            findings.add(new Location(decisionsName, 0, 0, -1, null), "workbook.error.missingFile");
        }
        if (tables == null) {
            throw new InvalidInputException(findings.toList());
        }
        ProposalDecisions.add(tables, decisionsFile.getFileName() == null ? decisionsName
                : decisionsFile.getFileName().toString(), root, locations, findings);
        return validated(new Located(name, findings, root, locations, LocatedJson.write(root, locations)), messages);
    }

    /**
     * Converts a workbook to the programme's JSON document, after validating it.
     *
     * @param file an {@code .xlsx} file or a folder of CSV files
     * @param messages the language of the workbook's own problems
     * @return the JSON document, indented
     * @throws InvalidInputException listing every problem, each at its sheet and cell
     */
    public static String toJson(Path file, Messages messages) throws InvalidInputException {
        Located located = located(file, messages);
        validated(located, messages);
        return MAPPER.writeValueAsString(located.root()) + "\n";
    }

    /**
     * Lays a programme document out as an XLSX workbook, after validating it.
     *
     * @param json the programme document
     * @param sourceName how to name it in problems
     * @param messages the language of sheet names, headers and help
     * @return the XLSX file's bytes; the same document and language always give the same bytes
     * @throws InvalidInputException when the document is invalid
     */
    public static byte[] toXlsx(String json, String sourceName, Messages messages) throws InvalidInputException {
        return xlsx(TableMaker.sheets(tree(json, sourceName, messages)), messages);
    }

    /**
     * @param messages the language of sheet names, headers and help
     * @return the empty workbook: every sheet with its headers, the settings with their keys and no value
     */
    public static byte[] template(Messages messages) {
        return xlsx(TableMaker.sheets(null), messages);
    }

    /**
     * Lays a programme document out as CSV files, one per sheet, after validating it.
     *
     * @param json the programme document
     * @param sourceName how to name it in problems
     * @param messages the language of the headers
     * @return each file's name ({@code members.csv}…) and text, in the workbook's order
     * @throws InvalidInputException when the document is invalid
     */
    public static Map<String, String> toCsv(String json, String sourceName, Messages messages)
            throws InvalidInputException {
        Map<String, String> files = new LinkedHashMap<>();
        for (SheetData data : TableMaker.sheets(tree(json, sourceName, messages))) {
            List<String> headers = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            if (data.sheet().kind() == Kind.SETTINGS) {
                settingsHeaders(messages).forEach(headers::add);
                for (List<Object> row : data.rows()) {
                    if (row.get(2) != null) {
                        rows.add(settingRow(messages, row));
                    }
                }
            } else {
                data.columns().forEach(column -> headers.add(header(messages, column)));
                rows.addAll(data.rows());
            }
            files.put(CsvTables.fileName(data.sheet().key()), CsvTables.write(headers, rows));
        }
        return files;
    }

    private static JsonNode tree(String json, String sourceName, Messages messages) throws InvalidInputException {
        ProgrammeReader.read(json, sourceName, messages);
        return MAPPER.readTree(ProgrammeReader.withoutByteOrderMark(json));
    }

    private static byte[] xlsx(List<SheetData> sheets, Messages messages) {
        XlsxWriter writer = new XlsxWriter(messages);
        List<String[]> table = new ArrayList<>();
        for (SheetData data : sheets) {
            table.add(new String[] {messages.get("workbook.sheet." + data.sheet().key()),
                messages.get("workbook.help." + data.sheet().key())});
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; messages.has("workbook.help.intro." + i); i++) {
            paragraphs.add(messages.get("workbook.help.intro." + i));
        }
        writer.help(messages.get("workbook.sheet." + Layout.HELP_SHEET), messages.get("workbook.help.title"), paragraphs, table,
                new String[] {messages.get("workbook.help.sheet"), messages.get("workbook.help.content")});
        for (SheetData data : sheets) {
            Sheet sheet = writer.sheet(data.sheet().key());
            if (data.sheet().kind() == Kind.SETTINGS) {
                writer.headers(sheet, settingsHeaders(messages));
                sheet.setColumnWidth(0, 60 * 256);
                sheet.setColumnWidth(1, 44 * 256);
                sheet.setColumnWidth(2, 28 * 256);
                for (int r = 0; r < data.rows().size(); r++) {
                    writer.row(sheet, r + 1, settingRow(messages, data.rows().get(r)));
                    writer.dropDown(sheet, r + 1, r + 1, 2, data.options().get(r));
                }
            } else {
                List<String> headers = new ArrayList<>();
                data.columns().forEach(column -> headers.add(writer.header(column)));
                writer.headers(sheet, headers);
                for (int r = 0; r < data.rows().size(); r++) {
                    writer.row(sheet, r + 1, data.rows().get(r));
                }
                for (int c = 0; c < data.columns().size(); c++) {
                    writer.dropDown(sheet, c, data.columns().get(c).options(), data.rows().size());
                }
            }
        }
        return writer.bytes();
    }

    private static List<String> settingsHeaders(Messages messages) {
        List<String> headers = new ArrayList<>();
        for (String field : List.of("setting", "key", "value")) {
            headers.add(header(messages, new Column("", "workbook.field." + field, Layout.Type.TEXT, List.of())));
        }
        return headers;
    }

    private static List<Object> settingRow(Messages messages, List<Object> row) {
        List<Object> values = new ArrayList<>();
        values.add(row.get(0) == null ? null : messages.get((String) row.get(0)));
        values.add(row.get(1));
        values.add(row.get(2));
        return values;
    }

    private static String header(Messages messages, Column column) {
        return column.label().isEmpty() ? column.field() : DocumentBuilder.header(messages, column);
    }

    /** A workbook turned into a JSON document, with where each value and each line of it comes from. */
    private record Located(String name, Findings findings, ObjectNode root, Map<String, Location> locations,
            LocatedJson.Result json) {
    }

    private static Located located(Path file, Messages messages) throws InvalidInputException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(messages, "messages");
        String name = file.toString();
        Findings findings = new Findings(name, messages);
        List<Table> tables;
        if (Files.isDirectory(file)) {
            tables = CsvTables.read(file, findings);
        } else {
            try {
                if (Files.size(file) > WorkbookLimits.MAX_FILE_BYTES) {
                    findings.add(null, "workbook.error.tooLarge", WorkbookLimits.MAX_FILE_BYTES / (1024 * 1024));
                    throw new InvalidInputException(findings.toList());
                }
            } catch (NoSuchFileException e) {
                findings.add(null, "workbook.error.missingFile");
                throw new InvalidInputException(findings.toList());
            } catch (IOException e) {
                findings.add(null, "workbook.error.unreadable", String.valueOf(e.getMessage()));
                throw new InvalidInputException(findings.toList());
            }
            tables = XlsxTables.read(file, findings);
        }
        if (tables == null) {
            throw new InvalidInputException(findings.toList());
        }
        DocumentBuilder.Result built = DocumentBuilder.build(tables, findings);
        return new Located(name, findings, built.root(), built.locations(),
                LocatedJson.write(built.root(), built.locations()));
    }

    /**
     * @return the programme the located document holds
     * @throws InvalidInputException the reader's problems at their cells, with the workbook's own problems
     */
    private static Programme validated(Located located, Messages messages) throws InvalidInputException {
        Programme programme;
        try {
            programme = ProgrammeReader.read(located.json().text(), located.name(), messages);
        } catch (InvalidInputException e) {
            throw relocated(e, located);
        }
        if (located.findings().any()) {
            throw new InvalidInputException(located.findings().toList());
        }
        return programme;
    }

    /** @return the reader's problems at the cells their values came from, with the workbook's own problems */
    private static InvalidInputException relocated(InvalidInputException e, Located located) {
        List<Location> lines = located.json().lines();
        for (InputProblem problem : e.problems()) {
            Location at = problem.line() > 0 && problem.line() <= lines.size() ? lines.get(problem.line() - 1) : null;
            Matcher matcher = POSITION.matcher(problem.message());
            StringBuilder message = new StringBuilder();
            while (matcher.find()) {
                int line = Integer.parseInt(matcher.group(2));
                Location other = line > 0 && line <= lines.size() ? lines.get(line - 1) : null;
                matcher.appendReplacement(message, Matcher.quoteReplacement(other == null ? matcher.group()
                        : other.text()));
            }
            matcher.appendTail(message);
            located.findings().addText(at, problem.path(), message.toString(), problem.advice());
        }
        return new InvalidInputException(located.findings().toList());
    }
}
