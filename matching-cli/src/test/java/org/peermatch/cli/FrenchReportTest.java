package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's "the French report opens offline and contains no English sentence": the demo solved in French
 * ({@code --lang fr}, a move limit) gives a report that declares {@code lang="fr"}, loads nothing from elsewhere,
 * shows French dates, and whose visible text (tags, style and script removed; the script's own visible strings
 * checked too) holds no sentence of the English bundles (each value of three words or more, its arguments taken as
 * wildcards) and no common English function word in running text once the names, organizations, topics and ids the
 * user gave are removed.
 */
class FrenchReportTest {

    /** Where the bundles are, from this module's folder. */
    private static final Path BUNDLES = Path.of("../matching-core/src/main/resources/org/peermatch/core/text");
    /** Words no French sentence of ours holds, between spaces. */
    private static final List<String> ENGLISH_WORDS = List.of("the", "and", "with", "of", "for", "is", "are", "not",
            "to", "from", "no", "one", "has", "have", "this", "that", "which", "who", "by", "on", "in", "at", "or",
            "each", "per", "hours", "day", "days", "session", "sessions", "week", "meeting", "person", "needs");

    @TempDir
    Path folder;

    @Test
    void theFrenchReportHoldsNoEnglishSentence() throws IOException {
        Path dir = folder.resolve("démo");
        Cli.Result result = Cli.run("demo", "--lang", "fr", "--dir", dir.toString(), "--move-limit", "2000", "--seed",
                "7");
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        String html = Files.readString(dir.resolve("demo-report.html"));

        assertThat(html).contains("<html lang=\"fr\"");
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:)?//");
        assertThat(html).doesNotContainPattern("(?i)@import|url\\(\\s*['\"]?(https?:)?//");
        assertThat(html).containsPattern("(lundi|mardi|mercredi|jeudi|vendredi) \\d{1,2} (janvier|février|mars|avril|"
                + "mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\\d\\d");

        List<String> texts = new ArrayList<>();
        texts.add(visibleText(html));
        texts.addAll(scriptStrings(html));
        String given = String.join("\n", texts);
        String running = withoutUserWords(given, Files.readString(dir.resolve("demo-programme.json")));

        List<String> english = new ArrayList<>();
        for (Sentence sentence : englishSentences()) {
            Matcher matcher = sentence.pattern().matcher(running);
            if (matcher.find()) {
                english.add(sentence.key() + " \"" + matcher.group() + "\"");
            }
        }
        for (String word : ENGLISH_WORDS) {
            Matcher matcher = Pattern.compile("(?<=[\\s(])" + word + "(?=[\\s,.:;)])").matcher(running);
            while (matcher.find()) {
                int from = Math.max(0, matcher.start() - 60);
                int to = Math.min(running.length(), matcher.end() + 60);
                english.add("\"" + word + "\" in: " + running.substring(from, to).replaceAll("\\s+", " "));
            }
        }
        assertThat(english).isEmpty();
    }

    /** @return the page's text with its tags, style and script removed and its entities undone */
    private static String visibleText(String html) {
        String text = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<!--.*?-->", " ");
        // Attribute values a reader sees (titles, labels, placeholders) count as text.
        Matcher attributes = Pattern.compile("(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"").matcher(text);
        StringBuilder shown = new StringBuilder();
        while (attributes.find()) {
            shown.append(' ').append(attributes.group(1)).append('\n');
        }
        text = text.replaceAll("(?s)<[^>]*>", " ") + "\n" + shown;
        return unescape(text);
    }

    /** @return the string literals of the page's script that hold a space: what it shows */
    private static List<String> scriptStrings(String html) {
        List<String> strings = new ArrayList<>();
        Matcher scripts = Pattern.compile("(?s)<script[^>]*>(.*?)</script>").matcher(html);
        while (scripts.find()) {
            Matcher literals = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'")
                    .matcher(scripts.group(1));
            while (literals.find()) {
                String literal = literals.group(1) != null ? literals.group(1) : literals.group(2);
                if (literal.contains(" ")) {
                    strings.add(" " + literal + " ");
                }
            }
        }
        return strings;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /**
     * @return the text with every string value of the programme (names, organizations, topics, ids, also as the
     *         words of a kebab-case id) blanked where it stands as whole words
     */
    private static String withoutUserWords(String text, String programmeJson) {
        Set<String> values = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length()
                : a.compareTo(b));
        Matcher strings = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(:?)").matcher(programmeJson);
        while (strings.find()) {
            String value = strings.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
            if (strings.group(2).isEmpty() && value.length() > 1) {
                values.add(value);
                String words = value.replace('-', ' ').replace('_', ' ');
                values.add(words);
                values.add(words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1));
            }
        }
        String result = text;
        for (String value : values) {
            result = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(value) + "(?![\\p{L}\\d])")
                    .matcher(result).replaceAll("·");
        }
        return result;
    }

    private record Sentence(String key, Pattern pattern) {
    }

    /** @return each value of the English bundles of three words or more, as a pattern with its arguments open */
    private static List<Sentence> englishSentences() throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<Path> english;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            english = files.filter(file -> file.getFileName().toString().endsWith(".properties")
                    && !file.getFileName().toString().contains("_")).sorted().toList();
        }
        for (Path file : english) {
            Properties en = FrenchOutputsTest.load(file);
            Properties fr = FrenchOutputsTest.load(file.resolveSibling(file.getFileName().toString()
                    .replace(".properties", "_fr.properties")));
            for (String key : en.stringPropertyNames()) {
                String value = en.getProperty(key);
                if (value.equals(fr.getProperty(key))) {
                    continue; // the same in both languages (a unit, a symbol): not English
                }
                List<String> pieces = new ArrayList<>(FrenchOutputsTest.fixedPieces(value));
                pieces.removeIf(String::isBlank);
                String words = String.join(" ", pieces).replaceAll("[^\\p{L}'’-]+", " ").strip();
                if (words.isEmpty() || words.split(" ").length < 3) {
                    continue;
                }
                StringBuilder regex = new StringBuilder();
                for (int i = 0; i < pieces.size(); i++) {
                    if (i > 0) {
                        regex.append("[^\\n]{0,200}?");
                    }
                    regex.append(Pattern.quote(pieces.get(i).strip()).replace(" ", "\\E\\s+\\Q"));
                }
                sentences.add(new Sentence(key, Pattern.compile(regex.toString())));
            }
        }
        assertThat(sentences).hasSizeGreaterThan(200);
        return sentences;
    }
}
