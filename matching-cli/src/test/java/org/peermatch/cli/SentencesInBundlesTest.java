package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every sentence a user reads comes from the resource bundles: no string literal of the main code looks like a
 * sentence ("Maybe …", or three words or more), except in comments, log lines, picocli's help annotations and
 * exceptions that report a programming error (whose advice, a literal holding "Maybe ", still counts), constraint
 * justifications (Timefold's, read by the constraint tests only: no code of peer-match shows them), and literals
 * the English bundles hold word for word (keys, such as the readers' phrases that {@code Problems.words} looks up).
 * What is not translated yet is listed per file in
 * {@code untranslated-sentences.txt}, and the list may only shrink: a file translated must say so there.
 */
class SentencesInBundlesTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern SENTENCE = Pattern.compile("^Maybe |[A-Za-z’'][a-z’']+ [a-z’']+ [a-z’']+");
    private static final Pattern NOT_FOR_USERS = Pattern.compile("^\\s*(\\*|//|/\\*)|LOG(GER)?\\.|description\\s*=|"
            + "@Option|@Command|@Parameters|paramLabel|IllegalArgumentException|IllegalStateException|"
            + "NullPointerException|UnsupportedOperationException|AssertionError|requireNonNull|"
            + "UncheckedIOException\\(|justifyWith\\(");
    private static final List<Path> SOURCES = List.of(Path.of("../matching-core/src/main/java"),
            Path.of("src/main/java"));

    @Test
    void noSentenceIsWrittenOutsideTheBundlesBeyondTheListedOnes() throws IOException {
        Set<String> englishTexts = englishTexts();
        Map<String, Integer> found = new TreeMap<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    int count = (int) sentences(Files.readAllLines(file, StandardCharsets.UTF_8)).stream()
                            .filter(sentence -> !keyed(sentence, englishTexts)).count();
                    if (count > 0) {
                        found.put(root.relativize(file).toString().replace('\\', '/'), count);
                    }
                }
            }
        }
        Map<String, Integer> listed = listed();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> file : found.entrySet()) {
            int allowed = listed.getOrDefault(file.getKey(), 0);
            if (file.getValue() > allowed) {
                wrong.add(file.getKey() + " writes " + file.getValue() + " sentences in the code, " + allowed
                        + " listed: put the new ones in the bundles (org/peermatch/core/text)");
            }
        }
        for (Map.Entry<String, Integer> file : listed.entrySet()) {
            int now = found.getOrDefault(file.getKey(), 0);
            if (now < file.getValue()) {
                wrong.add(file.getKey() + " now writes " + now + " sentences in the code, " + file.getValue()
                        + " listed: lower its count in untranslated-sentences.txt");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theScanFindsASentenceAndLeavesCommentsLogsAndHelpAlone() {
        assertThat(sentences(List.of(
                "throw new UserError(ExitCode.FAILED, \"Cannot write the file now.\", \"Maybe retry.\");",
                "// \"this is a comment with words\"",
                "LOG.info(\"solving the whole programme now\");",
                "@Option(names = \"--out\", description = \"where the proposal goes\")",
                "throw new IllegalStateException(\"cannot happen in any case \"",
                "        + \"and this goes on for a while\");",
                "throw new IllegalArgumentException(\"The score is not a number.\\nMaybe leave the pair out.\");",
                "@Option(names = \"--x\", description = \"the first words of a help\"",
                "        + \"and the rest of the help text\")",
                "private boolean x;",
                "messages.get(\"cli.error.cannotWrite\", file);",
                "err.println(\"Then a sentence for the user\");",
                ".justifyWith((w, score) -> WorkshopJustification.of(w, w.animator()",
                "        + \" does not offer to animate workshops\"))",
                "        .asConstraint(WorkshopConstraint.WORKSHOP_ANIMATOR_NOT_COMPETENT.id());")))
                .containsExactly("Cannot write the file now.", "Maybe retry.",
                        "The score is not a number.\\nMaybe leave the pair out.", "Then a sentence for the user");
    }

    @Test
    void aLiteralTheBundlesHoldWordForWordIsAKeyNotASentence() throws IOException {
        Set<String> texts = englishTexts();
        // Problems.words looks the readers' phrases up in io.words.*; the workshop's closed-day reasons are keys too
        assertThat(keyed("the eligibility facts", texts)).isTrue();
        assertThat(keyed("an object of topics, {\\\"pitch\\\": {\\\"workshop\\\": 3}}", texts)).isTrue();
        assertThat(keyed("on a closed day", texts)).isTrue();
        assertThat(keyed("territory ids like \\\"ariege\\\"", texts)).isTrue();
        assertThat(keyed("the committee decides this alone", texts)).isFalse();
        // advice is always counted, even when a bundle holds the same words
        assertThat(keyed("Maybe keep only one score per pair.", texts)).isFalse();
    }

    /**
     * @return whether the literal (as written in the code) is a bundle's English text word for word, up to a JSON
     *         example: then the code uses it as a key into the bundles, which hold it in both languages
     */
    static boolean keyed(String literal, Set<String> englishTexts) {
        if (literal.contains("Maybe ")) {
            return false;
        }
        String text = literal.replace("\\\"", "\"");
        int example = text.indexOf('{');
        String words = example > 0 ? text.substring(0, example).replaceAll("[ ,]+$", "") : text;
        // Values.list says "a list of " before the kind of its items
        return englishTexts.contains(words) || englishTexts.contains("a list of " + words);
    }

    /** @return every text of the English bundles, as printed (a doubled quote as one) */
    private static Set<String> englishTexts() throws IOException {
        Set<String> texts = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("../matching-core/src/main/resources/org/peermatch/core/text"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties") && !f.toString().contains("_"))
                    .toList()) {
                Properties bundle = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    bundle.load(reader);
                }
                for (String key : bundle.stringPropertyNames()) {
                    texts.add(bundle.getProperty(key).replace("''", "'"));
                }
            }
        }
        return texts;
    }

    /** @return the literals of these lines that read like sentences for users */
    static List<String> sentences(List<String> lines) {
        List<String> sentences = new ArrayList<>();
        boolean inComment = false;
        boolean inExcludedStatement = false;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("/*")) {
                inComment = true;
            }
            if (inComment) {
                inComment = !trimmed.contains("*/");
                continue;
            }
            // A help text or a programming error goes on until its statement ends (';', '{' or '}' at a line's end).
            boolean excluded = inExcludedStatement || NOT_FOR_USERS.matcher(line).find();
            inExcludedStatement = excluded && !(trimmed.endsWith(";") || trimmed.endsWith("{")
                    || trimmed.endsWith("}"));
            Matcher literal = LITERAL.matcher(line);
            while (literal.find()) {
                // Advice is always for users, even inside an exception's message.
                boolean advice = literal.group(1).contains("Maybe ");
                if (advice || !excluded && SENTENCE.matcher(literal.group(1)).find()) {
                    sentences.add(literal.group(1));
                }
            }
        }
        return sentences;
    }

    private static Map<String, Integer> listed() throws IOException {
        Map<String, Integer> listed = new TreeMap<>();
        try (InputStream in = SentencesInBundlesTest.class.getResourceAsStream("untranslated-sentences.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.strip().split(" ");
                    listed.put(parts[0], Integer.parseInt(parts[1]));
                }
            }
        }
        return listed;
    }
}
