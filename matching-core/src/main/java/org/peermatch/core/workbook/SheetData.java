package org.peermatch.core.workbook;

import java.util.List;

import org.peermatch.core.workbook.Layout.Column;
import org.peermatch.core.workbook.Layout.Sheet;

/**
 * A sheet ready to write: its columns and its rows of values ({@code String}, {@code Number},
 * {@code java.time.LocalDate}, or null for an empty cell).
 *
 * @param sheet the layout's sheet
 * @param columns the columns, in order (the member or key column first where the sheet has one)
 * @param rows the rows of values, one value per column
 * @param options for the settings sheet, the drop-down of each row's value (empty for none)
 */
record SheetData(Sheet sheet, List<Column> columns, List<List<Object>> rows, List<List<String>> options) {
}
