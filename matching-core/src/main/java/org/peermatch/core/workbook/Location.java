package org.peermatch.core.workbook;

/**
 * A place in a workbook, as a spreadsheet names it: {@code Besoins!C14}, with the column's header for the reader.
 *
 * @param table the sheet's name (or the CSV file's)
 * @param order the sheet's position, to sort problems
 * @param row 1-based row, or 0 for the sheet as a whole
 * @param column 0-based column, or -1 for the row as a whole
 * @param header the column's header without the English name in parentheses, or null
 */
record Location(String table, int order, int row, int column, String header) {

    /** @return e.g. {@code Besoins!C14 (priorité)}, {@code Besoins!A14}, {@code Besoins} */
    String text() {
        if (row <= 0) {
            return table;
        }
        StringBuilder text = new StringBuilder(table).append('!').append(columnName(Math.max(column, 0))).append(row);
        if (column >= 0 && header != null && !header.isBlank()) {
            text.append(" (").append(header).append(')');
        }
        return text.toString();
    }

    /** @return the spreadsheet's name of a 0-based column: A, B… Z, AA… */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** @return the 0-based column of a cell reference such as {@code C14}, or -1 */
    static int columnOf(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }
}
