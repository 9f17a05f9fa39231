package org.peermatch.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The repairs worth trying for one syntax error of a text, most likely first: {@link SyntaxRecovery} tries them all
 * and keeps the best. Each repair carries the problem to report, in the coordinator's words.
 */
final class RepairCandidates {

    private final String text;
    private final IntUnaryOperator toOriginal;
    private final Problems problems;

    /**
     * @param text the text as repaired so far
     * @param toOriginal maps its offsets to the original text (for messages that point elsewhere)
     * @param problems gives lines and columns of the original text
     */
    RepairCandidates(String text, IntUnaryOperator toOriginal, Problems problems) {
        this.text = text;
        this.toOriginal = toOriginal;
        this.problems = problems;
    }

    /** @return the repairs to try for the failure, the most likely first */
    List<Repair> of(LocatedParser.Failure failure) {
        List<Repair> candidates = new ArrayList<>();
        int at = Math.min(failure.offset(), text.length());
        switch (failure.kind()) {
            case TRAILING -> trailing(at, candidates);
            case END_OF_INPUT -> endOfInput(failure, candidates);
            default -> {
                if (at >= text.length()) {
                    endOfInput(failure, candidates);
                } else {
                    inside(failure, at, candidates);
                }
            }
        }
        return candidates;
    }

    private void trailing(int at, List<Repair> candidates) {
        int previous = previousNonSpace(at);
        if (previous >= 0 && (text.charAt(previous) == '}' || text.charAt(previous) == ']')) {
            candidates.add(replace(previous, 1, " ", previous,
                    t("io.syntax.closesDocument", text.charAt(previous)),
                    t("io.syntax.closesDocument.advice", text.charAt(previous))));
        }
        candidates.add(replace(at, text.length() - at, blank(text.substring(at)), at,
                t("io.syntax.afterEnd"), t("io.syntax.afterEnd.advice", "{…}")));
    }

    private void endOfInput(LocatedParser.Failure failure, List<Repair> candidates) {
        if (failure.inString()) {
            String closers = closers(failure.open(), false);
            candidates.add(append("\"" + closers, text.length(),
                    t("io.syntax.endsInText"), closers.isEmpty() ? t("io.syntax.endsInText.advice")
                            : t("io.syntax.endsInText.adviceMore", closers)));
            return;
        }
        if (failure.open().isEmpty()) {
            return;
        }
        LocatedParser.Open innermost = failure.open().get(0);
        String what = innermost.array() ? "list" : "object";
        String closer = innermost.array() ? "]" : "}";
        int count = failure.open().size();
        String message = t("io.syntax.neverClosed." + what, closer, count - 1);
        String closers = closers(failure.open(), false);
        String advice = count > 1 ? t("io.syntax.neverClosed." + what + ".adviceMore", closer, closers.substring(1))
                : t("io.syntax.neverClosed." + what + ".advice", closer);
        int previous = previousNonSpace(text.length());
        // The innermost object may wait for the value of its last key: try with a null value too.
        for (boolean withNull : new boolean[] {false, true}) {
            String end = closers(failure.open(), withNull);
            if (withNull && innermost.array()) {
                break;
            }
            if (previous >= 0 && text.charAt(previous) == ',') {
                String repaired = text.substring(0, previous) + " " + text.substring(previous + 1) + end;
                candidates.add(new Repair(repaired, new TextEdit(text.length(), 0, end.length()), innermost.offset(),
                        innermost.path(), message, advice));
            }
            candidates.add(append(end, innermost.offset(), message, advice).at(innermost.path()));
        }
    }

    /** @return the brackets that close the open containers, innermost first, with a null value first if asked */
    private static String closers(List<LocatedParser.Open> open, boolean nullFirst) {
        StringBuilder closers = new StringBuilder(nullFirst ? "null" : "");
        for (LocatedParser.Open container : open) {
            closers.append(container.array() ? ']' : '}');
        }
        return closers.toString();
    }

    private void inside(LocatedParser.Failure failure, int at, List<Repair> candidates) {
        textRepairs(at, candidates);
        int previous = previousNonSpace(at);
        char before = previous >= 0 ? text.charAt(previous) : 0;
        punctuationRepairs(failure, at, previous, before, candidates);
        missingCloser(failure, at, previous, before, candidates);
        tokenRepairs(failure, at, previous, before, candidates);
    }

