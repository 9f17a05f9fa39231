package org.peermatch.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peermatch.core.io.InputProblem;
import org.peermatch.core.io.InvalidInputException;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The programme workbook holds the whole document: written then read back, it gives the same document. */
class ProgrammeWorkbookTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path folder;

    static String demo() throws IOException {
        try (InputStream in = ProgrammeWorkbookTest.class
                .getResourceAsStream("/org/peermatch/core/demo/demo-programme.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theDemoGoesToAWorkbookAndBackUnchanged(String language) throws Exception {
        Messages messages = Messages.forLanguage(language);
        String json = demo();
        Path xlsx = folder.resolve("demo.xlsx");
        Files.write(xlsx, ProgrammeWorkbook.toXlsx(json, "demo.json", messages));

        Programme original = ProgrammeReader.read(json, "demo.json");
        assertThat(ProgrammeWorkbook.read(xlsx, Messages.english())).isEqualTo(original);
        String back = ProgrammeWorkbook.toJson(xlsx, messages);
        assertThat(ProgrammeReader.read(back, "back.json")).isEqualTo(original);
        assertThat(normalized(back)).isEqualTo(normalized(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void applicationsAndTheLanguageGoToAWorkbookAndBackUnchanged(String language) throws Exception {
        // Wishes, motivation, eligibility, the orientation rules, its fit table and decisions, the language, an
        // email, the coordinator and the weekly meeting limit.
        ObjectNode document = (ObjectNode) MAPPER.readTree(
                Files.readString(Path.of("../examples/applicants-programme.json"), StandardCharsets.UTF_8));
        ((ObjectNode) document.get("programme")).put("language", language);
        ((ObjectNode) document.get("members").get(0)).put("email", "sarah.garnier@example.org");
        ((ObjectNode) document.get("programme")).putObject("coordinator").put("name", "Inès Carrère")
                .put("email", "coordination@example.org");
        ((ObjectNode) document.get("rules")).putObject("calendar").put("maxMeetingsPerWeekPerResource", 2);
        String json = MAPPER.writeValueAsString(document);
        Programme original = ProgrammeReader.read(json, "applicants.json");
        assertThat(original.applications().applications()).isNotEmpty();
        assertThat(original.applications().decisions()).isNotEmpty();
        assertThat(original.coordinator()).isNotNull();

        Path xlsx = folder.resolve("applicants.xlsx");
        Files.write(xlsx, ProgrammeWorkbook.toXlsx(json, "applicants.json", Messages.forLanguage(language)));
        assertThat(ProgrammeWorkbook.read(xlsx, Messages.english())).isEqualTo(original);
        assertThat(normalized(ProgrammeWorkbook.toJson(xlsx, Messages.english()))).isEqualTo(normalized(json));
    }

    @Test
    void theDemoGoesToCsvFilesAndBackUnchanged() throws Exception {
        String json = demo();
        Path csv = folder.resolve("demo-csv");
        Files.createDirectories(csv);
        for (Map.Entry<String, String> file : ProgrammeWorkbook.toCsv(json, "demo.json", Messages.french())
                .entrySet()) {
            Files.writeString(csv.resolve(file.getKey()), file.getValue());
        }
        assertThat(csv.resolve("needs.csv")).exists();
        assertThat(normalized(ProgrammeWorkbook.toJson(csv, Messages.french()))).isEqualTo(normalized(json));
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws Exception {
        String json = demo();
        assertThat(ProgrammeWorkbook.toXlsx(json, "demo.json", Messages.french()))
                .isEqualTo(ProgrammeWorkbook.toXlsx(json, "demo.json", Messages.french()));
        assertThat(ProgrammeWorkbook.template(Messages.english())).isEqualTo(ProgrammeWorkbook.template(
                Messages.english()));
    }

    @Test
    void theTemplateHasEverySheetWithHelpFirst() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                ProgrammeWorkbook.template(Messages.french())))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Mode d’emploi");
            assertThat(workbook.getSheet("Besoins").getRow(0).getCell(2).getStringCellValue())
                    .isEqualTo("priorité (priority)");
            assertThat(workbook.getSheet("Besoins").getDataValidations()).isNotEmpty();
            assertThat(workbook.getNumberOfSheets()).isEqualTo(Layout.SHEETS.size() + 1);
        }
    }

    @Test
    void problemsAreReportedAtTheirCellsAllAtOnce() throws Exception {
        byte[] bytes = ProgrammeWorkbook.toXlsx(demo(), "demo.json", Messages.french());
        Path xlsx = folder.resolve("broken.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet needs = workbook.getSheet("Besoins");
            needs.getRow(13).getCell(2).setCellValue(7);
            Sheet history = workbook.getSheet("Historique");
            history.getRow(1).getCell(0).setCellValue(history.getRow(1).getCell(0).getStringCellValue() + ", zz99");
            Sheet competences = workbook.getSheet("Compétences");
            competences.getRow(2).getCell(0).setCellValue("lea-garnierr");
            workbook.getSheet("Membres").getRow(0).createCell(20).setCellValue("Commentaire libre");
            workbook.createSheet("Feuil1").createRow(0).createCell(0).setCellValue("x");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(xlsx, out.toByteArray());
        }
        byte[] before = Files.readAllBytes(xlsx);
        assertThatThrownBy(() -> ProgrammeWorkbook.read(xlsx, Messages.french()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    List<String> messages = e.problems().stream().map(InputProblem::format).toList();
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("Besoins!C14 (priorité): ")
                            .contains("7"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("Historique!A2 (membres): ")
                            .contains("zz99"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("Compétences!A3 (membre): ")
                            .contains("lea-garnierr").contains("Peut-être « lea-garnier »"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("Membres!U1: ")
                            .contains("Commentaire libre"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("Feuil1: "));
                    assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContain("Maybe Peut-être"));
                });
        assertThat(Files.readAllBytes(xlsx)).isEqualTo(before);
    }

    /** @return the document with lists and objects left empty removed, keys sorted: what the workbook keeps */
    static JsonNode normalized(String json) {
        return prune(MAPPER.readTree(json));
    }

    private static JsonNode prune(JsonNode node) {
        if (node.isObject()) {
            var object = MAPPER.createObjectNode();
            node.properties().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                JsonNode value = prune(entry.getValue());
                if (!(value.isContainer() && value.isEmpty())) {
                    object.set(entry.getKey(), value);
                }
            });
            return object;
        }
        if (node.isArray()) {
            var array = MAPPER.createArrayNode();
            node.forEach(item -> array.add(prune(item)));
            return array;
        }
        if (node.isNumber()) {
            return MAPPER.getNodeFactory().numberNode(node.decimalValue().stripTrailingZeros());
        }
        return node;
    }
}
