package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code solve --xlsx} writes the proposal as a workbook; {@code solve --decisions} reads its décision column back:
 * every "garder" pair is kept, no "interdire" pair is made, and a decision the programme cannot accept is a problem
 * at its cell.
 */
class DecisionsWorkbookTest {

    private static final String MOVES = "300";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path folder;

    private Path programme;
    private Path proposal;

    @BeforeEach
    void solveOnce() throws IOException {
        programme = folder.resolve("demo.json");
        Files.write(programme, WorkbookCommandsTest.demo());
        proposal = folder.resolve("proposal.xlsx");
        Cli.Result result = Cli.run("solve", programme.toString(), "--move-limit", MOVES, "--xlsx",
                proposal.toString(), "--lang", "fr");
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        assertThat(result.err()).contains("Écrit : " + proposal);
    }

    private Path edited(String name, Consumer<Sheet> edit) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(proposal))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Mode d’emploi");
            assertThat(workbook.getSheet("Calendrier")).isNotNull();
            Sheet pairs = workbook.getSheet("Paires");
            assertThat(pairs.getRow(0).getCell(9).getStringCellValue()).isEqualTo("décision (decision)");
            edit.accept(pairs);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }

    private static String cell(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    @Test
    void keptPairsAreKeptAndForbiddenPairsAreNeverMade() throws IOException {
        List<String[]> kept = new ArrayList<>();
        List<String[]> forbidden = new ArrayList<>();
        Path decisions = edited("decided.xlsx", pairs -> {
            List<String> keptPairs = new ArrayList<>();
            for (int r = 1; r <= pairs.getLastRowNum() && forbidden.size() < 2; r++) {
                Row row = pairs.getRow(r);
                String[] pair = {cell(row, 0), cell(row, 4), cell(row, 2)};
                String key = pair[0] + "/" + pair[1];
                if (kept.size() < 4) {
                    row.createCell(9).setCellValue("garder");
                    kept.add(pair);
                    keptPairs.add(key);
                } else if (!keptPairs.contains(key)) {
                    row.createCell(9).setCellValue("interdire");
                    forbidden.add(pair);
                }
            }
        });
        Path again = folder.resolve("again.json");
        Cli.Result result = Cli.run("solve", programme.toString(), "--decisions", decisions.toString(),
                "--move-limit", MOVES, "--seed", "9", "--out", again.toString());
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        JsonNode pairs = MAPPER.readTree(Files.readString(again)).path("pairs");
        for (String[] pair : kept) {
            assertThat(pairs).anySatisfy(made -> {
                assertThat(made.path("participant").asString()).isEqualTo(pair[0]);
                assertThat(made.path("resource").asString()).isEqualTo(pair[1]);
                assertThat(made.path("topic").asString()).isEqualTo(pair[2]);
                assertThat(made.path("pinned").asBoolean()).isTrue();
            });
        }
        for (String[] pair : forbidden) {
            assertThat(pairs).noneSatisfy(made -> {
                assertThat(made.path("participant").asString()).isEqualTo(pair[0]);
                assertThat(made.path("resource").asString()).isEqualTo(pair[1]);
            });
        }
    }

    @Test
    void aDecisionTheProgrammeCannotAcceptIsAProblemAtItsCell() throws IOException {
        Path decisions = edited("wrong.xlsx", pairs -> {
            pairs.getRow(1).createCell(9).setCellValue("peut-être");
            Row kept = pairs.getRow(2);
            kept.createCell(9).setCellValue("garder");
            kept.getCell(4).setCellValue("personne-inconnue");
        });
        byte[] before = Files.readAllBytes(decisions);
        Path again = folder.resolve("refused.json");
        Cli.Result result = Cli.run("solve", programme.toString(), "--decisions", decisions.toString(),
                "--move-limit", MOVES, "--out", again.toString(), "--lang", "fr");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Paires!J2 (décision): « peut-être » n’est pas une décision.",
                "Peut-être choisir garder ou interdire", "Paires!E3 (personne ressource): ", "personne-inconnue");
        assertThat(again).doesNotExist();
        assertThat(Files.readAllBytes(decisions)).isEqualTo(before);
    }
}
