package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code template}, {@code convert}, and {@code solve} / {@code validate} reading a workbook. */
class WorkbookCommandsTest {

    private static final String MOVES = "300";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void theTemplateIsWrittenOnceInTheLanguageAsked() throws IOException {
        Path xlsx = folder.resolve("programme.xlsx");
        Cli.Result result = Cli.run("template", "--out", xlsx.toString(), "--lang", "fr");
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Mode d’emploi");
        }
        byte[] before = Files.readAllBytes(xlsx);
        Cli.Result again = Cli.run("template", "--out", xlsx.toString(), "--lang", "en");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("exists already", "Maybe");
        assertThat(Files.readAllBytes(xlsx)).isEqualTo(before);
        assertThat(Cli.run("template", "--out", folder.resolve("x.xlsx").toString(), "--lang", "de").exitCode())
                .isEqualTo(2);
    }

    @Test
    void theDemoGoesToAWorkbookAndBackAndSolvesTheSameFromBoth() throws IOException {
        Path json = folder.resolve("demo.json");
        Files.write(json, demo());
        Path xlsx = folder.resolve("demo.xlsx");
        assertThat(Cli.run("convert", json.toString(), xlsx.toString(), "--lang", "fr").exitCode()).isZero();
        Path back = folder.resolve("back.json");
        assertThat(Cli.run("convert", xlsx.toString(), back.toString()).exitCode()).isZero();
        assertThat(MAPPER.readTree(Files.readString(back))).isEqualTo(MAPPER.readTree(
                MAPPER.writeValueAsString(pruned(MAPPER.readTree(demo())))));
        Path csv = folder.resolve("demo-csv");
        assertThat(Cli.run("convert", xlsx.toString(), csv.toString(), "--lang", "fr").exitCode()).isZero();
        assertThat(csv.resolve("members.csv")).exists();
        assertThat(Cli.run("validate", csv.toString()).exitCode()).isZero();

        Cli.Result fromJson = solve(json, "from-json");
        Cli.Result fromXlsx = solve(xlsx, "from-xlsx");
        assertThat(fromXlsx.exitCode()).as(fromXlsx.err()).isEqualTo(fromJson.exitCode());
        assertThat(Files.readAllBytes(folder.resolve("from-xlsx.json")))
                .isEqualTo(Files.readAllBytes(folder.resolve("from-json.json")));
        assertThat(Files.readAllBytes(folder.resolve("from-xlsx.html")))
                .isEqualTo(Files.readAllBytes(folder.resolve("from-json.html")));
    }

    private Cli.Result solve(Path programme, String name) {
        return Cli.run("solve", programme.toString(), "--move-limit", MOVES, "--seed", "5",
                "--out", folder.resolve(name + ".json").toString(), "--report", folder.resolve(name + ".html").toString(),
                "--calendar", folder.resolve(name + "-calendar").toString());
    }

    @Test
    void aBrokenWorkbookNamesEachCellAndWritesNothing() throws IOException {
        Path json = folder.resolve("demo.json");
        Files.write(json, demo());
        Path xlsx = folder.resolve("broken.xlsx");
        assertThat(Cli.run("convert", json.toString(), xlsx.toString(), "--lang", "fr").exitCode()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            workbook.getSheet("Besoins").getRow(13).getCell(2).setCellValue(7);
            var history = workbook.getSheet("Historique").getRow(1).getCell(0);
            history.setCellValue(history.getStringCellValue() + ", inconnu");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(xlsx, out.toByteArray());
        }
        byte[] before = Files.readAllBytes(xlsx);
        Cli.Result validate = Cli.run("validate", xlsx.toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains("Besoins!C14 (priorité): ", "Historique!A2 (membres): ", "inconnu",
                "Maybe", "2 problems");
        Cli.Result solve = Cli.run("solve", xlsx.toString(), "--move-limit", MOVES);
        assertThat(solve.exitCode()).isEqualTo(2);
        assertThat(folder.resolve("broken-proposal.json")).doesNotExist();
        Cli.Result convert = Cli.run("convert", xlsx.toString(), folder.resolve("out.json").toString());
        assertThat(convert.exitCode()).isEqualTo(2);
        assertThat(folder.resolve("out.json")).doesNotExist();
        assertThat(Files.readAllBytes(xlsx)).isEqualTo(before);
        assertThat(Cli.run("convert", xlsx.toString(), xlsx.toString()).exitCode()).isEqualTo(2);
    }

    /** Issue 13's Done-when: the same two problems, in French with {@code --lang fr}, each at its cell. */
    @Test
    void aBrokenWorkbookIsToldInFrench() throws IOException {
        Path xlsx = folder.resolve("d.xlsx");
        assertThat(Cli.run("template", "--demo", "--out", xlsx.toString(), "--lang", "fr").exitCode()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            workbook.getSheet("Besoins").getRow(13).getCell(2).setCellValue(7);
            var history = workbook.getSheet("Historique").getRow(1).getCell(0);
            history.setCellValue(history.getStringCellValue() + ", inconnu");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(xlsx, out.toByteArray());
        }

        Cli.Result validate = Cli.run("validate", xlsx.toString(), "--lang", "fr");

        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains("Besoins!C14 (priorité)", "Historique!A2 (membres)", "inconnu",
                "7 n’est pas entre 1 et 3", "`inconnu` n’est l’identifiant d’aucun membre", "Peut-être",
                "2 problèmes")
                .doesNotContain("Maybe", "is out of range", "is not the id of", "problems");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedInOneLine() throws IOException {
        Path xlsx = folder.resolve("fake.xlsx");
        Files.writeString(xlsx, "id,name\nm1,Camille\n");
        Cli.Result result = Cli.run("validate", xlsx.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("fake.xlsx", "cannot be read as a workbook", "Maybe")
                .doesNotContain("\tat ");
    }

    static byte[] demo() throws IOException {
        try (InputStream in = WorkbookCommandsTest.class.getResourceAsStream(DemoCommand.RESOURCE)) {
            return in.readAllBytes();
        }
    }

    /** @return the document without empty lists or objects (a workbook has no row for them) */
    private static JsonNode pruned(JsonNode node) {
        if (node.isObject()) {
            var object = MAPPER.createObjectNode();
            node.properties().forEach(entry -> {
                JsonNode value = pruned(entry.getValue());
                if (!(value.isContainer() && value.isEmpty())) {
                    object.set(entry.getKey(), value);
                }
            });
            return object;
        }
        if (node.isArray()) {
            var array = MAPPER.createArrayNode();
            node.forEach(item -> array.add(pruned(item)));
            return array;
        }
        return node;
    }
}
