package org.peermatch.core.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the sheets of an XLSX file as {@link Table}s of texts, with Apache POI's streaming event API: cells are
 * read as the file gives them, formulas by their cached value (never evaluated), dates as {@code YYYY-MM-DD}, times
 * as {@code HH:mm}, numbers in plain decimal. POI's safeguards are on (no DTD or external entity, a minimum
 * compression ratio against zip bombs, a largest part) and the {@link WorkbookLimits} bound the sheets, rows,
 * columns and texts kept.
 */
final class XlsxTables {

    /** Thrown by the sheet handler to stop at a limit. */
    private static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Location at;
        final String key;
        final transient Object[] arguments;

        LimitReached(Location at, String key, Object... arguments) {
            super(key, null, false, false);
            this.at = at;
            this.key = key;
            this.arguments = arguments;
        }
    }

    private XlsxTables() {
    }

    /**
     * @return the sheets of the file, or null when it cannot be read (the problem is in {@code findings})
     */
    static List<Table> read(Path file, Findings findings) {
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(),
                WorkbookLimits.MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), WorkbookLimits.MAX_ENTRY_BYTES));
        List<Table> tables = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (tables.size() >= WorkbookLimits.MAX_SHEETS) {
                        findings.add(null, "workbook.error.tooManySheets", WorkbookLimits.MAX_SHEETS);
                        return null;
                    }
                    Collector collector = new Collector(name, tables.size());
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector,
                            new PlainFormatter(), false));
                    parser.parse(new InputSource(in));
                    tables.add(new Table(name, tables.size(), collector.rows));
                }
            }
            return tables;
        } catch (LimitReached limit) {
            findings.add(limit.at, limit.key, limit.arguments);
            return null;
        } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | SAXException
                | ParserConfigurationException | IllegalStateException | IllegalArgumentException e) {
            findings.add(null, "workbook.error.unreadable", reason(e));
            return null;
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        String first = end < 0 ? message : message.substring(0, end);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    /** Keeps the rows of one sheet, within the limits. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final int order;
        final List<Table.Row> rows = new ArrayList<>();
        private List<String> cells;
        private int row;

        Collector(String sheet, int order) {
            this.sheet = sheet;
            this.order = order;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells = new ArrayList<>();
            if (row > WorkbookLimits.MAX_ROWS) {
                throw new LimitReached(new Location(sheet, order, 0, -1, null), "workbook.error.tooManyRows",
                        sheet, WorkbookLimits.MAX_ROWS);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                rows.add(new Table.Row(row, cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : Location.columnOf(reference);
            if (column < 0 || value == null || value.isEmpty()) {
                return;
            }
            if (column >= WorkbookLimits.MAX_COLUMNS) {
                throw new LimitReached(new Location(sheet, order, row, column, null), "workbook.error.tooManyColumns",
                        sheet, WorkbookLimits.MAX_COLUMNS);
            }
            if (value.length() > WorkbookLimits.MAX_CELL_CHARS) {
                throw new LimitReached(new Location(sheet, order, row, column, null), "workbook.error.longCell",
                        value.length(), WorkbookLimits.MAX_CELL_CHARS);
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value);
        }
    }

    /**
     * Formats numbers the way the document writes them: dates as {@code YYYY-MM-DD}, times of day as
     * {@code HH:mm}, other numbers in plain decimal whatever the cell's display format.
     */
    static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing);
                String format = formatString == null ? "" : formatString.toLowerCase(java.util.Locale.ROOT);
                boolean hasDay = format.contains("d") || format.contains("y");
                if (!hasDay && value < 1) {
                    return time.format(DateTimeFormatter.ofPattern("HH:mm"));
                }
                if (time.toLocalTime().toSecondOfDay() == 0) {
                    return time.toLocalDate().toString();
                }
                return time.toString();
            }
            return plain(value);
        }

        /** @return the number without exponent or trailing zeros: 12, 43.6045, -0.5 */
        static String plain(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            if (value == 0) {
                return "0";
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
