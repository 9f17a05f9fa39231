package org.peermatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken documents under {@code broken/}: each is the valid full sample with exactly one mistake, and
 * the reader must report exactly that one problem, at the right line, column and path, with advice.
 *
 * <p>Expected lines and columns were computed independently of the reader, by locating the mistake in the text.
 */
class BrokenDocumentCorpusTest {

    /**
     * @return file name (without .json), line, column, path, a fragment of the message, a fragment of the advice,
     *         and whether the JSON Schema detects the mistake too (used by {@link ProgrammeSchemaTest})
     */
    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("syntax-missing-comma", 24, 7, "$.members[0].name",
                        "a `,` is missing",
                        "Maybe add `,`", true),
                Arguments.of("syntax-trailing-comma", 42, 36, "$.members[0]",
                        "this `,` is followed by `}`",
                        "Maybe remove this `,`", true),
                Arguments.of("syntax-unclosed", 86, 16, "$.decisions",
                        "this object is never closed: the document ends before its `}` (and 1 more bracket around it).",
                        "Maybe add `}` where the object should end, then `}` at the end of the document.", true),
                Arguments.of("syntax-comment", 6, 33, "$.programme.timeZone",
                        "JSON does not allow comments",
                        "Maybe remove the comment", true),
                Arguments.of("syntax-unclosed-text", 46, 28, "$.members[1].name",
                        "this text is not closed",
                        "Maybe add `\"`", true),
                Arguments.of("syntax-bad-token", 97, 100, "$.solver.seed",
                        "`fourty-two` is not a valid JSON value",
                        "Maybe write text in double quotes", true),
                Arguments.of("syntax-leading-zero", 29, 56, "$.members[0].needs[1].priority",
                        "`02` is not a valid number",
                        "Maybe write 2", true),
                Arguments.of("unknown-field", 48, 7, "$.members[1].sector",
                        "`sector` is not a field of a member",
                        "Maybe you meant `sectors`?", true),
                Arguments.of("unknown-root-field", 96, 3, "$.weight",
                        "`weight` is not a field of a programme document",
                        "Maybe you meant `weights`?", true),
                Arguments.of("unknown-field-far", 92, 35, "$.decisions.forbidden[0].why",
                        "`why` is not a field of a forbidden pair",
                        "Maybe use one of the fields of a forbidden pair: `members`, `reason`.", true),
                Arguments.of("unknown-mode", 63, 20, "$.members[2].requests[0]",
                        "`imersion` is not a mode",
                        "Maybe you meant `immersion`?", true),
                Arguments.of("unknown-offer-mode", 55, 9, "$.members[1].offers.workshops",
                        "`workshops` is not a mode that can be offered",
                        "Maybe you meant `workshop`?", true),
                Arguments.of("unknown-history-mode", 84, 48, "$.history[1].mode",
                        "`networking` is not a mode",
                        "Maybe use one of the modes: `accompaniment`, `immersion`, `codevelopment`, `workshop`,"
                                + " `other`.", true),
                Arguments.of("unknown-day", 36, 67, "$.members[0].availability.weekly[0].halfDays[0]",
                        "`MOM` in `MOM-AM` is not a day of the week",
                        "Maybe you meant `MON`?", true),
                Arguments.of("unknown-slot", 77, 25, "$.members[3].availability.weekly[0].halfDays[0]",
                        "`EVE` in `TUE-EVE` is not a half-day of the programme",
                        "Maybe use one of the programme's half-days: `AM`, `PM`.", false),
                Arguments.of("unknown-constraint", 96, 15, "$.weights.same-sectr",
                        "`same-sectr` is not a constraint id",
                        "Maybe you meant `same-sector`?", true),
                Arguments.of("unknown-member-history", 83, 25, "$.history[0].members[1]",
                        "`m07` is not the id of a member",
                        "Maybe you meant one of `m01` (Camille Martin), `m02` (Sami Benali), `m03` (Lou Garcia),"
                                + " `m04` (Nora Petit)?", false),
                Arguments.of("unknown-member-name", 42, 30, "$.members[0].preferences[1]",
                        "`Nora Petit` is not the id of a member",
                        "Maybe you meant `m04`: write the member's id, not their name.", false),
                Arguments.of("unknown-member-far", 89, 42, "$.decisions.pinned[1].resource",
                        "`someone` is not the id of a member",
                        "Maybe use the id of one of the 4 members (`m01`, `m02`, `m03`, `m04`)", false),
                Arguments.of("type-text-for-number", 28, 61, "$.members[0].needs[0].hours",
                        "expected a whole number, found text \"6\"",
                        "Maybe write 6 without quotes.", true),
                Arguments.of("type-number-for-text", 68, 23, "$.members[3].organization",
                        "expected text, found the number 42",
                        "Maybe put it in double quotes: \"42\".", true),
                Arguments.of("type-text-for-list", 40, 20, "$.members[0].conflicts",
                        "expected a list of member ids, found text \"m03\"",
                        "Maybe put it in square brackets: [\"m03\"].", true),
                Arguments.of("type-null", 60, 15, "$.members[2].name",
                        "expected text, found null",
                        "Maybe remove the field", true),
                Arguments.of("type-fraction", 70, 53, "$.members[3].competences[0].level",
                        "expected a whole number, found the number 4.5",
                        "Maybe write a whole number here.", true),
                Arguments.of("missing-field", 65, 5, "$.members[3].organization",
                        "`organization` is missing: a member needs one",
                        "Maybe add \"organization\": \"Le Bikini\" to this member.", true),
                Arguments.of("missing-programme-date", 2, 16, "$.programme.end",
                        "`end` is missing: the programme needs one",
                        "Maybe add \"end\": \"2027-12-17\"", true),
                Arguments.of("duplicate-member-id", 81, 12, "$.members[4].id",
                        "member id `m02` is used twice: at line 45:13 (Sami Benali) and here (Sam Benali)",
                        "Maybe give each member their own id.", false),
                Arguments.of("duplicate-topic", 29, 19, "$.members[0].needs[1].topic",
                        "topic `business-model` appears twice in the needs of m01 (Camille Martin) (also at line 28:19)",
                        "Maybe merge them into one need", false),
                Arguments.of("duplicate-competence", 51, 19, "$.members[1].competences[1].topic",
                        "topic `business-model` appears twice in the competences of m02 (Sami Benali)",
                        "Maybe keep one competence per topic", false),
                Arguments.of("duplicate-json-key", 61, 7, "$.members[2].name",
                        "`name` appears twice in this object (first at line 60:7)",
                        "Maybe remove one of them", false),
                Arguments.of("duplicate-preference", 42, 37, "$.members[0].preferences[2]",
                        "the member `m02` is listed twice",
                        "Maybe remove one of them.", true),
                Arguments.of("level-out-of-range", 32, 39, "$.members[0].competences[0].level",
                        "level 7 is out of range 1..5.",
                        "Maybe use a level between 1 (notions) and 5 (expert).", true),
                Arguments.of("priority-out-of-range", 29, 56, "$.members[0].needs[1].priority",
                        "priority 4 is out of range 1..3.",
                        "Maybe use a priority between 1 (essential) and 3 (nice to have).", true),
                Arguments.of("hours-out-of-range", 28, 61, "$.members[0].needs[0].hours",
                        "hours 250 is out of range 1..200.",
                        "Maybe give the hours", true),
                Arguments.of("capacity-out-of-range", 54, 56, "$.members[1].offers.accompaniment.participants",
                        "participants 0 is out of range 1..100.",
                        "Maybe give how many participants", true),
                Arguments.of("offer-hours-missing", 73, 26, "$.members[3].offers.accompaniment.hours",
                        "`hours` is missing: an offer needs one",
                        "Maybe add \"hours\": 20", true),
                Arguments.of("weight-out-of-range", 96, 30, "$.weights.same-sector",
                        "the weight 2000000 is out of range 0..1000000.",
                        "Maybe use a weight from 0", true),
                Arguments.of("move-count-zero", 97, 84, "$.solver.moveCountLimit",
                        "moveCountLimit 0 is out of range: it must be at least 1.",
                        "Maybe use a move count of at least 1", true),
                Arguments.of("immersion-days-missing", 56, 22, "$.members[1].offers.immersion.days",
                        "`days` is missing: an offer needs one",
                        "Maybe add \"days\": 2", true),
                Arguments.of("days-outside-immersion", 73, 67, "$.members[3].offers.accompaniment.days",
                        "`days` only counts for immersion offers, not for accompaniment.",
                        "Maybe remove `days`", true),
                Arguments.of("mentor-without-experience", 53, 17, "$.members[1].offers",
                        "m02 (Sami Benali) offers immersion days but gives no `experienceYears`.",
                        "Maybe add \"experienceYears\": 12", true),
                Arguments.of("latitude-out-of-range", 63, 32, "$.members[2].location.latitude",
                        "latitude 145.2 is out of range -90..90.",
                        "Maybe give the latitude in decimal degrees", true),
                Arguments.of("codevelopment-sizes-swapped", 19, 48, "$.rules.codevelopment.maxSize",
                        "maxSize 5 is smaller than minSize 8.",
                        "Maybe swap them", false),
                Arguments.of("same-sector-typo", 19, 33, "$.rules.immersion.sameSector",
                        "`prefered` is not a same-sector rule.",
                        "Maybe you meant `preferred`?", true),
                Arguments.of("objectives-without-immersion", 43, 21, "$.members[0].objectives",
                        "m01 (Camille Martin) gives immersion objectives but neither requests nor wishes for immersion.",
                        "Maybe add \"immersion\" to `requests`", true),
                Arguments.of("closed-period-reversed", 11, 45, "$.programme.closed[0].to",
                        "this closed period ends on 2027-07-26, before it starts (2027-08-20).",
                        "Maybe swap `from` and `to`.", false),
                Arguments.of("room-capacity-zero", 82, 74, "$.rooms[0].capacity",
                        "capacity 0 is out of range 1..1000.",
                        "Maybe give how many people the room seats", true),
                Arguments.of("session-status-typo", 100, 120, "$.calendar.sessions[0].status",
                        "`canceled` is not a session status.",
                        "Maybe you meant `cancelled`?", true),
                Arguments.of("late-held-session", 99, 136, "$.calendar.sessions[0].late",
                        "only a cancelled session can be late, not a held one.",
                        "Maybe remove `late`", true),
                Arguments.of("workshop-attendance-swapped", 19, 68, "$.rules.workshop.maxAttendance",
                        "maxAttendance 6 is smaller than minAttendance 12.",
                        "Maybe swap them", false),
                Arguments.of("rule-out-of-range", 14, 23, "$.rules.accompaniment.minimumLevel",
                        "minimumLevel 6 is out of range 1..5.",
                        "Maybe use a level between 1", true),
                Arguments.of("bad-date", 38, 39, "$.members[0].availability.unavailable[1]",
                        "`2027-02-30` is not a valid date: there is no such day.",
                        "Maybe check the month", false),
                Arguments.of("bad-date-format", 4, 14, "$.programme.start",
                        "`11/01/2027` is not a date.",
                        "Maybe write dates as YYYY-MM-DD, e.g. 2027-01-11.", true),
                Arguments.of("end-before-start", 5, 12, "$.programme.end",
                        "the programme ends on 2026-12-17, before it starts (2027-01-11).",
                        "Maybe swap `start` and `end`", false),
                Arguments.of("programme-too-long", 5, 12, "$.programme.end",
                        "the programme lasts more than 3 years",
                        "Maybe check the year of `end`", false),
                Arguments.of("weekly-from-after-to", 36, 40, "$.members[0].availability.weekly[0].to",
                        "this weekly availability ends on 2027-06-30, before it starts (2027-07-11).",
                        "Maybe swap `from` and `to`", false),
                Arguments.of("bad-time-zone", 6, 17, "$.programme.timeZone",
                        "`Europe/Pari` is not a known time zone.",
                        "Maybe you meant `Europe/Paris`?", false),
                Arguments.of("bad-time", 8, 29, "$.programme.halfDays[0].start",
                        "`9h00` is not a time of day.",
                        "Maybe write times as HH:mm", true),
                Arguments.of("half-day-end-before-start", 9, 45, "$.programme.halfDays[1].end",
                        "this half-day ends at 13:30, not after it starts (14:00).",
                        "Maybe swap `start` and `end`.", false),
                Arguments.of("bad-duration", 97, 27, "$.solver.timeLimit",
                        "`90 minutes` is not a duration.",
                        "Maybe write durations like 30s, 2m, 1h30m, 500ms or PT30S.", true),
                Arguments.of("huge-duration", 97, 27, "$.solver.timeLimit",
                        "the duration `3000000000000h` is longer than a day, the longest solver limit.",
                        "Maybe you meant minutes or seconds: write a duration of at most 24h", false),
                Arguments.of("bad-sector", 48, 19, "$.members[1].sectors[0]",
                        "`Édition Musicale` is not a valid sector id.",
                        "Maybe write `edition-musicale`", true),
                Arguments.of("bad-member-id", 81, 12, "$.members[4].id",
                        "`m 05` is not a valid member id.",
                        "Maybe write `m-05`", true),
                Arguments.of("self-listing", 40, 28, "$.members[0].conflicts[1]",
                        "m01 (Camille Martin) lists themselves in `conflicts`.",
                        "Maybe remove `m01` from this list.", false),
                Arguments.of("accompaniment-without-needs", 63, 33, "$.members[2].requests[1]",
                        "m03 (Lou Garcia) requests accompaniment but has no needs.",
                        "Maybe add their needs from the pre-diagnostic", false),
                Arguments.of("pinned-not-participant", 89, 23, "$.decisions.pinned[1].participant",
                        "the pinned participant m03 (Lou Garcia) does not request accompaniment.",
                        "Maybe add \"accompaniment\" to the requests of m03", false),
                Arguments.of("pinned-not-resource", 89, 42, "$.decisions.pinned[1].resource",
                        "the pinned resource person m03 (Lou Garcia) does not offer accompaniment.",
                        "Maybe add \"offers\"", false),
                Arguments.of("pinned-topic-not-need", 88, 58, "$.decisions.pinned[0].topic",
                        "topic `booking` is not among the needs of m01 (Camille Martin).",
                        "Maybe use one of their needs (`business-model`, `digital-communication`)", false),
                Arguments.of("pinned-need-twice", 89, 7, "$.decisions.pinned[1]",
                        "the need `business-model` of m01 (Camille Martin) is pinned twice, with m02 (",
                        "Maybe keep one of the two pins", false),
                Arguments.of("pinned-topic-typo", 88, 58, "$.decisions.pinned[0].topic",
                        "topic `busines-model` is not among the needs of m01 (Camille Martin).",
                        "Maybe you meant `business-model`?", false),
                Arguments.of("history-after-end", 83, 66, "$.history[0].date",
                        "this interaction is dated 2028-05-12, after the programme ends (2027-12-17).",
                        "Maybe check the year", false),
                Arguments.of("history-one-member", 83, 17, "$.history[0].members",
                        "this lists 1 member, at least 2 are needed.",
                        "Maybe list at least 2 different member ids.", true),
                Arguments.of("forbidden-three-members", 93, 19, "$.decisions.forbidden[1].members",
                        "this lists 3 members, exactly 2 are needed.",
                        "Maybe list exactly 2 different member ids.", true),
                Arguments.of("no-members", 20, 14, "$.members",
                        "the programme has no member.",
                        "Maybe add the members", true),
                Arguments.of("root-not-object", 1, 1, "$",
                        "expected a programme document (an object, {…}), found a list.",
                        "Maybe write a programme document", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void reportsTheOneMistakeWithItsLocationAndAdvice(String name, int line, int column, String path, String message,
            String advice, boolean schemaDetects) {
        Path file = corpusFile(name);

        InvalidInputException thrown =
                catchThrowableOfType(InvalidInputException.class, () -> ProgrammeReader.read(file));

        assertThat(thrown).as("%s must be refused", name).isNotNull();
        List<InputProblem> problems = thrown.problems();
        assertThat(problems).as(thrown.getMessage()).hasSize(1);
        InputProblem problem = problems.get(0);
        assertThat(problem.file()).isEqualTo(file.toString());
        assertThat(problem.line() + ":" + problem.column()).as(problem.format()).isEqualTo(line + ":" + column);
        assertThat(problem.path()).isEqualTo(path);
        assertThat(problem.message()).contains(message);
        assertThat(problem.advice()).startsWith("Maybe ").contains(advice);
        assertThat(thrown.getMessage())
                .isEqualTo(file + ":" + line + ":" + column + ": " + path + ": " + problem.message() + "\n  "
                        + problem.advice())
                .doesNotContain("Exception", "\tat ", "tools.jackson", "java.");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "syntax-missing-comma|une `,` manque entre l’entrée précédente et celle-ci.|Peut-être ajouter `,`",
            "syntax-unclosed|cet objet n’est jamais fermé : le document se termine avant son `}` (et 1 autre crochet"
                    + " autour).|Peut-être ajouter `}` là où l’objet doit se terminer, puis `}` à la fin du document.",
            "syntax-comment|le JSON n’accepte pas de commentaires.|Peut-être retirer le commentaire.",
            "syntax-trailing-comma|cette `,` est suivie de|Peut-être retirer cette `,`",
            "duplicate-json-key|apparaît deux fois dans cet objet|Peut-être en retirer un"})
    void syntaxMistakesAreExplainedInFrench(String name, String message, String advice) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> ProgrammeReader.read(corpusFile(name), org.peermatch.core.text.Messages.french()));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains(message);
            assertThat(problem.advice()).startsWith(advice);
        });
    }

    @org.junit.jupiter.api.Test
    void limitsAreToldInTheDocumentsLanguage() {
        String deep = "[".repeat(40) + "]".repeat(40);
        String longName = "{\"" + "k".repeat(250) + "\": 1}";
        for (String json : List.of(deep, longName)) {
            InvalidInputException french = catchThrowableOfType(InvalidInputException.class,
                    () -> ProgrammeReader.read(json, "p.json", org.peermatch.core.text.Messages.french()));
            InvalidInputException english = catchThrowableOfType(InvalidInputException.class,
                    () -> ProgrammeReader.read(json, "p.json", org.peermatch.core.text.Messages.english()));
            assertThat(french.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.message()).containsAnyOf("imbriqués sur plus de 32 niveaux",
                        "ce nom de champ dépasse les 200 caractères permis")
                        .contains("la suite du document n’a pas été vérifiée").doesNotContain("than", "allowed");
                assertThat(problem.advice()).startsWith("Peut-être");
            });
            assertThat(english.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                    .containsAnyOf("nested more than 32 levels deep", "longer than the 200 characters allowed"));
        }
    }

    static Path corpusFile(String name) {
        try {
            return Path.of(BrokenDocumentCorpusTest.class.getResource("broken/" + name + ".json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
