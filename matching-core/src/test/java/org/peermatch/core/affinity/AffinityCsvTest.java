package org.peermatch.core.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading CSV input: good files, and a corpus of broken ones, each problem located and advised. */
class AffinityCsvTest {

    private static final String SCORES = "participant,resource,score\np1,r1,0.5\np1,r2,0.25\np2,r1,-0.5\np2,r2,1\n";
    private static final String DEMAND = "participant,demand\np1,1\np2,1\n";
    private static final String LOADS = "resource,min_load,max_load\nr1,0,1\nr2,0,1\n";

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private AffinityCsvSources files(String scores, String demand, String loads, String conflicts)
            throws IOException {
        return new AffinityCsvSources(write("scores.csv", scores), write("demand.csv", demand),
                null, write("loads.csv", loads), null, null,
                conflicts == null ? null : write("conflicts.csv", conflicts));
    }

    @Test
    void readsFilesInAnyColumnOrderWithSpacesAndBlankLines() throws Exception {
        AffinityProblem problem = AffinityCsv.read(files(
                " score , Resource,participant\n0.5, r1 ,p1\n\n0.25,r2,p1\n-0.5,r1,p2\n1,r2,p2\n", DEMAND, LOADS,
                "participant,resource\np2,r2\n"));

        assertThat(problem.participants()).containsExactly(new AffinityParticipant("p1", 1),
                new AffinityParticipant("p2", 1));
        assertThat(problem.resources()).containsExactly(new AffinityResource("r1", 0, 1),
                new AffinityResource("r2", 0, 1));
        assertThat(problem.pairs()).hasSize(4).contains(new ScoredPair("p1", "r1", 0.5));
        assertThat(problem.conflicts()).containsExactly(new ConflictPair("p2", "r2"));
    }

    @Test
    void uniformDemandAndLoads() throws Exception {
        AffinityProblem problem = AffinityCsv.read(new AffinityCsvSources(write("scores.csv", SCORES), null, 2,
                null, 3, 1, null));

        assertThat(problem.participants()).extracting(AffinityParticipant::demand).containsExactly(2, 2);
        assertThat(problem.resources()).containsExactly(new AffinityResource("r1", 1, 3),
                new AffinityResource("r2", 1, 3));
    }

