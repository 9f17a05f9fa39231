package org.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of the README's package section, checked on the library's sources: each package uses only
 * packages to its left in model → scoring → plan → modes → calendar → solve → report; {@code io} needs only the
 * model; {@code affinity} and {@code groups} stand beside the modes, reading their CSVs with {@code io}'s rules for
 * input texts; {@code text} (the sentences in English and French) sits below them all and every package may use
 * it; no package uses one that uses it back.
 */
class PackageLayeringTest {

    private static final String ROOT = "org.peermatch.core.";
    private static final Pattern REFERENCE = Pattern.compile("org\\.peermatch\\.core\\.([a-z]+)\\.[A-Z]");
    private static final List<String> MODES = List.of("accompaniment", "immersion", "codevelopment", "workshop");

    /** What each package may use, besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("io", Set.of("model")),
            Map.entry("workbook", Set.of("model", "io")),
            Map.entry("scoring", Set.of("model")),
            Map.entry("plan", Set.of("model", "scoring")),
            Map.entry("orientation", Set.of("model", "scoring", "plan")),
            Map.entry("accompaniment", Set.of("model", "scoring", "plan")),
            Map.entry("immersion", Set.of("model", "scoring", "plan")),
            Map.entry("codevelopment", Set.of("model", "scoring", "plan")),
            Map.entry("workshop", Set.of("model", "scoring", "plan")),
            Map.entry("calendar", union(Set.of("model", "scoring", "plan"), MODES)),
            Map.entry("solve", union(Set.of("model", "scoring", "plan", "orientation", "calendar"), MODES)),
            Map.entry("decisions", union(Set.of("model", "scoring", "plan", "calendar", "solve"), MODES)),
            Map.entry("report", union(
                    Set.of("model", "scoring", "plan", "orientation", "calendar", "solve", "workbook", "decisions"),
                    MODES)),
            Map.entry("affinity", Set.of("io")),
            Map.entry("groups", Set.of("model", "io")));

    private static Map<String, Set<String>> uses;

    @BeforeAll
    static void readSources() throws IOException {
        Path sources = Path.of("src/main/java/org/peermatch/core");
        uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = sources.relativize(file.getParent()).toString().replace('/', '.');
                Set<String> used = uses.computeIfAbsent(pkg, key -> new TreeSet<>());
                Matcher matcher = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    if (!matcher.group(1).equals(pkg)) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
    }

    @Test
    void everyPackageIsInTheLayering() {
        assertThat(ALLOWED.keySet()).containsAll(uses.keySet());
    }

    @Test
    void eachPackageUsesOnlyPackagesBelowIt() {
        List<String> wrong = new ArrayList<>();
        uses.forEach((pkg, used) -> {
            for (String other : used) {
                if (!other.equals("text") && !ALLOWED.getOrDefault(pkg, Set.of()).contains(other)) {
                    wrong.add(ROOT + pkg + " uses " + ROOT + other);
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void noPackageUsesOneThatUsesItBack() {
        List<String> cycles = new ArrayList<>();
        uses.forEach((pkg, used) -> {
            for (String other : used) {
                if (pkg.compareTo(other) < 0 && uses.getOrDefault(other, Set.of()).contains(pkg)) {
                    cycles.add(pkg + " <-> " + other);
                }
            }
        });
        assertThat(cycles).isEmpty();
    }

    private static Set<String> union(Set<String> a, List<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
