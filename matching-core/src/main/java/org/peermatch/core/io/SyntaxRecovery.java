package org.peermatch.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Reads a possibly broken JSON text into a located tree, reporting every syntax error instead of stopping at the
 * first one.
 *
 * <p>On a syntax error it records a problem at the error's location, then tries a few small repairs of the text
 * (insert a missing comma, drop a trailing comma, close an open string or bracket, remove a comment, quote a key,
 * replace a broken token by {@code null}, drop a stray character…). Each repair is tried with a full parse; the one
 * that lets parsing get furthest is kept (the first listed wins ties), so parsing goes on and later problems are
 * still found. A repair is kept only if parsing gets further than before; when none does, or after
 * {@value #MAX_REPAIRS} repairs, only the syntax errors are reported. Everything is deterministic.
 *
 * <p>Repairs never make the reported positions drift: nodes are located in the original text through the list of
 * edits, and problems about a repaired value (e.g. the {@code null} that replaced a broken token) are suppressed.
 */
final class SyntaxRecovery {

    /** At most this many repairs per document. */
    static final int MAX_REPAIRS = 20;
    /** Documents up to this many characters get a one-step lookahead when a repair is chosen. */
    static final int LOOKAHEAD_LIMIT = 200_000;

    /**
     * A change of the text: {@code removed} characters at {@code position} replaced by {@code inserted} ones.
     * Positions are in the text as it was just before the edit.
     */
    private record Edit(int position, int removed, int inserted) {
    }

    /**
     * A repair to try.
     *
     * @param text the repaired text
     * @param edit what changed
     * @param reportAt where to report the problem, in the text before the repair
     * @param path the path to report, or null for where the parser stopped
     * @param message what is wrong
     * @param advice how to fix it
     */
    private record Candidate(String text, Edit edit, int reportAt, String path, String message, String advice) {

        /** @return a repair that puts the bare word in double quotes (the opening one only when it is closed) */
        Candidate quoting(String word, boolean closed, int wordEnd) {
            if (closed) {
                return new Candidate(text, edit, reportAt, path, "the text `" + Texts.shorten(word)
                        + "` has no opening `\"`.", "Maybe write \"" + Texts.shorten(word) + "\".");
            }
            int start = edit.position();
            String quoted = text.substring(0, start) + "\"" + word + "\"" + text.substring(wordEnd);
            return new Candidate(quoted, new Edit(start, word.length(), word.length() + 2), reportAt, path,
                    notAValue(word), adviceForToken(word));
        }

        /** @return the same repair, reported at another path */
        Candidate at(String newPath) {
            return new Candidate(text, edit, reportAt, newPath, message, advice);
        }
    }

    private final Problems problems;
    private List<Edit> edits = List.of();
    private String text;

    private SyntaxRecovery(SourceText source, Problems problems) {
        this.problems = problems;
        this.text = source.text();
    }

    /**
     * @param source the original text
     * @param problems where syntax errors and duplicate keys are recorded
     * @return the document's tree, possibly repaired, or null when the text could not be read as JSON at all
     */
    static Node read(SourceText source, Problems problems) {
        return new SyntaxRecovery(source, problems).run();
    }

    private Node run() {
        for (int round = 0;; round++) {
            LocatedParser.Result result = LocatedParser.parse(text, mapping(edits));
            if (result.root() != null) {
                reportDuplicates(result.duplicates());
                return result.root();
            }
            LocatedParser.Failure failure = result.failure();
            if (failure.kind() == LocatedParser.FailureKind.EMPTY) {
                problems.addSyntax(0, "$", "the document is empty.",
                        "Maybe start from a sample programme document: it is one JSON object, {…}.");
                return null;
            }
            Candidate best = round < MAX_REPAIRS ? bestRepair(failure) : null;
            if (best == null) {
                int at = toOriginal(edits, failure.offset());
                if (round == MAX_REPAIRS) {
                    problems.addSyntax(at, failure.path(), "there are too many syntax errors: checking stopped here ("
                            + plain(failure.detail()) + ")", "Maybe fix the errors above first, then check again.");
                } else {
                    problems.addSyntax(at, failure.path(), "the JSON syntax is broken here: "
                            + plain(failure.detail()) + ".", "Maybe check the commas, quotes and brackets around this"
                                    + " point; the rest of the document could not be checked.");
                }
                return null;
            }
            problems.addSyntax(toOriginal(edits, best.reportAt()), best.path() == null ? failure.path() : best.path(),
                    best.message(), best.advice());
            if (best.edit().position() >= text.length()) {
                // Closed by appending at the end: these containers are cut short, their missing fields are no news.
                for (LocatedParser.Open open : failure.open()) {
                    problems.markIncomplete(toOriginal(edits, open.offset()));
                }
                int end = toOriginal(edits, text.length());
                problems.suppress(end, end);
            }
            if (best.edit().removed() > 0) {
                int from = toOriginal(edits, best.edit().position());
                problems.suppress(from, from + best.edit().removed() - 1);
            }
            edits = with(edits, best.edit());
            text = best.text();
        }
    }

    /**
     * @return the first candidate that makes the document parse, else the one that gets parsing furthest counting
     *         the best next repair too (the first on ties), or null when none gets further than now
     */
    private Candidate bestRepair(LocatedParser.Failure failure) {
        long reached = toOriginal(edits, failure.offset());
        boolean lookahead = text.length() <= LOOKAHEAD_LIMIT;
        Candidate best = null;
        long bestScore = reached;
        for (Candidate candidate : candidates(failure)) {
            List<Edit> tried = with(edits, candidate.edit());
            LocatedParser.Result result = LocatedParser.parse(candidate.text(), mapping(tried));
            if (result.root() != null) {
                return candidate;
            }
            long progress = toOriginal(tried, result.failure().offset());
            if (progress <= reached) {
                continue;
            }
            long score = lookahead ? Math.max(progress, followUp(candidate, tried, result.failure())) : progress;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * @return how far parsing gets after the candidate and the best repair of the error that follows it (a repair
     *         that only moves the error a little, like closing a list too early, loses against one that fixes it)
     */
    private long followUp(Candidate candidate, List<Edit> tried, LocatedParser.Failure next) {
        String savedText = text;
        List<Edit> savedEdits = edits;
        text = candidate.text();
        edits = tried;
        try {
            long furthest = toOriginal(tried, next.offset());
            for (Candidate second : candidates(next)) {
                if (dropsTheRest(second)) {
                    // Dropping what follows the end always "works": it must not make an early close look good.
                    continue;
                }
                List<Edit> twice = with(tried, second.edit());
                LocatedParser.Result result = LocatedParser.parse(second.text(), mapping(twice));
                if (result.root() != null) {
                    return Long.MAX_VALUE;
                }
                furthest = Math.max(furthest, toOriginal(twice, result.failure().offset()));
            }
            return furthest;
        } finally {
            text = savedText;
            edits = savedEdits;
        }
    }

    private boolean dropsTheRest(Candidate candidate) {
        return candidate.edit().position() + candidate.edit().removed() == text.length()
                && candidate.edit().removed() > 0 && candidate.text().substring(candidate.edit().position()).isBlank();
    }

    private static List<Edit> with(List<Edit> edits, Edit edit) {
        List<Edit> more = new ArrayList<>(edits);
        more.add(edit);
        return List.copyOf(more);
    }

    private List<Candidate> candidates(LocatedParser.Failure failure) {
        List<Candidate> candidates = new ArrayList<>();
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

    private void trailing(int at, List<Candidate> candidates) {
        int previous = previousNonSpace(at);
        if (previous >= 0 && (text.charAt(previous) == '}' || text.charAt(previous) == ']')) {
            candidates.add(replace(previous, 1, " ", previous,
                    "this `" + text.charAt(previous) + "` closes the whole document, but more follows.",
                    "Maybe remove this `" + text.charAt(previous) + "`: it is one too many."));
        }
        candidates.add(replace(at, text.length() - at, blank(text.substring(at)), at,
                "there is more after the end of the document.",
                "Maybe remove it, or check the brackets before: the document is one object, {…}."));
    }

    private void endOfInput(LocatedParser.Failure failure, List<Candidate> candidates) {
        if (failure.inString()) {
            String closers = closers(failure.open(), false);
            candidates.add(append("\"" + closers, text.length(),
                    "the document ends inside a text: its closing `\"` is missing.",
                    "Maybe add `\"` where the text ends" + (closers.isEmpty() ? "." : ", and `" + closers
                            + "` after it.")));
            return;
        }
        if (failure.open().isEmpty()) {
            return;
        }
        LocatedParser.Open innermost = failure.open().get(0);
        String what = innermost.array() ? "list" : "object";
        String closer = innermost.array() ? "]" : "}";
        int count = failure.open().size();
        String more = count > 1 ? " (and " + (count - 1) + " more bracket" + (count > 2 ? "s" : "") + " around it)"
                : "";
        String message = "this " + what + " is never closed: the document ends before its `" + closer + "`" + more
                + ".";
        String closers = closers(failure.open(), false);
        String advice = "Maybe add `" + closer + "` where the " + what + " should end"
                + (count > 1 ? ", then `" + closers.substring(1) + "` at the end of the document." : ".");
        int previous = previousNonSpace(text.length());
        // The innermost object may wait for the value of its last key: try with a null value too.
        for (boolean withNull : new boolean[] {false, true}) {
            String end = closers(failure.open(), withNull);
            if (withNull && innermost.array()) {
                break;
            }
            if (previous >= 0 && text.charAt(previous) == ',') {
                String repaired = text.substring(0, previous) + " " + text.substring(previous + 1) + end;
                candidates.add(new Candidate(repaired, new Edit(text.length(), 0, end.length()), innermost.offset(),
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

    private void inside(LocatedParser.Failure failure, int at, List<Candidate> candidates) {
        char c = text.charAt(at);
        String detail = failure.detail();
        int previous = previousNonSpace(at);
        char before = previous >= 0 ? text.charAt(previous) : 0;
        if (c == '/' && at + 1 < text.length() && (text.charAt(at + 1) == '/' || text.charAt(at + 1) == '*')) {
            int end = commentEnd(at);
            candidates.add(replace(at, end - at, blank(text.substring(at, end)), at,
                    "JSON does not allow comments.", "Maybe remove the comment."));
        }
        if (c == '\n' || c == '\r') {
            // The comma that followed the text may have been swallowed by it: try closing it with and without one.
            for (String closing : new String[] {"\"", "\","}) {
                candidates.add(replace(at, 0, closing, at,
                        "this text is not closed: its `\"` is missing at the end of the line.",
                        "Maybe add `\"` where the text ends (a text cannot go on over several lines)."));
            }
        }
        if (c == '\'') {
            int close = text.indexOf('\'', at + 1);
            int lineEnd = lineEnd(at);
            if (close > at && close < lineEnd) {
                String quoted = "\"" + text.substring(at + 1, close).replace("\"", "\\\"") + "\"";
                candidates.add(replace(at, close + 1 - at, quoted, at,
                        "text must be in double quotes `\"`, not single quotes `'`.",
                        "Maybe write " + Texts.shorten(quoted) + "."));
            }
        }
        misplacedQuote(at, candidates);
        int tokenStart = tokenStart(at);
        int tokenEnd = tokenEnd(at);
        String token = text.substring(tokenStart, tokenEnd);
        if (detail.contains("start property name") && !token.isEmpty() && Character.isLetter(token.charAt(0))) {
            candidates.add(replace(tokenStart, token.length(), "\"" + token + "\"", tokenStart,
                    "the field name `" + token + "` must be in double quotes.", "Maybe write \"" + token + "\"."));
        }
        candidates.add(replace(at, 0, ",", at, "a `,` is missing between the previous entry and this one.",
                "Maybe add `,` after the previous value."));
        if (detail.contains("colon")) {
            candidates.add(replace(at, 0, ":", at, "a `:` is missing between the field name and its value.",
                    "Maybe write \"field\": value."));
        }
        if (before == ',' && (c == '}' || c == ']')) {
            candidates.add(replace(previous, 1, " ", previous,
                    "this `,` is followed by `" + c + "` instead of another entry.",
                    "Maybe remove this `,`: JSON does not allow a comma after the last entry."));
        }
        closers(failure, at, previous, before, candidates);
        if (!token.isEmpty() && Character.isLetter(token.charAt(0)) && !detail.contains("start property name")) {
            boolean closed = tokenEnd < text.length() && text.charAt(tokenEnd) == '"';
            candidates.add(replace(tokenStart, 0, closed ? "\"" : "", tokenStart, "", "")
                    .quoting(token, closed, tokenEnd));
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
                        "`" + Texts.shorten(fragment) + "` is out of place: the field already has a value before it.",
                        "Maybe remove `" + Texts.shorten(fragment) + "`, or add the missing `,` and field name."));
            }
        }
        if (token.length() > 1) {
            candidates.add(replace(tokenStart, token.length(), blank(token), tokenStart,
                    "unexpected `" + Texts.shorten(token) + "` here.", "Maybe remove it, or put it in double quotes."));
        }
        if (!Character.isWhitespace(c)) {
            candidates.add(replace(at, 1, " ", at, "unexpected `" + c + "` here.", "Maybe remove it."));
        }
    }

    /**
     * A text missing its closing quote swallows the {@code , "} that follows, as in
     * {@code "Ana, "organization": "A"}: the parser then stops on the next word. The repair closes the text before
     * the swallowed comma.
     */
    private void misplacedQuote(int at, List<Candidate> candidates) {
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
                    "this text is not closed: its `\"` is missing before the `,`.",
                    "Maybe add `\"` at the end of the text, before the `,`."));
        }
    }

    private static String notAValue(String token) {
        return "`" + Texts.shorten(token) + "` is not a valid " + (looksNumeric(token) ? "number." : "JSON value.");
    }

    private static String adviceForToken(String token) {
        if (token.matches("-?0\\d+")) {
            return "Maybe write " + token.replaceFirst("^(-?)0+(?=\\d)", "$1") + ": numbers do not start with 0.";
        }
        if (looksNumeric(token)) {
            return "Maybe write a number like 12 or 1.5, or put the value in double quotes.";
        }
        return "Maybe write text in double quotes (\"" + Texts.shorten(token)
                + "\"), or a number like 12, true, false or null.";
    }

    private static boolean looksNumeric(String token) {
        return !token.isEmpty() && (Character.isDigit(token.charAt(0))
                || (token.length() > 1 && (token.charAt(0) == '-' || token.charAt(0) == '+' || token.charAt(0) == '.')
                        && Character.isDigit(token.charAt(1))));
    }

    /** Repairs for a missing {@code ]} or <code>}</code>: close the innermost container here. */
    private void closers(LocatedParser.Failure failure, int at, int previous, char before,
            List<Candidate> candidates) {
        if (failure.open().isEmpty()) {
            return;
        }
        LocatedParser.Open innermost = failure.open().get(0);
        String closer = innermost.array() ? "]" : "}";
        String what = innermost.array() ? "list" : "object";
        String message = "a `" + closer + "` seems to be missing before this, to close the " + what + " opened at line "
                + problems.position(toOriginal(edits, innermost.offset())) + ".";
        String advice = "Maybe add `" + closer + "` where the " + what + " ends.";
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

    private Candidate replace(int position, int removed, String inserted, int reportAt, String message,
            String advice) {
        String repaired = text.substring(0, position) + inserted + text.substring(position + removed);
        return new Candidate(repaired, new Edit(position, removed, inserted.length()), reportAt, null, message,
                advice);
    }

    private Candidate append(String closers, int reportAt, String message, String advice) {
        return replace(text.length(), 0, closers, reportAt, message, advice);
    }

    private void reportDuplicates(List<LocatedParser.Duplicate> duplicates) {
        for (LocatedParser.Duplicate duplicate : duplicates) {
            problems.add(duplicate.offset(), duplicate.path(),
                    "`" + duplicate.key() + "` appears twice in this object (first at line "
                            + problems.position(duplicate.firstOffset()) + ").",
                    "Maybe remove one of them: each field may be given only once.");
        }
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

    /** @return Jackson's description without its technical parts */
    private static String plain(String detail) {
        String firstLine = detail.lines().findFirst().orElse("").strip();
        String plain = firstLine.replaceAll("\\s*\\(code \\d+\\)", "").replaceAll("\\s*\\(start marker at .*\\)", "");
        return plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static IntUnaryOperator mapping(List<Edit> edits) {
        List<Edit> copy = List.copyOf(edits);
        return offset -> toOriginal(copy, offset);
    }

    /** @return the offset in the original text of an offset in the text after the edits */
    private static int toOriginal(List<Edit> edits, int offset) {
        int mapped = offset;
        for (int i = edits.size() - 1; i >= 0; i--) {
            Edit edit = edits.get(i);
            if (edit.removed() == edit.inserted() || mapped < edit.position()) {
                continue;
            }
            if (mapped >= edit.position() + edit.inserted()) {
                mapped += edit.removed() - edit.inserted();
            } else {
                mapped = edit.position();
            }
        }
        return mapped;
    }
}