    @Test
    void writesAtomicallyWithHeaderAndQuotes() throws Exception {
        Path out = folder.resolve("assignment.csv");
        AffinityCsv.writeAssignment(List.of(new ScoredPair("p,1", "r\"2", 0.125), new ScoredPair("p2", "r1", 1e-7)),
                out);

        assertThat(Files.readString(out)).isEqualTo(
                "participant,resource,score\n\"p,1\",\"r\"\"2\",0.125\np2,r1,0.0000001\n");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(out);
        }
    }

    static Stream<Arguments> brokenInputs() {
        return Stream.of(
                Arguments.of("missing score column", "participant,resource\np1,r1\n", DEMAND, LOADS, null,
                        "scores.csv", 1, "score", "has no column score"),
                Arguments.of("non-numeric score", SCORES + "p3,r1,abc\n", DEMAND + "p3,1\n", LOADS, null,
                        "scores.csv", 6, "score", "The score (abc) is not a number"),
                Arguments.of("decimal comma", SCORES.replace("0.25", "\"0,25\""), DEMAND, LOADS, null,
                        "scores.csv", 3, "score", "The score (0,25) is not a number"),
                Arguments.of("missing participant", SCORES + ",r1,0.5\n", DEMAND, LOADS, null,
                        "scores.csv", 6, "participant", "The participant is missing"),
                Arguments.of("duplicate pair", SCORES + "p1,r1,0.75\n", DEMAND, LOADS, null,
                        "scores.csv", 6, "resource", "already scored on line 2"),
                Arguments.of("unknown participant in demand", SCORES, DEMAND + "ghost,1\n", LOADS, null,
                        "demand.csv", 4, "participant", "The participant (ghost) is unknown"),
                Arguments.of("negative demand", SCORES, "participant,demand\np1,-1\np2,1\n", LOADS, null,
                        "demand.csv", 2, "demand", "The demand (-1) is not a whole number of 0 or more"),
                Arguments.of("non-numeric demand", SCORES, "participant,demand\np1,two\np2,1\n", LOADS, null,
                        "demand.csv", 2, "demand", "The demand (two) is not a whole number"),
                Arguments.of("duplicate demand", SCORES, DEMAND + "p1,2\n", LOADS, null,
                        "demand.csv", 4, "participant", "already has a demand on line 2"),
                Arguments.of("participant without demand", SCORES, "participant,demand\np1,1\n", LOADS, null,
                        "demand.csv", 0, "participant", "The participant (p2) scored on line 4"),
                Arguments.of("missing max_load column", SCORES, DEMAND, "resource,min_load\nr1,0\nr2,0\n", null,
                        "loads.csv", 1, "max_load", "has no column max_load"),
                Arguments.of("unknown resource in loads", SCORES, DEMAND, LOADS + "r9,0,1\n", null,
                        "loads.csv", 4, "resource", "The resource (r9) is unknown"),
                Arguments.of("max below min", SCORES, DEMAND, "resource,min_load,max_load\nr1,2,1\nr2,0,1\n", null,
                        "loads.csv", 2, "max_load", "is below its min load (2)"),
                Arguments.of("unknown resource in conflicts", SCORES, DEMAND, LOADS,
                        "participant,resource\np1,r7\n", "conflicts.csv", 2, "resource",
                        "The resource (r7) is unknown"),
                Arguments.of("unclosed quote", SCORES + "p3,\"r1,0.5\n", DEMAND, LOADS, null,
                        "scores.csv", 6, "", "not valid CSV"),
                Arguments.of("empty file", "", DEMAND, LOADS, null, "scores.csv", 1, "", "The file is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void brokenInputNamesFileLineColumnAndAdvice(String name, String scores, String demand, String loads,
            String conflicts, String file, int line, String column, String message) throws IOException {
        AffinityCsvSources sources = files(scores, demand, loads, conflicts);

        AffinityInputException error = catchThrowableOfType(AffinityInputException.class,
                () -> AffinityCsv.read(sources));

        assertThat(error).as(name).isNotNull();
        assertThat(error.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).endsWith(file);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.message()).contains(message);
            assertThat(problem.advice()).startsWith("Maybe ");
        });
        assertThat(error.getMessage()).doesNotContain("Exception").contains(file);
    }

    @Test
    void reportsEveryProblemOfEveryFileAtOnce() throws IOException {
        AffinityCsvSources sources = files(SCORES + "p3,r1,x\np3,r2,y\n", DEMAND + "ghost,1\n",
                LOADS + "r1,0,1\n", null);

        AffinityInputException error = catchThrowableOfType(AffinityInputException.class,
                () -> AffinityCsv.read(sources));

        assertThat(error.problems()).extracting(InputProblem::file, InputProblem::line).contains(
                org.assertj.core.groups.Tuple.tuple(folder.resolve("scores.csv").toString(), 6L),
                org.assertj.core.groups.Tuple.tuple(folder.resolve("scores.csv").toString(), 7L),
                org.assertj.core.groups.Tuple.tuple(folder.resolve("demand.csv").toString(), 4L),
                org.assertj.core.groups.Tuple.tuple(folder.resolve("loads.csv").toString(), 4L));
        assertThat(error.getMessage()).contains(", line 6, column score: The score (x) is not a number.\nMaybe ");
    }

    @Test
    void missingFileIsNamed() {
        AffinityCsvSources sources = new AffinityCsvSources(folder.resolve("nope.csv"), null, 1, null, 1, null,
                null);

        AffinityInputException error = catchThrowableOfType(AffinityInputException.class,
                () -> AffinityCsv.read(sources));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("The file does not exist.");
            assertThat(problem.advice()).startsWith("Maybe");
        });
    }
}
