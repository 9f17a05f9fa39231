package org.peermatch.core.workbook;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The workbook as a folder of CSV files, one per sheet ({@code members.csv}, {@code needs.csv}…, UTF-8, comma
 * separated, the header first), with the project's CSV library (Jackson's CSV format). Cells hold what the
 * workbook's cells hold; dates are {@code YYYY-MM-DD}.
 */
final class CsvTables {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n");

    private CsvTables() {
    }

    /** @return the file name of a sheet's CSV file */
    static String fileName(String sheetKey) {
        return sheetKey + ".csv";
    }

    /**
     * @return the CSV files of the folder as tables, in the layout's order, or null when one cannot be read (the
     *         problem is in {@code findings})
     */
    static List<Table> read(Path folder, Findings findings) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            findings.add(null, "workbook.error.unreadable", String.valueOf(e.getMessage()));
            return null;
        }
        if (files.size() > WorkbookLimits.MAX_SHEETS) {
            findings.add(null, "workbook.error.tooManySheets", WorkbookLimits.MAX_SHEETS);
            return null;
        }
        List<Path> ordered = new ArrayList<>(files);
        List<String> keys = new ArrayList<>();
        Layout.SHEETS.forEach(sheet -> keys.add(sheet.key()));
        ordered.sort((a, b) -> Integer.compare(position(keys, a), position(keys, b)));
        List<Table> tables = new ArrayList<>();
        for (Path file : ordered) {
            Table table = table(file, tables.size(), findings);
            if (table == null) {
                return null;
            }
            tables.add(table);
        }
        return tables;
    }

    private static int position(List<String> keys, Path file) {
        String key = DocumentBuilder.sheetKey(file.getFileName().toString());
        int index = key == null ? -1 : keys.indexOf(key);
        return index < 0 ? keys.size() : index;
    }

    private static Table table(Path file, int order, Findings findings) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > WorkbookLimits.MAX_FILE_BYTES) {
                findings.add(new Location(name, order, 0, -1, null), "workbook.error.tooLarge",
                        WorkbookLimits.MAX_FILE_BYTES / (1024 * 1024));
                return null;
            }
        } catch (IOException e) {
            findings.add(new Location(name, order, 0, -1, null), "workbook.error.unreadable",
                    String.valueOf(e.getMessage()));
            return null;
        }
        List<Table.Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> iterator = MAPPER.readerFor(String[].class).with(SCHEMA)
                .readValues(file.toFile())) {
            int number = 0;
            while (iterator.hasNextValue()) {
                String[] cells = iterator.nextValue();
                number++;
                if (number > WorkbookLimits.MAX_ROWS) {
                    findings.add(new Location(name, order, 0, -1, null), "workbook.error.tooManyRows", name,
                            WorkbookLimits.MAX_ROWS);
                    return null;
                }
                if (cells.length > WorkbookLimits.MAX_COLUMNS) {
                    findings.add(new Location(name, order, number, WorkbookLimits.MAX_COLUMNS, null),
                            "workbook.error.tooManyColumns", name, WorkbookLimits.MAX_COLUMNS);
                    return null;
                }
                List<String> values = Arrays.asList(cells);
                if (number == 1 && !values.isEmpty() && values.get(0).startsWith("\uFEFF")) {
                    values = new ArrayList<>(values);
                    values.set(0, values.get(0).substring(1));
                }
                Table.Row row = new Table.Row(number, values);
                if (!row.blank()) {
                    rows.add(row);
                }
            }
        } catch (JacksonException e) {
            findings.add(new Location(name, order, 0, -1, null), "workbook.error.unreadable",
                    e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage());
            return null;
        }
        return new Table(name, order, rows);
    }

    /** @return the CSV text of a header and rows of values */
    static String write(List<String> headers, List<List<Object>> rows) {
        StringWriter text = new StringWriter();
        try (SequenceWriter writer = MAPPER.writer(SCHEMA).writeValues(text)) {
            writer.write(headers.toArray(String[]::new));
            for (List<Object> row : rows) {
                String[] cells = new String[headers.size()];
                for (int c = 0; c < cells.length; c++) {
                    Object value = c < row.size() ? row.get(c) : null;
                    cells[c] = value == null ? "" : value instanceof LocalDate day ? day.toString()
                            : value instanceof java.math.BigDecimal number ? number.toPlainString() : value.toString();
                }
                writer.write(cells);
            }
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        return text.toString();
    }

}
