package org.peermatch.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermatch.core.io.InvalidInputException;
import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;

/**
 * Hostile workbooks are refused quickly with one located problem: zip bombs, external entities, sheets beyond the
 * limits; formulas are read by their cached value, never evaluated.
 */
class WorkbookSafetyTest {

    @TempDir
    Path folder;

    private byte[] demoXlsx() throws Exception {
        return ProgrammeWorkbook.toXlsx(ProgrammeWorkbookTest.demo(), "demo.json", Messages.english());
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] rewrite(byte[] xlsx, String entryName, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String problems(Path file) {
        try {
            ProgrammeWorkbook.read(file, Messages.english());
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("The workbook was accepted.");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] bomb = rewrite(demoXlsx(), "xl/worksheets/sheet5.xml",
                xml -> xml.replace("</worksheet>", " ".repeat(30_000_000) + "</worksheet>"));
        assertThat(bomb.length).isLessThan(1_000_000);
        assertThat(problems(file("bomb.xlsx", bomb))).contains("cannot be read as a workbook", "Maybe");
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        byte[] xxe = rewrite(demoXlsx(), "xl/worksheets/sheet2.xml", xml -> xml.replaceFirst("<\\?xml[^>]*>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")
                .replaceFirst("<v>[^<]*</v>", "<v>&e;</v>"));
        String problems = problems(file("xxe.xlsx", xxe));
        assertThat(problems).contains("cannot be read as a workbook").doesNotContain("root:");
    }

    @Test
    void sheetsBeyondTheLimitsAreRefusedAtTheirPlace() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(demoXlsx()))) {
            workbook.getSheet("Needs").createRow(WorkbookLimits.MAX_ROWS + 10).createCell(0).setCellValue("x");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            assertThat(problems(file("rows.xlsx", out.toByteArray()))).contains("Needs: the sheet `Needs` has more "
                    + "than 200,000 rows.");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(demoXlsx()))) {
            workbook.getSheet("Members").getRow(1).createCell(WorkbookLimits.MAX_COLUMNS + 1).setCellValue("x");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            String problems = problems(file("wide.xlsx", out.toByteArray()));
            assertThat(problems).contains("Members!BN2: the sheet `Members` has more than 64 columns.");
        }
        // Excel holds at most 32,767 characters in a cell; a file written by other means may hold more.
        byte[] long_ = rewrite(demoXlsx(), "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("<t>[^<]*</t>", "<t>" + "é".repeat(WorkbookLimits.MAX_CELL_CHARS + 1) + "</t>"));
        assertThat(problems(file("long.xlsx", long_))).contains("How to use!A1: this cell holds 32,768 characters");
    }

    @Test
    void formulasAreReadByTheirCachedValue() throws Exception {
        Path file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(demoXlsx()))) {
            workbook.getSheet("Needs").getRow(1).getCell(2).setCellFormula("1+1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = file("formula.xlsx", out.toByteArray());
        }
        Programme programme = ProgrammeWorkbook.read(file, Messages.english());
        assertThat(programme.members().stream().filter(m -> !m.needs().isEmpty()).findFirst().orElseThrow()
                .needs().get(0).priority()).isEqualTo(2);
    }

    @Test
    void aMissingFileAndAFileThatIsNoWorkbookSaySo() throws Exception {
        assertThatThrownBy(() -> ProgrammeWorkbook.read(folder.resolve("none.xlsx"), Messages.french()))
                .hasMessageContaining("le fichier n’existe pas").hasMessageContaining("Peut-être");
        assertThat(problems(file("text.xlsx", "hello".getBytes(StandardCharsets.UTF_8))))
                .contains("cannot be read as a workbook");
    }
}
