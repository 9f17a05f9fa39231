package org.peermatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random damage to the valid sample (characters deleted, inserted or duplicated): whatever the damage, the
 * reader either reads a programme or throws {@link InvalidInputException} with located problems and advice, never
 * anything else, and gives the same answer twice.
 */
class SyntaxRecoveryRobustnessTest {

    private static final String ALPHABET = "{}[],:\"' \n0123456789abcdefghijklmnopqrstuvwxyz-./\\";

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void damagedDocumentsGiveLocatedProblemsOrAProgramme(int seed) throws Exception {
        String damaged = damage(ProgrammeReaderTest.resource("valid-full.json"), new Random(seed));

        List<InputProblem> first = problems(damaged);
        List<InputProblem> second = problems(damaged);

        assertThat(second).isEqualTo(first);
        int lines = (int) damaged.lines().count() + 1;
        for (InputProblem problem : first) {
            assertThat(problem.line()).as(problem.format()).isBetween(1, lines);
            assertThat(problem.column()).as(problem.format()).isPositive();
            assertThat(problem.path()).as(problem.format()).startsWith("$");
            assertThat(problem.message()).as(problem.format()).isNotBlank().doesNotContain("Exception");
            assertThat(problem.advice()).as(problem.format()).startsWith("Maybe ");
        }
        assertThat(first).isSortedAccordingTo((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
    }

    private static List<InputProblem> problems(String json) {
        try {
            ProgrammeReader.read(json, "damaged.json");
            return List.of();
        } catch (InvalidInputException e) {
            assertThat(e.problems()).isNotEmpty();
            return e.problems();
        }
    }

    private static String damage(String text, Random random) {
        StringBuilder damaged = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(damaged.length());
            switch (random.nextInt(3)) {
                case 0 -> damaged.deleteCharAt(at);
                case 1 -> damaged.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> damaged.insert(at, damaged.substring(at, Math.min(damaged.length(), at + 1
                        + random.nextInt(20))));
            }
        }
        return damaged.toString();
    }
}
