package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken programme of the reader's corpus, given to {@code solve}: exit 2, each problem located as
 * {@code file:line:column: $.path}, advice starting with "Maybe", no stack trace, nothing written, input untouched.
 */
class BrokenInputCorpusTest {

    private static final Path CORPUS = Path.of("..", "matching-core", "src", "test", "resources", "org", "peermatch",
            "core", "io", "broken");

    @TempDir
    Path dir;

    static Stream<Path> brokenProgrammes() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenProgrammes")
    void solveRefusesItWithLocatedAdviceAndWritesNothing(Path broken) throws IOException {
        Path input = Files.copy(broken, dir.resolve(broken.getFileName()));
        byte[] before = Files.readAllBytes(input);

        Cli.Result result = Cli.run("solve", input.toString(), "--move-limit", "100");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        String name = input.getFileName().toString();
        assertThat(result.err()).containsPattern(java.util.regex.Pattern.quote(name) + ":\\d+:\\d+: \\$")
                .contains("Maybe");
        assertThat(result.all()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Cli.files(dir)).containsExactly(name);
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }
}
