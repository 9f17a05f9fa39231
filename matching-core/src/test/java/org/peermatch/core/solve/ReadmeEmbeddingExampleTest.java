package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding example is what an embedding tool would write: it must compile against the library as it
 * is, and run on the small example programme, writing the files it says.
 */
class ReadmeEmbeddingExampleTest {

    private static final String MARKER = "<!-- embedding-example -->";

    @Test
    void theReadmeExampleCompilesAndRuns(@TempDir Path folder) throws Exception {
        Path root = root();
        String source = example(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8));
        Path sources = Files.createDirectories(folder.resolve("src"));
        Files.writeString(sources.resolve("Embedding.java"), source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(folder.resolve("classes"));

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, diagnostics, diagnostics, "-proc:none", "-Xlint:all", "-Werror",
                "-cp", System.getProperty("java.class.path"), "-d", classes.toString(),
                sources.resolve("Embedding.java").toString());
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        Path out = folder.resolve("out");
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Method main = loader.loadClass("Embedding").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {
                    root.resolve("examples/small-programme.json").toString(), out.toString()});
        } finally {
            System.setOut(console);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Accompaniment: ").contains(" <- ").containsAnyOf("complete", "with gaps");
        assertThat(Files.readString(out.resolve("proposal.json"))).startsWith("{").contains("\"pairs\"");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<html");
        assertThat(Files.readString(out.resolve("programme.ics"))).startsWith("BEGIN:VCALENDAR");
    }

    private static String example(String readme) {
        int marker = readme.indexOf(MARKER);
        assertThat(marker).as("the README's " + MARKER).isNotNegative();
        int start = readme.indexOf("```java\n", marker) + "```java\n".length();
        int end = readme.indexOf("```", start);
        List<String> lines = readme.substring(start, end).lines().toList();
        assertThat(lines).anyMatch(line -> line.startsWith("public class Embedding"));
        return String.join("\n", lines) + "\n";
    }

    private static Path root() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a README.md above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
