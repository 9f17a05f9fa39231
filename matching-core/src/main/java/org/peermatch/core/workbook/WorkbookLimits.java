package org.peermatch.core.workbook;

/**
 * The sizes a programme workbook (or folder of CSV files) may reach, consistent with the JSON document's limits
 * ({@code io.ReadLimits}): a hostile or absurd file is refused quickly, with a located problem, instead of
 * exhausting time or memory. The XLSX file is read as a stream, sheet by sheet, so only the cells kept count.
 */
final class WorkbookLimits {

    /** Largest workbook or CSV file, in bytes: the JSON document's limit (64 MiB). */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Largest part of the XLSX archive once decompressed (a sheet's XML, the shared texts). */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** Smallest compression ratio of an archive part: below it the file is a zip bomb (POI's default). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Most sheets (or CSV files). */
    static final int MAX_SHEETS = 64;
    /** Most rows of one sheet. */
    static final int MAX_ROWS = 200_000;
    /** Most columns of one sheet: no sheet of the layout comes near. */
    static final int MAX_COLUMNS = 64;
    /** Most characters of a cell: Excel's own limit (the JSON reader's texts are shorter still: 1,000). */
    static final int MAX_CELL_CHARS = 32_767;

    private WorkbookLimits() {
    }
}
