package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void writesEveryFileAndLeavesNoTemporaryFile() throws IOException {
        AtomicFiles.write(List.of(
                new AtomicFiles.Output(folder.resolve("a.json"), out -> out.write("{}".getBytes(StandardCharsets.UTF_8))),
                new AtomicFiles.Output(folder.resolve("sub/b.html"), out -> out.write("<p>".getBytes(StandardCharsets.UTF_8)))));

        assertThat(folder.resolve("a.json")).hasContent("{}");
        assertThat(folder.resolve("sub/b.html")).hasContent("<p>");
        assertThat(Cli.files(folder)).containsExactly("a.json", "sub");
        assertThat(Cli.files(folder.resolve("sub"))).containsExactly("b.html");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Files.writeString(folder.resolve("a.json"), "old");

        AtomicFiles.write(List.of(new AtomicFiles.Output(folder.resolve("a.json"),
                out -> out.write("new".getBytes(StandardCharsets.UTF_8)))));

        assertThat(folder.resolve("a.json")).hasContent("new");
        assertThat(Cli.files(folder)).containsExactly("a.json");
    }

    @Test
    void aFailingWriterLeavesEveryTargetUntouchedAndNoTemporaryFile() throws IOException {
        Files.writeString(folder.resolve("a.json"), "old");

        assertThatThrownBy(() -> AtomicFiles.write(List.of(
                new AtomicFiles.Output(folder.resolve("a.json"), out -> out.write("new".getBytes(StandardCharsets.UTF_8))),
                new AtomicFiles.Output(folder.resolve("b.html"), out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining(folder.resolve("b.html").toString())
                .hasMessageContaining("disk full");

        assertThat(folder.resolve("a.json")).hasContent("old");
        assertThat(Cli.files(folder)).containsExactly("a.json");
    }
}
