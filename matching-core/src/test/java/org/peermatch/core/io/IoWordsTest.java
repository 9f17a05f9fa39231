package org.peermatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.peermatch.core.text.Messages;

/**
 * The readers name what they expected in the document's vocabulary ("a list of member ids", "the workshop rules")
 * with English words that {@link Problems#words} looks up in the io bundle: every such phrase of the readers' code
 * has its French words, so a French validation never quotes English inside a French sentence. A single word is a
 * field's name as the document writes it; a JSON example ({@code {"pitch": …}}) is the same in both languages ({@code capacity}, {@code seed}) and may stay as it is.
 */
class IoWordsTest {

    private static final String LITERAL = "\"((?:[^\"\\\\]|\\\\.)*)\"(?=\\s*[,)])";
    /** The calls that name a kind of value with words: objects, expected types, labels. */
    private static final Pattern NAMED = Pattern.compile("(?:Fields\\.of|wrongType|Values\\.(?:id|kebab|choice|"
            + "nonBlank|integer|decimal|longInteger))\\([^,]+, problems, " + LITERAL);
    /** The calls that name the items of a list, which the message calls "a list of …". */
    private static final Pattern LISTED = Pattern.compile("(?:Values\\.list\\([^,]+, problems, |[^.\\w](?:items|kebabList)\\("
            + "[^,]+, )" + LITERAL);
    private static final Path SOURCES = Path.of("src/main/java/org/peermatch/core/io");

    @Test
    void everyPhraseNamingAKindOfValueHasItsFrenchWords() throws IOException {
        TreeSet<String> phrases = phrases();
        assertThat(phrases).contains("a list of member ids", "the workshop rules", "true or false");
        List<String> missing = new ArrayList<>();
        for (String phrase : phrases) {
            String key = Problems.wordsKey(phrase);
            if (phrase.contains(" ") && !(Messages.french().has(key) && Messages.english().has(key))) {
                missing.add(key + " (" + phrase + ")");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theEnglishWordsAreThePhraseItselfAndAJsonExampleStaysAsItIs() throws IOException {
        for (String phrase : phrases()) {
            String key = Problems.wordsKey(phrase);
            if (Messages.english().has(key)) {
                String words = Messages.english().get(key);
                assertThat(phrase).startsWith(words);
                assertThat(phrase.substring(words.length())).matches("|,? \\{.*");
            }
        }
        Problems french = new Problems("p.json", null, Messages.french());
        assertThat(french.words("an object of offers by mode, like {\"accompaniment\": {…}}"))
                .isEqualTo("un objet d’offres par modalité, comme {\"accompaniment\": {…}}");
        assertThat(french.words("a list of member ids")).isEqualTo("une liste d’identifiants de membres");
    }

    @Test
    void theScanFindsPhrasesInEveryNamingCall() {
        assertThat(phrases(List.of(
                "Fields rules = Fields.of(node, problems, \"the workshop rules\", FIELDS);",
                "for (Node item : items(fields.get(\"pinned\"), \"pinned pairs\")) {",
                "List<Node> items = Values.list(node, problems, \"modes like \\\"workshop\\\"\");",
                "Values.wrongType(node, problems, \"true or false\");",
                "problems.add(node, problems.t(\"io.cal.late\", status), advice);")))
                .containsExactly("a list of modes like \"workshop\"", "a list of pinned pairs", "the workshop rules",
                        "true or false");
    }

    private static TreeSet<String> phrases() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                lines.addAll(Files.readAllLines(file));
            }
        }
        return phrases(lines);
    }

    private static TreeSet<String> phrases(List<String> lines) {
        TreeSet<String> phrases = new TreeSet<>();
        for (String line : lines) {
            Matcher named = NAMED.matcher(line);
            while (named.find()) {
                phrases.add(unescape(named.group(1)));
            }
            Matcher listed = LISTED.matcher(line);
            while (listed.find()) {
                phrases.add("a list of " + unescape(listed.group(1)));
            }
        }
        return phrases;
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