    /** Repairs of texts: a comment, a text not closed at the end of its line or before a comma, single quotes. */
    private void textRepairs(int at, List<Repair> candidates) {
        char c = text.charAt(at);
        if (c == '/' && at + 1 < text.length() && (text.charAt(at + 1) == '/' || text.charAt(at + 1) == '*')) {
            int end = commentEnd(at);
            candidates.add(replace(at, end - at, blank(text.substring(at, end)), at,
                    t("io.syntax.comment"), t("io.syntax.comment.advice")));
        }
        if (c == '\n' || c == '\r') {
            // The comma that followed the text may have been swallowed by it: try closing it with and without one.
            for (String closing : new String[] {"\"", "\","}) {
                candidates.add(replace(at, 0, closing, at,
                        t("io.syntax.unclosedLine"), t("io.syntax.unclosedLine.advice")));
            }
        }
        if (c == '\'') {
            int close = text.indexOf('\'', at + 1);
            if (close > at && close < lineEnd(at)) {
                String quoted = "\"" + text.substring(at + 1, close).replace("\"", "\\\"") + "\"";
                candidates.add(replace(at, close + 1 - at, quoted, at,
                        t("io.syntax.singleQuotes"), t("io.syntax.singleQuotes.advice", Texts.shorten(quoted))));
            }
        }
        misplacedQuote(at, candidates);
    }

    /** Repairs of punctuation: an unquoted key, a missing comma or colon, a comma before a closing bracket. */
    private void punctuationRepairs(LocatedParser.Failure failure, int at, int previous, char before,
            List<Repair> candidates) {
        char c = text.charAt(at);
        String token = text.substring(tokenStart(at), tokenEnd(at));
        if (expectsKey(failure) && !token.isEmpty() && Character.isLetter(token.charAt(0))) {
            candidates.add(replace(tokenStart(at), token.length(), "\"" + token + "\"", tokenStart(at),
                    t("io.syntax.unquotedKey", token), t("io.syntax.unquotedKey.advice", token)));
        }
        candidates.add(replace(at, 0, ",", at, t("io.syntax.missingComma"), t("io.syntax.missingComma.advice")));
        if (failure.detail().contains("colon")) {
            candidates.add(replace(at, 0, ":", at, t("io.syntax.missingColon"), t("io.syntax.missingColon.advice")));
        }
        if (before == ',' && (c == '}' || c == ']')) {
            candidates.add(replace(previous, 1, " ", previous,
                    t("io.syntax.trailingComma", c), t("io.syntax.trailingComma.advice")));
        }
    }

    /** Repairs of what stands where a value should: a bare word, a broken number, a stray fragment or character. */
    private void tokenRepairs(LocatedParser.Failure failure, int at, int previous, char before,
            List<Repair> candidates) {
        char c = text.charAt(at);
        int tokenStart = tokenStart(at);
        int tokenEnd = tokenEnd(at);
        String token = text.substring(tokenStart, tokenEnd);
        if (!token.isEmpty() && Character.isLetter(token.charAt(0)) && !expectsKey(failure)) {
            candidates.add(quoteWord(tokenStart, tokenEnd));
        }
        if (!token.isEmpty()) {
            candidates.add(replace(tokenStart, token.length(), "null", tokenStart, notAValue(token),
                    adviceForToken(token)));
        }
        if (c == ':' && before == '"' && !failure.open().isEmpty() && !failure.open().get(0).array()) {
            int open = stringStart(previous);
            if (open >= 0) {
                String fragment = text.substring(open, at + 1);
                candidates.add(replace(open, fragment.length(), blank(fragment), open,
                        t("io.syntax.outOfPlace", Texts.shorten(fragment)),
                        t("io.syntax.outOfPlace.advice", Texts.shorten(fragment))));
            }
        }
        if (token.length() > 1) {
            candidates.add(replace(tokenStart, token.length(), blank(token), tokenStart,
                    t("io.syntax.unexpected", Texts.shorten(token)), t("io.syntax.unexpectedWord.advice")));
        }
        if (!Character.isWhitespace(c)) {
            candidates.add(replace(at, 1, " ", at, t("io.syntax.unexpected", c), t("io.syntax.unexpected.advice")));
        }
    }

    /** @return a repair that puts a bare word in double quotes, or only opens them when it is followed by one */
    private Repair quoteWord(int start, int end) {
        String word = text.substring(start, end);
        if (end < text.length() && text.charAt(end) == '"') {
            return replace(start, 0, "\"", start, t("io.syntax.noOpeningQuote", Texts.shorten(word)),
                    t("io.syntax.unquotedKey.advice", Texts.shorten(word)));
        }
        return replace(start, word.length(), "\"" + word + "\"", start, notAValue(word), adviceForToken(word));
    }

    private static boolean expectsKey(LocatedParser.Failure failure) {
        return failure.detail().contains("start property name");
    }

