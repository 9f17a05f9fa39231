package org.peermatch.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.report.ProposalJson;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.text.Messages;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded generated programmes, using every sheet (half-days, closed days, members with every field, needs,
 * competences, offers of every mode, availability, unavailable days, history, rooms, pinned and forbidden pairs,
 * weights, earlier sessions), go to a workbook and to CSV files and back to the same document; solving the
 * original and the read-back programme with the same seed and move limit gives byte-identical proposals.
 */
class GeneratedRoundTripTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> TOPICS = List.of("business-model", "pitch", "touring", "funding", "marketing",
            "legal", "export");
    private static final List<String> SECTORS = List.of("music", "publishing", "design", "games");
    private static final List<String> HALF_DAYS = List.of("MON-AM", "TUE-PM", "WED-AM", "THU-PM", "FRI-AM");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aGeneratedProgrammeGoesToAWorkbookAndBackAndSolvesTheSame(long seed) throws Exception {
        String json = generate(seed);
        Programme original = ProgrammeReader.read(json, "generated.json");
        Path xlsx = folder.resolve("generated-" + seed + ".xlsx");
        Files.write(xlsx, ProgrammeWorkbook.toXlsx(json, "generated.json", Messages.french()));
        String back = ProgrammeWorkbook.toJson(xlsx, Messages.english());
        assertThat(ProgrammeWorkbookTest.normalized(back)).isEqualTo(ProgrammeWorkbookTest.normalized(json));
        Programme read = ProgrammeWorkbook.read(xlsx, Messages.english());
        assertThat(read).isEqualTo(original);

        Path csv = folder.resolve("generated-" + seed);
        Files.createDirectories(csv);
        for (Map.Entry<String, String> file : ProgrammeWorkbook.toCsv(json, "generated.json", Messages.english())
                .entrySet()) {
            Files.writeString(csv.resolve(file.getKey()), file.getValue());
        }
        assertThat(ProgrammeWorkbookTest.normalized(ProgrammeWorkbook.toJson(csv, Messages.english())))
                .isEqualTo(ProgrammeWorkbookTest.normalized(json));

        SolverSettings settings = new SolverSettings(null, null, 300L, seed);
        String fromJson = ProposalJson.toJson(PeerMatch.solve(original.withSolver(settings)), original);
        String fromWorkbook = ProposalJson.toJson(PeerMatch.solve(read.withSolver(settings)), read);
        assertThat(fromWorkbook).isEqualTo(fromJson);
    }

    /** @return a valid programme document drawn from the seed */
    static String generate(long seed) {
        Random random = new Random(seed);
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode programme = root.putObject("programme");
        programme.put("name", "Généré « " + seed + " »");
        programme.put("start", "2027-01-11");
        programme.put("end", "2027-06-30");
        ArrayNode halfDays = programme.putArray("halfDays");
        halfDays.addObject().put("id", "AM").put("start", "09:00").put("end", "12:30");
        halfDays.addObject().put("id", "PM").put("start", "14:00").put("end", "17:30");
        programme.putArray("closed").addObject().put("from", "2027-04-19").put("to", "2027-04-23")
                .put("reason", "vacances, printemps");
        root.putObject("rules").putObject("accompaniment").put("minimumLevel", 3).put("maxResourcePersons", 2);
        int count = 12 + random.nextInt(8);
        ArrayNode members = root.putArray("members");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("m" + seed + "-" + i);
        }
        for (int i = 0; i < count; i++) {
            ObjectNode member = members.addObject();
            member.put("id", ids.get(i));
            member.put("name", "Membre " + i + (i % 3 == 0 ? ", d’Occitanie" : ""));
            member.put("organization", "Structure " + (i % 5));
            member.putArray("sectors").add(SECTORS.get(i % SECTORS.size()));
            boolean resource = i < 4;
            if (resource) {
                ArrayNode competences = member.putArray("competences");
                for (String topic : TOPICS) {
                    competences.addObject().put("topic", topic).put("level", i == 0 ? 5 : 3 + random.nextInt(3));
                }
                ObjectNode offers = member.putObject("offers");
                offers.putObject("accompaniment").put("hours", 20 + random.nextInt(20)).put("participants", 4);
                if (i == 1) {
                    offers.putObject("workshop").put("sessions", 2).put("participants", 12);
                }
            } else {
                member.putArray("requests").add("accompaniment");
                ArrayNode needs = member.putArray("needs");
                int first = random.nextInt(TOPICS.size());
                for (int n = 0; n < 1 + random.nextInt(3); n++) {
                    needs.addObject().put("topic", TOPICS.get((first + n) % TOPICS.size()))
                            .put("priority", 1 + random.nextInt(3)).put("hours", 2 + 2 * random.nextInt(4));
                }
                member.putArray("competences").addObject().put("topic", TOPICS.get(random.nextInt(TOPICS.size())))
                        .put("level", 1 + random.nextInt(5));
            }
            if (random.nextBoolean()) {
                member.put("experienceYears", random.nextInt(30));
                member.putArray("tags").add("festival").add("touring");
                ObjectNode location = member.putObject("location");
                location.put("latitude", 43.6 + random.nextInt(1000) / 10_000.0);
                location.put("longitude", 1.4 + random.nextInt(1000) / 10_000.0);
            }
            if (random.nextInt(3) == 0) {
                ObjectNode availability = member.putObject("availability");
                ArrayNode weekly = availability.putArray("weekly");
                ArrayNode days = weekly.addObject().put("from", "2027-01-11").put("to", "2027-06-30")
                        .putArray("halfDays");
                for (String halfDay : HALF_DAYS) {
                    days.add(halfDay);
                }
                availability.putArray("unavailable").add(LocalDate.of(2027, 2, 1 + random.nextInt(20)).toString());
            }
            if (i == count - 1) {
                member.putArray("conflicts").add(ids.get(2));
            }
        }
        ArrayNode history = root.putArray("history");
        for (int h = 0; h < 3; h++) {
            history.addObject().put("mode", h == 0 ? "other" : "accompaniment").put("date", "2026-0" + (h + 3) + "-12")
                    .putArray("members").add(ids.get(h)).add(ids.get(4 + h));
        }
        root.putArray("rooms").addObject().put("id", "salle-" + seed).put("name", "Salle Garonne")
                .put("capacity", 20).putArray("unavailable").add("2027-03-02");
        ObjectNode decisions = root.putObject("decisions");
        String pinnedTopic = members.get(4).get("needs").get(0).get("topic").asString();
        decisions.putArray("pinned").addObject().put("participant", ids.get(4)).put("resource", ids.get(0))
                .put("topic", pinnedTopic);
        decisions.putArray("forbidden").addObject().put("reason", "différend en cours").putArray("members")
                .add(ids.get(5)).add(ids.get(1));
        root.putObject("weights").put("same-sector", 60 + random.nextInt(10));
        ObjectNode calendar = root.putObject("calendar");
        calendar.put("replanFrom", "2027-03-01");
        ArrayNode sessions = calendar.putArray("sessions");
        sessions.addObject().put("mode", "accompaniment").put("date", "2027-02-02").put("halfDay", "AM")
                .put("status", "held").putArray("members").add(ids.get(4)).add(ids.get(0));
        sessions.addObject().put("mode", "accompaniment").put("date", "2027-02-16").put("halfDay", "PM")
                .put("status", "cancelled").put("late", true).put("reason", "maladie")
                .putArray("members").add(ids.get(4)).add(ids.get(0));
        root.putObject("solver").put("moveCountLimit", 1000).put("seed", seed);
        return MAPPER.writeValueAsString(root);
    }
}
