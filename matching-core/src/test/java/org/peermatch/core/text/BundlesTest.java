package org.peermatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every sentence exists in English and in French, with the same arguments, and is a well-formed pattern. */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/peermatch/core/text");

    @Test
    void everyBundleHasBothLanguagesWithTheSameKeys() throws IOException {
        List<String> families = families();
        assertThat(families).contains("common");
        for (String family : families) {
            Properties english = load(family + ".properties");
            Properties french = load(family + "_fr.properties");
            assertThat(french.stringPropertyNames()).as("keys of %s_fr.properties", family)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(key).as("key in %s.properties", family).startsWith(family + ".");
            }
        }
    }

    @Test
    void everySentenceIsAPatternWithTheSameArgumentsInBothLanguages() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String family : families()) {
            Properties english = load(family + ".properties");
            Properties french = load(family + "_fr.properties");
            for (String key : english.stringPropertyNames()) {
                String en = english.getProperty(key);
                String fr = french.getProperty(key, "");
                if (key.endsWith(".pattern") || key.startsWith("common.date.")) {
                    continue;
                }
                for (String value : List.of(en, fr)) {
                    if (value.replace("''", "").indexOf('\'') >= 0) {
                        wrong.add(key + ": a lone ' (write '' or use ’): " + value);
                    }
                }
                try {
                    if (!arguments(en).equals(arguments(fr))) {
                        wrong.add(key + ": arguments " + arguments(en) + " in English, " + arguments(fr)
                                + " in French");
                    }
                } catch (IllegalArgumentException malformed) {
                    wrong.add(key + ": not a message pattern: " + malformed.getMessage());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noKeyIsWrittenTwiceInOneFile() throws IOException {
        // A second line with the same key silently replaces the first sentence wherever it was used.
        List<String> twice = new ArrayList<>();
        for (String family : families()) {
            for (String name : List.of(family + ".properties", family + "_fr.properties")) {
                Set<String> keys = new TreeSet<>();
                for (String line : Files.readAllLines(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")
                            && !keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip())) {
                        twice.add(name + ": " + trimmed.substring(0, trimmed.indexOf('=')));
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void frenchDatesAndListsReadAsTheSeedWrites() {
        assertThat(Messages.french().date(LocalDate.of(2027, 3, 16))).isEqualTo("mardi 16 mars 2027");
        assertThat(Messages.english().date(LocalDate.of(2027, 3, 16))).isEqualTo("Tuesday 16 March 2027");
        assertThat(Messages.french().and(List.of("Léa", "Karim", "Inès"))).isEqualTo("Léa, Karim et Inès");
        assertThat(Messages.english().and(List.of("Léa", "Karim"))).isEqualTo("Léa and Karim");
        assertThat(Messages.forLanguage("fr-FR")).isSameAs(Messages.french());
        assertThat(Messages.speaks("de")).isFalse();
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        MessageFormat format = new MessageFormat(pattern);
        Format[] byArgument = format.getFormatsByArgumentIndex();
        // getFormatsByArgumentIndex only sizes to the highest index used; probe which indices appear
        for (int index = 0; index < byArgument.length; index++) {
            if (pattern.contains("{" + index + "}") || pattern.contains("{" + index + ",")) {
                indices.add(index);
            }
        }
        return indices;
    }

    private static List<String> families() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted().toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