    /**
     * A text missing its closing quote swallows the {@code , "} that follows, as in
     * {@code "Ana, "organization": "A"}: the parser then stops on the next word. The repair closes the text before
     * the swallowed comma.
     */
    private void misplacedQuote(int at, List<Repair> candidates) {
        if (at < 2 || text.charAt(at - 1) != '"' || !Character.isLetterOrDigit(text.charAt(at))) {
            return;
        }
        int open = text.lastIndexOf('"', at - 2);
        while (open > 0 && text.charAt(open - 1) == '\\') {
            open = text.lastIndexOf('"', open - 2);
        }
        if (open < 0 || text.lastIndexOf('\n', at) > open) {
            return;
        }
        String content = text.substring(open + 1, at - 1);
        String trimmed = content.stripTrailing();
        if (trimmed.endsWith(",") && trimmed.length() > 1) {
            int close = open + 1 + trimmed.length() - 1;
            candidates.add(replace(close, 0, "\"", close,
                    t("io.syntax.unclosedBeforeComma"), t("io.syntax.unclosedBeforeComma.advice")));
        }
    }

    private String notAValue(String token) {
        return t(looksNumeric(token) ? "io.syntax.notANumber" : "io.syntax.notAValue", Texts.shorten(token));
    }

    private String adviceForToken(String token) {
        if (token.matches("-?0\\d+")) {
            return t("io.syntax.leadingZero.advice", token.replaceFirst("^(-?)0+(?=\\d)", "$1"));
        }
        if (looksNumeric(token)) {
            return t("io.syntax.number.advice");
        }
        return t("io.syntax.word.advice", Texts.shorten(token));
    }

    private String t(String key, Object... arguments) {
        return problems.t(key, arguments);
    }

    private static boolean looksNumeric(String token) {
        return !token.isEmpty() && (Character.isDigit(token.charAt(0))
                || (token.length() > 1 && (token.charAt(0) == '-' || token.charAt(0) == '+' || token.charAt(0) == '.')
                        && Character.isDigit(token.charAt(1))));
    }

    /** Repairs for a missing {@code ]} or <code>}</code>: close the innermost container here or before. */
    private void missingCloser(LocatedParser.Failure failure, int at, int previous, char before,
            List<Repair> candidates) {
        if (failure.open().isEmpty()) {
            return;
        }
        LocatedParser.Open innermost = failure.open().get(0);
        String closer = innermost.array() ? "]" : "}";
        String what = innermost.array() ? "list" : "object";
        String message = t("io.syntax.missingCloser." + what, closer,
                problems.position(toOriginal.applyAsInt(innermost.offset())));
        String advice = t("io.syntax.missingCloser." + what + ".advice", closer);
        if (before == ',') {
            candidates.add(replace(previous, 0, closer, at, message, advice).at(innermost.path()));
        }
        int lastComma = lastCommaIn(innermost.offset(), at);
        if (lastComma >= 0 && lastComma != previous) {
            candidates.add(replace(lastComma, 0, closer, lastComma, message, advice).at(innermost.path()));
        }
        candidates.add(replace(at, 0, closer + ",", at, message, advice).at(innermost.path()));
        candidates.add(replace(at, 0, closer, at, message, advice).at(innermost.path()));
    }

    private Repair replace(int position, int removed, String inserted, int reportAt, String message,
            String advice) {
        String repaired = text.substring(0, position) + inserted + text.substring(position + removed);
        TextEdit edit = new TextEdit(position, removed, inserted.length());
        return new Repair(repaired, edit, reportAt, null, message, advice);
    }

    private Repair append(String closers, int reportAt, String message, String advice) {
        return replace(text.length(), 0, closers, reportAt, message, advice);
    }

    /** @return the last comma between two entries of the container opening at {@code open}, before {@code at} */
    private int lastCommaIn(int open, int at) {
        int depth = 0;
        int last = -1;
        boolean inString = false;
        for (int i = open + 1; i < at; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"' || c == '\n') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                last = i;
            }
        }
        return last;
    }

    /** @return where the string that ends with the quote at {@code close} starts, on the same line, or -1 */
    private int stringStart(int close) {
        for (int i = close - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                return i;
            }
        }
        return -1;
    }

    private int previousNonSpace(int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private int lineEnd(int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private int commentEnd(int at) {
        if (text.charAt(at + 1) == '/') {
            return lineEnd(at);
        }
        int close = text.indexOf("*/", at + 2);
        return close < 0 ? text.length() : close + 2;
    }

    private int tokenStart(int at) {
        int i = at;
        while (i > 0 && isTokenChar(text.charAt(i - 1))) {
            i--;
        }
        return isTokenChar(text.charAt(at)) ? i : at;
    }

    private int tokenEnd(int at) {
        int i = at;
        while (i < text.length() && isTokenChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.' || c == '_';
    }

    /** @return the text with every character but line breaks turned into a space, to keep lines and columns */
    private static String blank(String part) {
        StringBuilder blanked = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            blanked.append(c == '\n' || c == '\r' ? c : ' ');
        }
        return blanked.toString();
    }
}
