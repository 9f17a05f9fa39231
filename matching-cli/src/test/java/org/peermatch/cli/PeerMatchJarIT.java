package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar ({@code target/peer-match.jar}, made by the shade plugin in {@code package}) run as the launcher runs
 * it: {@code java -jar}, with the JDK running this test. Run by failsafe in {@code mvn verify}.
 */
class PeerMatchJarIT {

    private static final Path JAR = Path.of(System.getProperty("peermatch.jar", "target/peer-match.jar"));
    private static final Path PROGRAMMES = Path.of("src/test/resources/programmes");

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void theJarPrintsItsVersionAndValidatesProgrammes() throws Exception {
        assertThat(JAR).isRegularFile();

        Run version = java("--version");
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("peer-match " + System.getProperty("peermatch.version", ""))
                .containsPattern("^peer-match \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");

        Run valid = java("validate", PROGRAMMES.resolve("small.json").toString());
        assertThat(valid.exitCode()).as(valid.err()).isZero();
        assertThat(valid.out()).contains("small.json is valid: 4 members (2 participants, 2 resource persons), 3 needs.");

        Run broken = java("validate", PROGRAMMES.resolve("broken.json").toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("broken.json:7:57: $.members[0].needs[0].priority:")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void sigintWhileSolvingWritesAProposalWithEveryModesConstructedPlan() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/kill"))
                || Files.isExecutable(Path.of("/usr/bin/kill")), "needs kill to send SIGINT");
        String java = ProcessHandle.current().info().command().orElse("java");
        Path demo = folder.resolve("demo");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "demo", "--dir", demo.toString(),
                "--time-limit", "10m", "--seed", "3").redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(err.toFile()).start();
        process.getOutputStream().close();
        // Waits for the first best score (a guard of minutes against a hang, not a speed assertion).
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.readString(err).contains(" best ") && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("peer-match demo did not end after SIGINT.");
        }

        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(stderr).isEqualTo(130);
        assertThat(stderr).contains("Interrupted").doesNotContain("Immersion: 0 of")
                .doesNotContain("Co-development: 0 groups").doesNotContain("Exception", "\tat ");
        assertThat(demo.resolve("demo-proposal.json")).isRegularFile();
        assertThat(Files.readString(demo.resolve("demo-proposal.json"))).contains("\"mentor\"", "\"groups\"",
                "\"animator\"");
        assertThat(demo.resolve("demo-calendar").resolve("programme.ics")).isRegularFile();
    }

    private Run java(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        process.getOutputStream().close();
        // A guard against a hung process, not a speed assertion.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("peer-match " + String.join(" ", args) + " did not end.");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
