package org.peermatch.core.workbook;

import java.util.List;

/**
 * A sheet as read from a workbook or a CSV file: its name as the file spells it, and its rows.
 *
 * @param name the sheet's name (for a CSV file, the file's name)
 * @param order its position in the workbook, from 0, to list problems in the workbook's order
 * @param rows its rows that hold at least one cell, the header first
 */
record Table(String name, int order, List<Row> rows) {

    Table {
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param number its 1-based number, as the spreadsheet shows it
     * @param cells the texts of its cells by column from A, empty for an empty cell
     */
    record Row(int number, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        /** @return the text of the cell in this column (from 0), empty when there is none */
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        /** @return whether every cell is empty or blank */
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
