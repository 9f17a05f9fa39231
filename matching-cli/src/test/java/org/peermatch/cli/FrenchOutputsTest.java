package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo solved in French ({@code --lang fr}, a move limit) holds no sentence of the English bundles in what it
 * prints, in the proposal's texts and in the calendar: every sentence it shows comes from the French bundles.
 */
class FrenchOutputsTest {

    /** Where the bundles are, from this module's folder. */
    private static final Path BUNDLES = Path.of("../matching-core/src/main/resources/org/peermatch/core/text");
    /** Shorter pieces of English ("{0} and {1}") may be names or topics given by the user; longer ones are ours. */
    private static final int SHORTEST_FRAGMENT = 12;

    @TempDir
    Path folder;

    @Test
    void theFrenchDemoHoldsNoEnglishSentence() throws IOException {
        Path dir = folder.resolve("démo");

        Cli.Result result = Cli.run("demo", "--lang", "fr", "--dir", dir.toString(), "--move-limit", "2000", "--seed",
                "7");

        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        List<String> texts = new ArrayList<>();
        texts.addAll(result.out().lines().toList());
        texts.addAll(result.err().lines().toList());
        collect(JsonMapper.builder().build().readTree(Files.readString(dir.resolve("demo-proposal.json"))), texts);
        texts.add(unfold(Files.readString(dir.resolve("demo-calendar/programme.ics"))));
        assertThat(String.join("\n", texts)).contains("besoins couverts sur", "couvre", "Rendez-vous d’accompagnement",
                "Avec : ", "Journée d’immersion", "La démo est dans");

        Map<String, String> fragments = englishFragments();
        List<String> english = new ArrayList<>();
        for (String text : texts) {
            for (Map.Entry<String, String> fragment : fragments.entrySet()) {
                if (text.contains(fragment.getKey())) {
                    english.add("\"" + fragment.getKey() + "\" (" + fragment.getValue() + ") in: " + shorten(text));
                }
            }
        }
        assertThat(english).isEmpty();
    }

    @Test
    void theLanguageOptionOverridesTheProgrammeAndEnglishStaysTheDefault() {
        Path small = Cli.programme("small.json", folder);

        Cli.Result french = Cli.run("validate", small.toString(), "--lang", "fr");
        Cli.Result english = Cli.run("validate", small.toString(), "--lang", "en");

        assertThat(french.out()).contains(" est valide : ").contains("personnes ressources");
        assertThat(english.out()).contains(" is valid: ").contains("resource persons");
        assertThat(Cli.run("validate", small.toString(), "--lang", "de").exitCode()).isEqualTo(2);
    }

    @Test
    void validateTellsTheProblemsInFrench() throws IOException {
        Path small = Cli.programme("small.json", folder);
        String broken = Files.readString(small).replace("\"priority\": 2", "\"priority\": 7")
                .replace("\"solver\"", "\"history\": [{\"members\": [\"p1\", \"zz9\"], \"mode\": \"other\","
                        + " \"date\": \"2026-05-12\"}], \"solver\"")
                .replace("\"end\": \"2027-06-30\"}", "\"end\": \"2027-06-30\", \"organizer\": \"x\"}");
        Files.writeString(small, broken);

        Cli.Result french = Cli.run("validate", small.toString(), "--lang", "fr");
        Cli.Result english = Cli.run("validate", small.toString(), "--lang", "en");

        assertThat(french.exitCode()).isEqualTo(2);
        assertThat(french.err()).contains("priorité : 7 n’est pas entre 1 et 3.",
                "`zz9` n’est l’identifiant d’aucun membre.", "`organizer` n’est pas un champ possible ici (le programme).",
                "Peut-être utiliser une priorité", "n’est pas un programme valide : 3 problèmes.")
                .doesNotContain("Maybe");
        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.err()).contains("priority 7 is out of range 1..3.", "`zz9` is not the id of a member.",
                "`organizer` is not a field of the programme.", "is not a valid programme: 3 problems.");
    }

    /** @return every string value in the tree */
    private static void collect(JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.asString());
        }
        for (JsonNode child : node) {
            collect(child, texts);
        }
    }

    /** @return the iCalendar text with its folded lines joined and its escapes undone */
    private static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
                .replace("\\\\", "\\");
    }

    /**
     * @return the fixed pieces of every English sentence (the text between its arguments) long enough to be ours
     *         and absent from its French sentence, each with its key
     */
    private static Map<String, String> englishFragments() throws IOException {
        Map<String, String> fragments = new TreeMap<>();
        List<Path> english;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            english = files.filter(file -> file.getFileName().toString().endsWith(".properties")
                    && !file.getFileName().toString().contains("_")).sorted().toList();
        }
        for (Path file : english) {
            Properties en = load(file);
            String name = file.getFileName().toString();
            Properties fr = load(file.resolveSibling(name.replace(".properties", "_fr.properties")));
            for (String key : en.stringPropertyNames()) {
                String french = fr.getProperty(key, "");
                for (String fragment : fixedPieces(en.getProperty(key))) {
                    String piece = fragment.strip();
                    if (piece.length() >= SHORTEST_FRAGMENT && piece.contains(" ") && !french.contains(piece)) {
                        fragments.putIfAbsent(piece, key);
                    }
                }
            }
        }
        assertThat(fragments).hasSizeGreaterThan(100);
        return fragments;
    }

    /** @return the text of a message pattern outside its arguments, split at each argument */
    static List<String> fixedPieces(String pattern) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        String text = pattern.replace("''", "'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
