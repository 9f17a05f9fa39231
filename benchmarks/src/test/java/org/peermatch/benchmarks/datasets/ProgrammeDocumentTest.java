package org.peermatch.benchmarks.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Programme;

class ProgrammeDocumentTest {

    /** The document reads back as the generated programme: solving it is solving the benchmark's dataset. */
    @Test
    void aGeneratedProgrammeReadsBackEqual() throws Exception {
        for (long seed = 1; seed <= 2; seed++) {
            Programme generated = ProgrammeGenerator.generate(Size.S, seed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ProgrammeDocument.write(generated, out);
            Programme read = ProgrammeReader.read(out.toString(StandardCharsets.UTF_8), "S.json");
            // the document has no "no unimproved limit": the writer gives the time limit instead
            assertThat(read).isEqualTo(generated.withSolver(
                    generated.solver().withUnimprovedTimeLimit(generated.solver().timeLimit())));
        }
    }
}
