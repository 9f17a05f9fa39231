package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.peermatch.core.plan.ConstraintDefinition;

/** The README's constraint table is the documentation of the constraint ids and weights: it must say the truth. */
class ReadmeConstraintTableTest {

    @Test
    void readmeTableListsEveryConstraintWithItsLevelKindAndDefaultWeight() throws IOException {
        List<String> expected = new ArrayList<>();
        for (ConstraintDefinition definition : ConstraintCatalog.all()) {
            expected.add("`" + definition.id() + "` | " + definition.level().name().toLowerCase(Locale.ROOT) + " | "
                    + (definition.reward() ? "reward" : "penalty") + " | " + definition.defaultWeight());
        }
        List<String> documented = new ArrayList<>();
        for (String line : Files.readAllLines(readme())) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| `") && cells.length > 4) {
                documented.add(cells[1].trim() + " | " + cells[2].trim() + " | " + cells[3].trim() + " | "
                        + cells[4].trim());
            }
        }
        assertThat(documented).containsAll(expected);
    }

    @Test
    void readmeMeaningOfEveryConstraintIsItsEnglishDescription() throws IOException {
        List<String> expected = new ArrayList<>();
        for (ConstraintDefinition definition : ConstraintCatalog.all()) {
            expected.add("`" + definition.id() + "` | " + definition.description());
        }
        List<String> documented = new ArrayList<>();
        for (String line : Files.readAllLines(readme())) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| `") && cells.length > 5) {
                // the README may set an id or a field in code font; the bundle's sentence is plain text
                documented.add(cells[1].trim() + " | " + cells[5].trim().replace("`", ""));
            }
        }
        assertThat(documented).containsAll(expected);
    }

    private static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a README.md above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir.resolve("README.md");
    }
}
