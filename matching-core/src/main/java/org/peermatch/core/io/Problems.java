package org.peermatch.core.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.peermatch.core.text.Messages;

/**
 * Collects the problems of one document as they are found, located by offsets in the original text, and turns them
 * into {@link InputProblem}s sorted by line and column.
 *
 * <p>Parts of the text that syntax recovery had to rewrite are "suppressed": a later problem about a value that
 * starts there would only repeat the syntax error, so it is dropped.
 */
final class Problems {

    private record Found(int offset, String path, String message, String advice, boolean syntax) {
    }

    private final String file;
    private final SourceText source;
    private final List<Found> found = new ArrayList<>();
    private final List<int[]> suppressed = new ArrayList<>();
    private final Set<Integer> incomplete = new HashSet<>();
    private final Messages messages;

    Problems(String file, SourceText source) {
        this(file, source, Messages.english());
    }

    Problems(String file, SourceText source, Messages messages) {
        this.file = file;
        this.source = source;
        this.messages = messages;
    }

    /** @return the language the problems are told in */
    Messages messages() {
        return messages;
    }

    /** @return the sentence of that key in the problems' language */
    String t(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /**
     * @param english words of the document's vocabulary, e.g. {@code a member}
     * @return the same words in the problems' language ({@code io.words.a.member}), or as given when the bundle has
     *         none
     */
    String words(String english) {
        if (messages == Messages.english()) {
            return english;
        }
        String words = wordsBeforeExample(english);
        String key = wordsKey(words);
        return (messages.has(key) ? messages.get(key) : words) + english.substring(words.length());
    }

    /**
     * @param english words of the document's vocabulary, e.g. {@code an object of topics, {"pitch": {…}}}
     * @return their key in the io bundle: the words before a JSON example, joined by dots, letters, digits and dashes
     *         only, e.g. {@code io.words.an.object.of.topics}
     */
    static String wordsKey(String english) {
        return "io.words." + wordsBeforeExample(english).replaceAll("[^A-Za-z0-9 -]", "").strip()
                .replaceAll(" +", ".");
    }

    /** @return the words before a JSON example ({@code {…}}, kept as it is in every language), or all of them */
    private static String wordsBeforeExample(String english) {
        int example = english.indexOf('{');
        return example > 0 ? english.substring(0, example).replaceAll("[ ,]+$", "") : english;
    }

    /** @return the original text */
    SourceText source() {
        return source;
    }

    /** Records a problem about the value or key starting at {@code offset}. */
    void add(int offset, String path, String message, String advice) {
        found.add(new Found(offset, path, message, advice, false));
    }

    /** Records a problem about the node. */
    void add(Node node, String message, String advice) {
        add(node.offset(), node.path(), message, advice);
    }

    /** Records a syntax problem; it is never suppressed. */
    void addSyntax(int offset, String path, String message, String advice) {
        found.add(new Found(offset, path, message, advice, true));
    }

    /** Drops any later non-syntax problem located in {@code [from, to]} of the original text. */
    void suppress(int from, int to) {
        suppressed.add(new int[] {from, to});
    }

    /** Notes that the container starting at {@code offset} was cut short by the end of the document. */
    void markIncomplete(int offset) {
        incomplete.add(offset);
    }

    /** @return whether the container starting at {@code offset} was cut short (its missing fields are expected) */
    boolean isIncomplete(int offset) {
        return incomplete.contains(offset);
    }

    /** @return whether anything is wrong so far */
    boolean any() {
        return !found.isEmpty();
    }

    /** @return how many problems were found so far (to tell whether a part added any) */
    int count() {
        return found.size();
    }

    /** @return {@code line:column} of the offset, for messages that point to another place */
    String position(int offset) {
        return source.position(offset);
    }

    /** @return the problems, sorted by line then column, ties in the order found */
    List<InputProblem> toList() {
        List<InputProblem> problems = new ArrayList<>();
        for (Found problem : found) {
            if (!problem.syntax() && isSuppressed(problem.offset())) {
                continue;
            }
            problems.add(new InputProblem(file, source.line(problem.offset()), source.column(problem.offset()),
                    problem.path(), problem.message(), problem.advice()));
        }
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return problems;
    }

    private boolean isSuppressed(int offset) {
        for (int[] range : suppressed) {
            if (offset >= range[0] && offset <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
