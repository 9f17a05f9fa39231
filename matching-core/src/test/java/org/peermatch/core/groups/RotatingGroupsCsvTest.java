package org.peermatch.core.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RotatingGroupsCsvTest {

    @TempDir
    Path folder;

    private Path file(String name, String text) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private static List<GroupsInputProblem> problemsOf(Runnable reading) {
        try {
            reading.run();
        } catch (GroupsInputException invalid) {
            assertThat(invalid.problems()).allSatisfy(problem -> assertThat(problem.advice()).startsWith("Maybe"));
            return invalid.problems();
        }
        throw new AssertionError("no problem reported");
    }

    @Test
    void aNumberStandsForPeopleOneToN() {
        RotatingGroupsProblem problem = RotatingGroupsCsv.read("32", 4, 9, null, null);
        assertThat(problem.people()).hasSize(32).startsWith("1", "2").endsWith("32");
        assertThat(problem.groupSize()).isEqualTo(4);
        assertThat(problem.rounds()).isEqualTo(9);
    }

    @Test
    void readsPeopleHistoryAndForbiddenPairs() throws IOException {
        Path people = file("people.csv", "\uFEFFName , ID,team\n\"Ana, M.\",ana,x\n\nbob,bob,y\n cy , cy ,z\ndee,dee,\n");
        Path history = file("history.csv", "person1,person2,times\nana,bob,2\nbob,cy,\nana,bob,1\n");
        Path forbidden = file("forbidden.csv", "PERSON2,person1,reason\ncy,dee,conflict of interest\n");
        RotatingGroupsProblem problem = RotatingGroupsCsv.read(people.toString(), 2, 3, history, forbidden);
        assertThat(problem.people()).containsExactly("ana", "bob", "cy", "dee");
        assertThat(problem.history()).containsExactly(new PastMeeting("ana", "bob", 2),
                new PastMeeting("bob", "cy", 1), new PastMeeting("ana", "bob", 1));
        assertThat(problem.forbiddenPairs()).singleElement().satisfies(pair -> {
            assertThat(pair.concerns("cy", "dee")).isTrue();
            assertThat(pair.reason()).isEqualTo("conflict of interest");
        });
    }

    @Test
    void personColumnWinsOverId() throws IOException {
        Path people = file("people.csv", "id,person\n1,ana\n2,bob\n");
        assertThat(RotatingGroupsCsv.read(people.toString(), 2, 1, null, null).people()).containsExactly("ana", "bob");
    }

    /** The bad-input corpus: each file gives one problem with its file, line, column and advice. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            people without a person column | people | name\\nana\\nbob\\n              | 1 | person | no column person
            people column with a typo       | people | persn\\nana\\nbob\\n             | 1 | person | "persn" meant
            duplicate person                | people | person\\nana\\nbob\\nana\\n      | 4 | person | already on line 2
            blank person                    | people | person,team\\nana,x\\n,y\\nbob,z\\n | 3 | person | blank
            no people                       | people | person\\n                     | 1 | person | no people
            unknown person in history       | history | person1,person2\\nana,zoe\\n  | 2 | person2 | (zoe) is not among
            non-numeric times               | history | person1,person2,times\\nana,bob,two\\n | 2 | times | (two) is not a whole number
            times below one                 | history | person1,person2,times\\nana,bob,0\\n | 2 | times | below 1
            same person twice               | history | person1,person2\\nana,ana\\n  | 2 | person2 | same person
            forbidden without person2       | forbidden | person1,other\\nana,bob\\n | 1 | person2 | no column person2
            blank person in forbidden pair  | forbidden | person1,person2\\nana,\\n | 2 | person2 | blank
            """)
    void badFilesAreReportedWithFileLineAndColumn(String name, String which, String text, int line, String column,
            String message) throws IOException {
        Path people = file("people.csv", "person\nana\nbob\ncy\ndee\n");
        Path broken = file(which + ".csv", text.replace("\\n", "\n"));
        Path history = "history".equals(which) ? broken : null;
        Path forbidden = "forbidden".equals(which) ? broken : null;
        String peopleArgument = ("people".equals(which) ? broken : people).toString();
        List<GroupsInputProblem> problems = problemsOf(
                () -> RotatingGroupsCsv.read(peopleArgument, 2, 2, history, forbidden));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo(broken.toString());
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.field()).isEqualTo(column);
            assertThat(problem.message() + problem.advice()).contains(message);
            assertThat(problem.describe()).startsWith(broken + ", line " + line + ", column " + column + ": ")
                    .contains("\nMaybe");
        });
    }

    @Test
    void badNumbersAreReportedAsParameters() {
        assertThat(problemsOf(() -> RotatingGroupsCsv.read("3", 1, 0, null, null)))
                .extracting(GroupsInputProblem::field).containsExactly("size", "rounds");
        assertThat(problemsOf(() -> RotatingGroupsCsv.read("3", 4, 2, null, null))).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.source()).isNull();
                    assertThat(problem.field()).isEqualTo("people");
                    assertThat(problem.message()).contains("fewer than the group size (4)");
                });
        assertThat(problemsOf(() -> RotatingGroupsCsv.read("11", 4, 2, null, null))).singleElement()
                .satisfies(problem -> assertThat(problem.advice()).contains("size 3"));
        assertThat(problemsOf(() -> RotatingGroupsCsv.read("99999999999", 4, 2, null, null))).hasSize(1);
    }

    @Test
    void missingEmptyAndNonUtf8FilesAreReported() throws IOException {
        Path empty = file("empty.csv", "");
        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, "person\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problemsOf(() -> RotatingGroupsCsv.read(folder.resolve("nope.csv").toString(), 2, 1, null, null)))
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("does not exist"));
        assertThat(problemsOf(() -> RotatingGroupsCsv.read(empty.toString(), 2, 1, null, null)))
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("empty"));
        assertThat(problemsOf(() -> RotatingGroupsCsv.read(latin1.toString(), 2, 1, null, null)))
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("not UTF-8"));
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() throws IOException {
        Path people = file("people.csv", "person\nana\nana\nbob\n");
        Path history = file("history.csv", "person1,person2,times\nana,zoe,1\nbob,ana,x\n");
        Path forbidden = file("forbidden.csv", "person1,person2\nbob,max\n");
        List<GroupsInputProblem> problems = problemsOf(
                () -> RotatingGroupsCsv.read(people.toString(), 1, 0, history, forbidden));
        assertThat(problems).extracting(GroupsInputProblem::field)
                .containsExactly("person", "size", "rounds", "person2", "times", "person2");
        assertThat(problems).extracting(GroupsInputProblem::line).containsExactly(3, 0, 0, 2, 3, 2);
        assertThat(problems).extracting(GroupsInputProblem::source).containsExactly(people.toString(), null, null,
                history.toString(), history.toString(), forbidden.toString());
    }

    @Test
    void writesRoundsAtomicallyAndReadsThemBack() throws IOException {
        RotatingGroupsProblem problem = RotatingGroupsProblem.numbered(12, 3, 4);
        RotatingGroupsResult result = RotatingGroups.solve(problem, RotatingGroupsOptions.ofMoveLimit(10_000));
        Path out = folder.resolve("rounds.csv");
        Files.writeString(out, "old content");
        RotatingGroupsCsv.write(out, result);
        String text = Files.readString(out);
        assertThat(text).startsWith("round,group,person\n1,1,1\n").endsWith("\n").doesNotContain("\r");
        assertThat(text.lines()).hasSize(1 + 12 * 4);
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("rounds.csv");
        }
        List<GroupRound> back = RotatingGroupsCsv.readRounds(out);
        assertThat(back).isEqualTo(result.rounds());
        assertThat(RotatingGroupsCertifier.certify(problem, back).violations()).isEmpty();
    }

    @Test
    void quotesIdsThatNeedIt() {
        List<GroupRound> rounds = List.of(new GroupRound(1, List.of(new Group(1, List.of("Ana, M.", "Bob \"B\"")))));
        assertThat(RotatingGroupsCsv.toCsv(rounds))
                .isEqualTo("round,group,person\n1,1,\"Ana, M.\"\n1,1,\"Bob \"\"B\"\"\"\n");
    }
}
