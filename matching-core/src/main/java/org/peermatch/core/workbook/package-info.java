/**
 * The programme document as a workbook a steering committee can fill in a spreadsheet: an XLSX file (Apache POI)
 * or a folder of CSV files, one per sheet, with headers in French or English and the document's field beside each.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * byte[] empty = ProgrammeWorkbook.template(Messages.french());
 * byte[] filled = ProgrammeWorkbook.toXlsx(json, "demo.json", Messages.french());
 * Programme programme = ProgrammeWorkbook.read(Path.of("programme.xlsx"), Messages.french());
 * }</pre>
 *
 * <h2>How it works</h2>
 * {@code Layout} describes the sheets once. Reading ({@code XlsxTables} or {@code CsvTables}) gives texts per cell;
 * {@code DocumentBuilder} turns them into the JSON document, remembering each value's cell; {@code LocatedJson}
 * writes it one value per line; {@link org.peermatch.core.io.ProgrammeReader} validates it as any document, and
 * each problem's line is mapped back to its cell. Writing ({@code TableMaker}, {@code XlsxWriter}) is the inverse.
 * The package uses the model and io packages only.
 */
package org.peermatch.core.workbook;
