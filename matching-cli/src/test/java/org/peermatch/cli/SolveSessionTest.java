package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;

/** Ctrl-C: what the shutdown hook does, {@link SolveSession#interrupt()}, without ending the test JVM. */
class SolveSessionTest {

    @TempDir
    Path folder;

    @Test
    void interruptingWritesTheBestProposalSoFarAndEndsWith130() throws Exception {
        Programme programme = ProgrammeReader.read(Cli.programme("small.json", folder));
        // Far more moves than the test waits for; the time limit only guards against a hang.
        programme = programme.withSolver(new SolverSettings(Duration.ofMinutes(5), null, 50_000_000L, 7L));
        StringWriter err = new StringWriter();
        AtomicReference<SolveSession> session = new AtomicReference<>();
        // Like the Ctrl-C hook, interrupt from another thread (the listener runs on the solver's event thread).
        session.set(new SolveSession(programme, folder.resolve("p.json"), folder.resolve("p.html"),
                folder.resolve("cal"), new PrintWriter(err, true), (score, elapsed) -> {
                    if (score.startsWith("0hard/0medium")) {
                        Thread.ofPlatform().start(() -> session.get().interrupt());
                    }
                }));

        ExitCode exitCode = session.get().runStoppableByCtrlC();

        assertThat(exitCode).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(exitCode.code()).isEqualTo(130);
        assertThat(Cli.files(folder)).containsExactly("cal", "p.html", "p.json", "small.json");
        assertThat(err.toString())
                .contains("Interrupted: stopping the search and writing the best proposal found so far.")
                .contains("Wrote " + folder.resolve("p.json"));
        assertThat(session.get().awaitFinished(Duration.ZERO)).isTrue();
    }

    @Test
    void anInterruptBeforeTheSearchStartsEndsWith130() throws Exception {
        Programme programme = ProgrammeReader.read(Cli.programme("small.json", folder));
        programme = programme.withSolver(new SolverSettings(Duration.ofMinutes(5), null, 50_000_000L, 7L));
        SolveSession session = new SolveSession(programme, folder.resolve("p.json"), folder.resolve("p.html"),
                folder.resolve("cal"), new PrintWriter(new StringWriter(), true));

        session.interrupt();

        // Either the solver still produced a scored proposal (written) or it had none yet (nothing written).
        try {
            assertThat(session.run()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(Cli.files(folder)).containsExactly("cal", "p.html", "p.json", "small.json");
        } catch (UserError nothingYet) {
            assertThat(nothingYet.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(nothingYet.getMessage()).isEqualTo("Interrupted before a first proposal was ready: nothing written.");
            assertThat(Cli.files(folder)).containsExactly("small.json");
        }
    }
}
