package org.peermatch.core.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workbook.Layout.Column;

/**
 * Writes sheets to an XLSX file with Apache POI (the programme workbook here, the proposal workbook in the report
 * package): a header row in bold, frozen, with the label in the chosen
 * language and the English field name beside it; real date cells; drop-down lists where a column takes a few
 * values. The file's dates (created, modified) are fixed, so the same content gives the same bytes.
 */
public final class XlsxWriter {

    /** The date every workbook says it was created and modified: outputs do not depend on the clock. */
    static final Date FIXED_DATE = new Date(1_767_225_600_000L); // 2026-01-01T00:00:00Z
    /** The same date for the entries of the archive. */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    /** Drop-downs cover this many rows below the header. */
    private static final int VALIDATED_ROWS = 2000;
    /** Excel refuses an explicit list longer than this many characters. */
    private static final int MAX_LIST_CHARS = 255;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Messages messages;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle title;
    private final CellStyle wrap;

    /**
     * A new, empty workbook.
     *
     * @param messages the language of the sheet names, headers and help
     */
    public XlsxWriter(Messages messages) {
        this.messages = messages;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
    }

    /** @return a new sheet named in this language */
    Sheet sheet(String key) {
        return sheetNamed(messages.get("workbook.sheet." + key));
    }

    /**
     * @param name the sheet's name as shown
     * @return a new sheet, after the others
     */
    public Sheet sheetNamed(String name) {
        return workbook.createSheet(name);
    }

    /**
     * @param messages the language
     * @param field a field whose label is {@code workbook.field.FIELD}
     * @return the header of a column, e.g. {@code priorité (priority)}
     */
    public static String header(Messages messages, String field) {
        String label = messages.get("workbook.field." + field);
        return label.equals(field) ? label : label + " (" + field + ")";
    }

    /**
     * Writes the help sheet: a title, paragraphs, then a two-column table.
     *
     * @param name the sheet's name
     * @param titleText the title
     * @param paragraphs the lines under it
     * @param table the rows of the table
     * @param tableHeader the table's header
     */
    public void help(String name, String titleText, List<String> paragraphs, List<String[]> table,
            String[] tableHeader) {
        Sheet sheet = workbook.createSheet(name);
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        int r = 0;
        Cell cell = sheet.createRow(r++).createCell(0);
        cell.setCellValue(titleText);
        cell.setCellStyle(title);
        for (String paragraph : paragraphs) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(paragraph);
        }
        r++;
        Row headerRow = sheet.createRow(r++);
        for (int c = 0; c < tableHeader.length; c++) {
            Cell h = headerRow.createCell(c);
            h.setCellValue(tableHeader[c]);
            h.setCellStyle(header);
        }
        for (String[] line : table) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < line.length; c++) {
                Cell text = row.createCell(c);
                text.setCellValue(line[c]);
                text.setCellStyle(wrap);
            }
        }
    }

    /**
     * Writes a header row, frozen, and sets the columns' widths.
     *
     * @param sheet the sheet
     * @param headers the headers, from column A
     */
    public void headers(Sheet sheet, List<String> headers) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(70, Math.max(14, headers.get(c).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * Writes one row of values ({@code String}, {@code Number}, {@code LocalDate} or null for an empty cell).
     *
     * @param sheet the sheet
     * @param r the 0-based row
     * @param values the values, from column A
     */
    public void row(Sheet sheet, int r, List<Object> values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** Adds a drop-down list to the cells of a column (rows 2 on), or of one cell when {@code firstRow == lastRow}. */
    void dropDown(Sheet sheet, int firstRow, int lastRow, int column, List<String> options) {
        if (options.isEmpty() || String.join(",", options).length() > MAX_LIST_CHARS) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(options.toArray(String[]::new));
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /**
     * Adds a drop-down to a column of a sheet of rows.
     *
     * @param sheet the sheet
     * @param column the 0-based column
     * @param options the values offered
     * @param rows how many rows the sheet holds: the list covers them and more
     */
    public void dropDown(Sheet sheet, int column, List<String> options, int rows) {
        dropDown(sheet, 1, Math.max(VALIDATED_ROWS, rows + 200), column, options);
    }

    /** @return the header of a column in this language, e.g. {@code priorité (priority)} */
    String header(Column column) {
        return column.label().isEmpty() ? column.field() : DocumentBuilder.header(messages, column);
    }

    /** @return the file's bytes, with fixed dates: the same content always gives the same bytes */
    public byte[] bytes() {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setCreated(Optional.of(FIXED_DATE));
        core.setModified(Optional.of(FIXED_DATE));
        core.setCreator("peer-match");
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return fixedTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the same archive with every entry dated {@link #FIXED_TIME}: POI dates the entries of the XLSX
     *         archive with the clock, which would make two writes of the same workbook differ
     */
    static byte[] fixedTimes(byte[] archive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(archive.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(fixed);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
