package org.peermatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the CLI in-process and captures what it prints; test helpers. */
final class Cli {

    /** What one run gave. */
    record Result(int exitCode, String out, String err) {
        /** @return stdout and stderr together, for "never prints" checks */
        String all() {
            return out + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = PeerMatchCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** Copies a programme from the test resources ({@code programmes/NAME}) into the folder. */
    static Path programme(String name, Path folder) {
        try (InputStream in = Cli.class.getResourceAsStream("/programmes/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test programme " + name);
            }
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the names of the files in the folder, sorted */
    static List<String> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
