package org.peermatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.CalendarRules;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Coordinator;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Location;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.model.WorkshopRules;
import org.peermatch.core.text.Messages;

class ProgrammeReaderTest {

    private static final List<HalfDaySlot> AM_PM = List.of(
            new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(12, 30)),
            new HalfDaySlot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30)));

    @Test
    void readsTheFullSampleIntoTheExpectedRecords() throws Exception {
        Programme programme = ProgrammeReader.read(resource("valid-full.json"), "valid-full.json");

        Map<Mode, Offer> m02Offers = new LinkedHashMap<>();
        m02Offers.put(Mode.ACCOMPANIMENT, new Offer(20, 3));
        m02Offers.put(Mode.WORKSHOP, Offer.workshops(1, 12));
        List<Member> members = List.of(
                new Member("m01", "Camille Martin", "Le Bikini", List.of("music", "live-performance"),
                        List.of(Mode.ACCOMPANIMENT),
                        List.of(new Need("business-model", 1, 6), new Need("digital-communication", 2, 4)),
                        List.of(new Competence("booking", 4)), Map.of(),
                        new Availability(
                                List.of(new WeeklyAvailability(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 30),
                                        List.of(new WeeklyHalfDay(DayOfWeek.MONDAY, "AM"),
                                                new WeeklyHalfDay(DayOfWeek.THURSDAY, "PM")))),
                                List.of(LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 3))),
                        List.of("m03"), List.of("m02"), List.of("m02", "m04")),
                new Member("m02", "Sami Benali", "Éditions du Sud", List.of("publishing"), List.of(), List.of(),
                        List.of(new Competence("business-model", 5), new Competence("digital-communication", 3)),
                        m02Offers, Availability.ALWAYS, List.of(), List.of(), List.of()),
                new Member("m03", "Lou Garcia", "Le Bikini", List.of("music"), List.of(Mode.IMMERSION), List.of(),
                        List.of(), Map.of(), Availability.ALWAYS, List.of(), List.of(), List.of()),
                new Member("m04", "Nora Petit", "Studio Nord", List.of(), List.of(), List.of(),
                        List.of(new Competence("digital-communication", 4)),
                        Map.of(Mode.ACCOMPANIMENT, new Offer(10, 2)),
                        // from/to default to the programme's start and end
                        new Availability(List.of(new WeeklyAvailability(LocalDate.of(2027, 1, 11),
                                LocalDate.of(2027, 12, 17), List.of(new WeeklyHalfDay(DayOfWeek.TUESDAY, "PM")))),
                                List.of()),
                        List.of(), List.of(), List.of()));
        Map<String, Long> weights = new LinkedHashMap<>();
        weights.put("same-sector", 60L);
        weights.put("repeated-interaction", 2L);
        Programme expected = new Programme("PEER CULTURE 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 12, 17),
                ZoneId.of("Europe/Paris"), AM_PM, new AccompanimentRules(3, 2, 2, 12), members,
                List.of(new Interaction(List.of("m01", "m02"), Mode.ACCOMPANIMENT, LocalDate.of(2026, 5, 12)),
                        new Interaction(List.of("m01", "m03", "m04"), Mode.OTHER, LocalDate.of(2025, 11, 3))),
                new Decisions(
                        List.of(new PinnedPair("m01", "m02", "business-model"), new PinnedPair("m01", "m04", null)),
                        List.of(new ForbiddenPair("m03", "m04", "ongoing dispute"),
                                new ForbiddenPair("m02", "m03", null))),
                weights, new SolverSettings(Duration.ofMinutes(90), Duration.ofSeconds(10), 200_000L, 42L));

        assertThat(programme).isEqualTo(expected);
        // Document order is kept in maps too.
        assertThat(programme.weights().keySet()).containsExactly("same-sector", "repeated-interaction");
        assertThat(programme.member("m02").offers().keySet()).containsExactly(Mode.ACCOMPANIMENT, Mode.WORKSHOP);
    }

    @Test
    void appliesTheDefaultsOfTheFormat() throws Exception {
        Programme programme = ProgrammeReader.read(resource("valid-minimal.json"), "valid-minimal.json");

        assertThat(programme.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(programme.halfDays()).isEqualTo(AM_PM);
        assertThat(programme.accompaniment()).isEqualTo(AccompanimentRules.DEFAULT);
        assertThat(programme.solver()).isEqualTo(SolverSettings.DEFAULT);
        assertThat(programme.decisions()).isEqualTo(Decisions.NONE);
        assertThat(programme.history()).isEmpty();
        assertThat(programme.weights()).isEmpty();
        Member member = programme.members().get(0);
        assertThat(member.availability()).isSameAs(Availability.ALWAYS);
        assertThat(member.sectors()).isEmpty();
        assertThat(member.requests()).isEmpty();
        assertThat(member.needs()).isEmpty();
        assertThat(member.competences()).isEmpty();
        assertThat(member.offers()).isEmpty();
        assertThat(member.conflicts()).isEmpty();
        assertThat(member.continuity()).isEmpty();
        assertThat(member.preferences()).isEmpty();
        assertThat(member.experienceYears()).isZero();
        assertThat(member.tags()).isEmpty();
        assertThat(member.objectives()).isEmpty();
        assertThat(member.location()).isNull();
        assertThat(programme.immersion()).isEqualTo(ImmersionRules.DEFAULT);
        assertThat(programme.codevelopment()).isEqualTo(CodevelopmentRules.DEFAULT);
    }

    @Test
    void readsTheImmersionAndCoDevelopmentFields() throws Exception {
        Programme programme = ProgrammeReader.read("""
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-06-30"},
                 "rules": {"immersion": {"sameSector": "preferred", "reportDueDays": 10},
                           "codevelopment": {"minSize": 4, "maxSize": 6, "clientsPerSession": 2, "groups": 3}},
                 "members": [
                   {"id": "a", "name": "Ana", "organization": "A", "requests": ["immersion", "codevelopment"],
                    "experienceYears": 3, "objectives": ["touring", "booking"],
                    "location": {"latitude": 43.6045, "longitude": 1.444}},
                   {"id": "b", "name": "Bo", "organization": "B", "experienceYears": 20,
                    "tags": ["touring", "festival"], "offers": {"immersion": {"days": 3}}},
                   {"id": "c", "name": "Cy", "organization": "C", "experienceYears": 9,
                    "offers": {"immersion": {"days": 4, "participants": 2, "hours": 28}}}]}
                """, "modes.json");

        assertThat(programme.immersion()).isEqualTo(new ImmersionRules(false, 10));
        assertThat(programme.codevelopment()).isEqualTo(new CodevelopmentRules(4, 6, 2, 3));
        Member ana = programme.member("a");
        assertThat(ana.requests()).containsExactly(Mode.IMMERSION, Mode.CODEVELOPMENT);
        assertThat(ana.experienceYears()).isEqualTo(3);
        assertThat(ana.objectives()).containsExactly("touring", "booking");
        assertThat(ana.location()).isEqualTo(new Location(43.6045, 1.444));
        assertThat(programme.member("b").tags()).containsExactly("touring", "festival");
        assertThat(programme.member("b").offer(Mode.IMMERSION)).isEqualTo(new Offer(0, 3, 3));
        assertThat(programme.member("c").offer(Mode.IMMERSION)).isEqualTo(new Offer(28, 2, 4));
        assertThat(programme.participantsIn(Mode.IMMERSION)).extracting(Member::id).containsExactly("a");
    }

    @Test
    void readsPriorityWeightsAndRefusesWrongOnes() throws Exception {
        String template = """
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-06-30"},
                 "rules": {"accompaniment": {"priorityWeights": %s}},
                 "members": [{"id": "a", "name": "Ana", "organization": "A"}]}
                """;

        assertThat(ProgrammeReader.read(template.formatted("[100, 10, 1]"), "w.json").accompaniment()
                .priorityWeights()).containsExactly(100, 10, 1);
        assertThat(invalid(template.formatted("[3, 2]"), "w.json").problems()).singleElement()
                .extracting(InputProblem::message, InputProblem::advice).containsExactly(
                        "priorityWeights has 2 weights, not 3 (for priorities 1, 2 and 3).",
                        "Maybe write three weights, the essential needs' first, e.g. [100, 10, 1], or leave the field"
                                + " out for lexicographic priorities.");
        assertThat(invalid(template.formatted("[1, 2, 3]"), "w.json").problems()).singleElement()
                .extracting(InputProblem::message).isEqualTo(
                        "the weight of priority 2 (2) is more than the weight of priority 1 (1).");
        assertThat(invalid(template.formatted("[3, 0, 1]"), "w.json").problems()).singleElement()
                .extracting(InputProblem::message).asString().contains("0 is out of range 1..1000000");
    }

    @Test
    void readsAMembersEmailAndTheWeeklyLimitAndRefusesWrongOnes() throws Exception {
        String template = """
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-06-30"},
                 "rules": {"calendar": {"maxMeetingsPerWeekPerResource": %s}},
                 "members": [{"id": "a", "name": "Ana", "organization": "A", "email": %s}]}
                """;

        Programme programme = ProgrammeReader.read(template.formatted("2", "\"ana.lopez@example.org\""), "e.json");
        assertThat(programme.member("a").email()).isEqualTo("ana.lopez@example.org");
        assertThat(programme.calendar().maxMeetingsPerWeekPerResource()).isEqualTo(2);
        assertThat(ProgrammeReader.read("""
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-06-30"},
                 "members": [{"id": "a", "name": "Ana", "organization": "A"}]}
                """, "n.json").member("a").email()).isNull();
        for (String wrong : List.of("\"ana\"", "\"ana lopez@example.org\"", "\"ana@example\"",
                "\"ana@example.org>, <x@y.org\"", "\"a@b.org\\r\\nATTENDEE:mailto:x@example.org\"")) {
            assertThat(invalid(template.formatted("3", wrong), "e.json").problems()).as(wrong).singleElement()
                    .extracting(InputProblem::advice).asString().startsWith("Maybe");
        }
        assertThat(invalid(template.formatted("0", "\"ana@example.org\""), "e.json").problems()).singleElement()
                .extracting(InputProblem::message).asString().contains("0 is out of range 1..20");
    }

    @Test
    void readsTheCoordinatorAndRefusesAWrongOne() throws Exception {
        String template = """
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-06-30", "coordinator": %s},
                 "members": [{"id": "a", "name": "Ana", "organization": "A"}]}
                """;

        assertThat(ProgrammeReader.read(template.formatted(
                "{\"name\": \"Inès Carrère\", \"email\": \"coordination@example.org\"}"), "c.json").coordinator())
                .isEqualTo(new Coordinator("Inès Carrère", "coordination@example.org"));
        assertThat(ProgrammeReader.read(template.formatted("{\"email\": \"coordination@example.org\"}"), "c.json")
                .coordinator()).isEqualTo(new Coordinator(null, "coordination@example.org"));
        assertThat(ProgrammeReader.read("""
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-06-30"},
                 "members": [{"id": "a", "name": "Ana", "organization": "A"}]}
                """, "n.json").coordinator()).isNull();
        for (String wrong : List.of("{\"email\": \"coordination\"}", "{\"name\": \"Inès\"}",
                "{\"email\": \"a@b.org\\r\\nORGANIZER:mailto:x@example.org\"}", "{\"email\": \"a@b.org\", \"phone\": 1}",
                "\"coordination@example.org\"")) {
            InputProblem problem = invalid(template.formatted(wrong), "c.json").problems().getFirst();
            assertThat(invalid(template.formatted(wrong), "c.json").problems()).as(wrong).hasSize(1);
            assertThat(problem.advice()).as(wrong).startsWith("Maybe");
            assertThat(problem.line()).as(wrong).isEqualTo(1);
        }
        assertThat(invalid(template.formatted("{\"email\": \"coordination\"}"), "c.json").problems().getFirst()
                .message()).isEqualTo("the coordinator's e-mail address `coordination` is not one.");
    }

    @Test
    void readsTheCalendarFields() throws Exception {
        Programme programme = ProgrammeReader.read("""
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-06-30",
                               "closed": [{"from": "2027-05-01"},
                                          {"from": "2027-04-19", "to": "2027-04-23", "reason": "spring break"}]},
                 "rules": {"workshop": {"count": 3, "minimumLevel": 5, "minAttendance": 5, "maxAttendance": 12,
                                        "preferredHalfDays": ["TUE-PM"], "themes": ["pitch"]},
                           "calendar": {"meetingHours": 3, "minWeeksBetweenMeetings": 3,
                                        "maxWeeksBetweenMeetings": 5, "questionsDueHours": 24,
                                        "reportDueDays": 10, "lateCancellationHours": 72}},
                 "members": [{"id": "a", "name": "Ana", "organization": "A",
                              "offers": {"workshop": {"sessions": 2}}},
                             {"id": "b", "name": "Bo", "organization": "B"}],
                 "rooms": [{"id": "r1", "name": "Salle Garonne", "capacity": 20, "unavailable": ["2027-03-02"]}],
                 "calendar": {"replanFrom": "2027-04-01", "sessions": [
                   {"mode": "accompaniment", "members": ["a", "b"], "date": "2027-03-02", "halfDay": "AM",
                    "status": "cancelled", "late": true},
                   {"mode": "immersion", "members": ["b", "a"], "date": "2027-03-09", "status": "fixed"}]}}
                """, "calendar.json");

        assertThat(programme.closed()).containsExactly(
                new ClosedPeriod(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 1), ""),
                new ClosedPeriod(LocalDate.of(2027, 4, 19), LocalDate.of(2027, 4, 23), "spring break"));
        assertThat(programme.isClosed(LocalDate.of(2027, 4, 20))).isTrue();
        assertThat(programme.isClosed(LocalDate.of(2027, 4, 24))).isFalse();
        assertThat(programme.workshop()).isEqualTo(new WorkshopRules(3, 5, 5, 12,
                List.of(new WeeklyHalfDay(DayOfWeek.TUESDAY, "PM")), List.of("pitch")));
        assertThat(programme.calendar()).isEqualTo(new CalendarRules(3, 3, 5, 24, 10, 72));
        assertThat(programme.member("a").offer(Mode.WORKSHOP)).isEqualTo(Offer.workshops(2, 0));
        assertThat(programme.rooms()).containsExactly(
                new Room("r1", "Salle Garonne", 20, List.of(LocalDate.of(2027, 3, 2))));
        assertThat(programme.changes().replanFrom()).isEqualTo(LocalDate.of(2027, 4, 1));
        SessionRecord cancelled = programme.changes().sessions().get(0);
        assertThat(cancelled).isEqualTo(new SessionRecord(Mode.ACCOMPANIMENT, List.of("a", "b"),
                LocalDate.of(2027, 3, 2), "AM", SessionStatus.CANCELLED, true, "", 3));
        assertThat(cancelled.countsAgainstBudget()).as("late and without a reason").isTrue();
        assertThat(programme.changes().sessions().get(1)).isEqualTo(new SessionRecord(Mode.IMMERSION,
                List.of("b", "a"), LocalDate.of(2027, 3, 9), null, SessionStatus.FIXED, false, "", 0));
    }

    @Test
    void solverSettingsOverrideOnlyWhatIsGiven() throws Exception {
        Programme programme = ProgrammeReader.read("""
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-06-30"},
                 "members": [{"id": "a", "name": "Ana", "organization": "A"}],
                 "solver": {"moveCountLimit": 5000, "unimprovedTimeLimit": "PT2M"}}
                """, "solver.json");

        assertThat(programme.solver()).isEqualTo(new SolverSettings(Duration.ofSeconds(30), Duration.ofMinutes(2),
                5000L, 0L));
    }

    @Test
    void readsEveryDurationForm() throws Exception {
        for (Map.Entry<String, Duration> form : Map.of("30s", Duration.ofSeconds(30), "2m", Duration.ofMinutes(2),
                "1h30m", Duration.ofMinutes(90), "500ms", Duration.ofMillis(500), "PT30S", Duration.ofSeconds(30),
                "1m30s", Duration.ofSeconds(90)).entrySet()) {
            Programme programme = ProgrammeReader.read("""
                    {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-06-30"},
                     "members": [{"id": "a", "name": "Ana", "organization": "A"}],
                     "solver": {"timeLimit": "%s"}}
                    """.formatted(form.getKey()), "durations.json");
            assertThat(programme.solver().timeLimit()).as(form.getKey()).isEqualTo(form.getValue());
        }
    }

    /** The foundation issue's case: a syntax error does not hide the problems after it. */
    @Test
    void reportsASyntaxErrorAnUnknownMemberAndALevelTogether() {
        String json = """
                {
                  "programme": {"name": "PEER CULTURE 2027", "start": "2027-01-11", "end": "2027-12-17"},
                  "members": [
                    {
                      "id": "m01",
                      "name": "Camille Martin"
                      "organization": "Le Bikini",
                      "competences": [{"topic": "booking", "level": 7}]
                    },
                    {"id": "m12", "name": "Sami Benali", "organization": "Éditions du Sud"}
                  ],
                  "history": [
                    {"members": ["m01", "m13"], "mode": "accompaniment", "date": "2026-05-12"}
                  ]
                }
                """;

        InvalidInputException thrown = invalid(json, "demo.json");

        assertThat(thrown.problems())
                .extracting(InputProblem::line, InputProblem::column, InputProblem::path)
                .containsExactly(
                        tuple(7, 7, "$.members[0].name"),
                        tuple(8, 53, "$.members[0].competences[0].level"),
                        tuple(13, 25, "$.history[0].members[1]"));
        assertThat(thrown.problems()).allSatisfy(problem -> assertThat(problem.advice()).startsWith("Maybe "));
        assertThat(thrown.getMessage()).isEqualTo("""
                demo.json:7:7: $.members[0].name: a `,` is missing between the previous entry and this one.
                  Maybe add `,` after the previous value.
                demo.json:8:53: $.members[0].competences[0].level: level 7 is out of range 1..5.
                  Maybe use a level between 1 (notions) and 5 (expert).
                demo.json:13:25: $.history[0].members[1]: `m13` is not the id of a member.
                  Maybe you meant `m12` (Sami Benali)?""");
    }

    @Test
    void aTrailingCommaDoesNotHideTheOtherProblemsEither() {
        String json = """
                {
                  "programme": {"name": "P", "start": "2027-01-11", "end": "2027-12-17",},
                  "members": [
                    {"id": "m01", "name": "Camille", "organization": "A", "conflicts": ["m02", "m03"],
                     "competences": [{"topic": "booking", "level": 7}]},
                    {"id": "m02", "name": "Sami", "organization": "B"},
                  ]
                }
                """;

        InvalidInputException thrown = invalid(json, "demo.json");

        assertThat(thrown.problems())
                .extracting(InputProblem::line, InputProblem::column, InputProblem::path)
                .containsExactly(
                        tuple(2, 72, "$.programme"),
                        tuple(4, 80, "$.members[0].conflicts[1]"),
                        tuple(5, 52, "$.members[0].competences[0].level"),
                        tuple(6, 55, "$.members[2]"));
    }

    @Test
    void reportsEverySyntaxErrorOfADocument() {
        String json = """
                {
                  "programme": {"name": 'P', "start": "2027-01-11" "end": "2027-12-17"},
                  // the community
                  "members": [
                    {id: "m01", "name": "Ana, "organization": "A", "sectors": [music]}
                  ]
                }
                """;

        InvalidInputException thrown = invalid(json, "demo.json");

        assertThat(thrown.problems())
                .extracting(InputProblem::line, InputProblem::column)
                .containsExactly(tuple(2, 25), tuple(2, 52), tuple(3, 3), tuple(5, 6), tuple(5, 29),
                        tuple(5, 64));
        assertThat(thrown.problems()).extracting(InputProblem::message).containsExactly(
                "text must be in double quotes `\"`, not single quotes `'`.",
                "a `,` is missing between the previous entry and this one.",
                "JSON does not allow comments.",
                "the field name `id` must be in double quotes.",
                "this text is not closed: its `\"` is missing before the `,`.",
                "`music` is not a valid JSON value.");
        assertThat(thrown.problems().get(5).advice())
                .isEqualTo("Maybe write text in double quotes (\"music\"), or a number like 12, true, false or null.");
    }

    @Test
    void reportsAnObjectLeftOpenAtTheEnd() {
        String json = """
                {
                  "programme": {"name": "P", "start": "2027-01-11", "end": "2027-12-17"},
                  "members": [
                    {"id": "m01", "name": "Ana", "organization": "A", "needs": [{"topic": "x", "priority": 9, "hours": 1}
                """;

        InvalidInputException thrown = invalid(json, "open.json");

        assertThat(thrown.problems())
                .extracting(InputProblem::line, InputProblem::column, InputProblem::path)
                .containsExactly(
                        tuple(4, 64, "$.members[0].needs"),
                        tuple(4, 92, "$.members[0].needs[0].priority"));
        assertThat(thrown.problems().get(0).message())
                .isEqualTo("this list is never closed: the document ends before its `]` (and 3 more brackets"
                        + " around it).");
    }

    @Test
    void stopsAfterTooManySyntaxErrors() {
        StringBuilder json = new StringBuilder("{\"members\": [\n");
        for (int i = 0; i < 30; i++) {
            json.append("  {\"id\": \"m").append(i).append("\" \"name\": \"N\", \"organization\": \"O\"},\n");
        }
        json.append("  {\"id\": \"last\", \"name\": \"N\", \"organization\": \"O\"}\n]}\n");

        InvalidInputException thrown = invalid(json.toString(), "many.json");

        List<InputProblem> problems = thrown.problems();
        assertThat(problems).hasSize(SyntaxRecovery.MAX_REPAIRS + 1);
        assertThat(problems.get(SyntaxRecovery.MAX_REPAIRS).message())
                .startsWith("there are too many syntax errors: checking stopped here");
        assertThat(problems.get(SyntaxRecovery.MAX_REPAIRS).line()).isEqualTo(SyntaxRecovery.MAX_REPAIRS + 2);
    }

    @Test
    void reportsAnEmptyDocument() {
        InvalidInputException thrown = invalid(" \n ", "empty.json");

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).isEqualTo("the document is empty.");
        });
    }

    @Test
    void locatesProblemsInDocumentsWithWindowsLineEndsAndAByteOrderMark() throws Exception {
        String json = "\uFEFF{\r\n"
                + "  \"programme\": {\"name\": \"P\", \"start\": \"2027-01-11\", \"end\": \"2027-12-17\"},\r\n"
                + "  \"members\": [{\"id\": \"a\", \"name\": \"Ana\", \"organization\": \"A\", \"sector\": []}]\r\n"
                + "}\r\n";

        InvalidInputException thrown = invalid(json, "crlf.json");

        assertThat(thrown.problems()).extracting(InputProblem::line, InputProblem::column, InputProblem::message)
                .containsExactly(tuple(3, 63, "`sector` is not a field of a member."));
        assertThat(thrown.problems().get(0).advice()).isEqualTo("Maybe you meant `sectors`?");
    }

    @Test
    void readsTheLanguageOfTheOutputs() throws Exception {
        String template = """
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-06-30"%s},
                 "members": [{"id": "a", "name": "Ana", "organization": "A"}]}
                """;
        Programme french = ProgrammeReader.read(template.formatted(", \"language\": \"fr\""), "fr.json");
        Programme unsaid = ProgrammeReader.read(template.formatted(""), "en.json");

        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.messages()).isSameAs(Messages.french());
        assertThat(unsaid.language()).isNull();
        assertThat(unsaid.messages()).isSameAs(Messages.english());
        assertThat(unsaid.withLanguage("fr").messages()).isSameAs(Messages.french());
        assertThat(invalid(template.formatted(", \"language\": \"de\""), "de.json").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.path()).isEqualTo("$.programme.language"));
    }

    @Test
    void listsTheAllowedFieldsWhenNoneIsClose() {
        InvalidInputException thrown = invalid("""
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-06-30", "organizer": "Cluster"},
                 "members": [{"id": "a", "name": "Ana", "organization": "A"}]}
                """, "fields.json");

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.programme.organizer");
            assertThat(problem.advice()).isEqualTo(
                    "Maybe use one of the fields of the programme: `name`, `start`, `end`, `timeZone`, `language`,"
                            + " `halfDays`, `closed`, `coordinator`.");
        });
    }

    @Test
    void sortsProblemsByLineThenColumn() {
        InvalidInputException thrown = invalid("""
                {"members": [{"id": "a", "name": "", "organization": "A", "needs": [{"topic": "x", "priority": 0, "hours": 0}]}],
                 "programme": {"name": "P", "start": "2027-13-01", "end": "2027-06-30"}}
                """, "order.json");

        assertThat(thrown.problems()).extracting(InputProblem::line, InputProblem::column).containsExactly(
                tuple(1, 34), tuple(1, 96), tuple(1, 108), tuple(2, 38));
    }

    @Test
    void reportsTheSameProblemsEveryTime() throws Exception {
        Path file = BrokenDocumentCorpusTest.corpusFile("unknown-member-history");

        InvalidInputException first = catchThrowableOfType(InvalidInputException.class,
                () -> ProgrammeReader.read(file));
        InvalidInputException second = catchThrowableOfType(InvalidInputException.class,
                () -> ProgrammeReader.read(file));

        assertThat(second.problems()).isEqualTo(first.problems());
        assertThat(second.getMessage()).isEqualTo(first.getMessage());
    }

    @Test
    void neverWritesToTheInputFile(@TempDir Path folder) throws Exception {
        Path valid = folder.resolve("valid.json");
        Path broken = folder.resolve("broken.json");
        Files.writeString(valid, resource("valid-full.json"));
        Files.copy(BrokenDocumentCorpusTest.corpusFile("syntax-missing-comma"), broken);
        FileTime past = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(valid, past);
        Files.setLastModifiedTime(broken, past);
        byte[] validBytes = Files.readAllBytes(valid);
        byte[] brokenBytes = Files.readAllBytes(broken);

        ProgrammeReader.read(valid);
        assertThatThrownBy(() -> ProgrammeReader.read(broken)).isInstanceOf(InvalidInputException.class);

        assertThat(Files.readAllBytes(valid)).isEqualTo(validBytes);
        assertThat(Files.readAllBytes(broken)).isEqualTo(brokenBytes);
        assertThat(Files.getLastModifiedTime(valid)).isEqualTo(past);
        assertThat(Files.getLastModifiedTime(broken)).isEqualTo(past);
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted().toList())
                    .containsExactly("broken.json", "valid.json");
        }
    }

    @Test
    void reportsAMissingFileOnLineZero(@TempDir Path folder) {
        Path missing = folder.resolve("missing.json");

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> ProgrammeReader.read(missing));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isZero();
            assertThat(problem.column()).isZero();
            assertThat(problem.message()).isEqualTo("the file does not exist.");
            assertThat(problem.advice()).startsWith("Maybe check the file name");
        });
        assertThat(thrown.getMessage())
                .isEqualTo(missing + ": the file does not exist.\n  Maybe check the file name and the folder.");
    }

    @Test
    void reportsAFolderOnLineZero(@TempDir Path folder) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> ProgrammeReader.read(folder));

        assertThat(thrown.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).isEqualTo("this is a folder, not a file."));
    }

    @Test
    void reportsAFileThatIsNotUtf8OnLineZero(@TempDir Path folder) throws IOException {
        Path latin1 = folder.resolve("latin1.json");
        Files.write(latin1, "{\"programme\": {\"name\": \"Été\"}}".getBytes(StandardCharsets.ISO_8859_1));

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> ProgrammeReader.read(latin1));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).isEqualTo("the file is not UTF-8 text (byte 25 is not valid).");
            assertThat(problem.advice()).contains("UTF-8");
        });
    }

    @Test
    void formatsAProblemWithoutAdvice() {
        InputProblem problem = new InputProblem("demo.json", 12, 18, "$.members[3]", "something is odd.", null);

        assertThat(problem.format()).isEqualTo("demo.json:12:18: $.members[3]: something is odd.");
    }

    @Test
    void prefixesAdviceWithMaybe() {
        InputProblem problem = new InputProblem("demo.json", 12, 18, "$.x", "level 7 is out of range 1..5.",
                "use a level between 1 (notions) and 5 (expert).");

        assertThat(problem.advice()).isEqualTo("Maybe use a level between 1 (notions) and 5 (expert).");
        assertThat(problem.format()).isEqualTo("demo.json:12:18: $.x: level 7 is out of range 1..5.\n"
                + "  Maybe use a level between 1 (notions) and 5 (expert).");
    }

    @Test
    void refusesAnExceptionWithoutProblems() {
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static InvalidInputException invalid(String json, String name) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> ProgrammeReader.read(json, name));
        assertThat(thrown).as("the document must be refused").isNotNull();
        assertThat(thrown.getMessage()).doesNotContain("Exception", "\tat ", "tools.jackson");
        return thrown;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ProgrammeReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
