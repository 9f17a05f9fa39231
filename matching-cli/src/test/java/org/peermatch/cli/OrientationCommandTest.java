package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve} on a programme with applicants: orientation first, then the modes, all on the console and files. */
class OrientationCommandTest {

    @Test
    void solveOrientsTheApplicantsThenPlansTheModes(@TempDir Path folder) throws Exception {
        Path programme = folder.resolve("applicants.json");
        Files.copy(Path.of("../examples/applicants-programme.json"), programme);

        Cli.Result result = Cli.run("solve", programme.toString(), "--move-limit", "2000", "--seed", "1");

        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        assertThat(result.err()).contains("; 60 applicants with wishes, oriented before the modes are planned",
                "Orientation: ", " of 60 applicants admitted", "  admitted ",
                "  waiting 1. ", "Would be admitted to");
        assertThat(Files.readString(folder.resolve("applicants-proposal.json"))).contains("\"waitingList\"");
        assertThat(Files.readString(folder.resolve("applicants-report.html"))).contains("Orientation and selection");
    }
}
