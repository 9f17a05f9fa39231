package org.peermatch.core.io;

import java.util.List;

/**
 * Reads a possibly broken JSON text into a located tree, reporting every syntax error instead of stopping at the
 * first one.
 *
 * <p>On a syntax error it records a problem at the error's location, then tries a few small repairs of the text
 * (insert a missing comma, drop a trailing comma, close an open string or bracket, remove a comment, quote a key,
 * replace a broken token by {@code null}, drop a stray character…: see {@link RepairCandidates}). Each repair is
 * tried with a full parse; the first that makes the whole text parse wins, else the one that lets parsing get
 * furthest, counting the best repair of the next error too for documents up to {@value #LOOKAHEAD_LIMIT} characters
 * (the first listed wins ties). So parsing goes on and later problems are still found. A repair is kept only if
 * parsing gets further than before; when none does, or after
 * {@value #MAX_REPAIRS} repairs, only the syntax errors are reported. Everything is deterministic.
 *
 * <p>Repairs never make the reported positions drift: nodes are located in the original text through the list of
 * edits, and problems about a repaired value (e.g. the {@code null} that replaced a broken token) are suppressed.
 */
final class SyntaxRecovery {

    /** At most this many repairs per document. */
    static final int MAX_REPAIRS = 20;
    /** Documents up to this many characters get a one-step lookahead when a repair is chosen. */
    static final int LOOKAHEAD_LIMIT = 100_000;

    private final Problems problems;
    private List<TextEdit> edits = List.of();
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
            LocatedParser.Result result = LocatedParser.parse(text, TextEdit.mapping(edits));
            if (result.root() != null) {
                reportDuplicates(result.duplicates());
                return result.root();
            }
            LocatedParser.Failure failure = result.failure();
            if (failure.kind() == LocatedParser.FailureKind.EMPTY) {
                problems.addSyntax(0, "$", problems.t("io.syntax.empty"), problems.t("io.syntax.empty.advice", "{…}"));
                return null;
            }
            if (failure.kind() == LocatedParser.FailureKind.LIMIT) {
                problems.addSyntax(TextEdit.toOriginal(edits, failure.offset()), failure.path(),
                        problems.t("io.syntax.limit", problems.t(failure.detail(), failure.arguments().toArray())),
                        problems.t("io.syntax.limit.advice"));
                return null;
            }
            Repair best = round < MAX_REPAIRS ? bestRepair(failure) : null;
            if (best == null) {
                int at = TextEdit.toOriginal(edits, failure.offset());
                if (round == MAX_REPAIRS) {
                    problems.addSyntax(at, failure.path(), problems.t("io.syntax.tooMany", plain(failure.detail())),
                            problems.t("io.syntax.tooMany.advice"));
                } else {
                    problems.addSyntax(at, failure.path(), problems.t("io.syntax.broken", plain(failure.detail())),
                            problems.t("io.syntax.broken.advice"));
                }
                return null;
            }
            String path = best.path() == null ? failure.path() : best.path();
            problems.addSyntax(TextEdit.toOriginal(edits, best.reportAt()), path, best.message(), best.advice());
            if (best.edit().position() >= text.length()) {
                // Closed by appending at the end: these containers are cut short, their missing fields are no news.
                for (LocatedParser.Open open : failure.open()) {
                    problems.markIncomplete(TextEdit.toOriginal(edits, open.offset()));
                }
                int end = TextEdit.toOriginal(edits, text.length());
                problems.suppress(end, end);
            }
            if (best.edit().removed() > 0) {
                int from = TextEdit.toOriginal(edits, best.edit().position());
                problems.suppress(from, from + best.edit().removed() - 1);
            }
            edits = TextEdit.with(edits, best.edit());
            text = best.text();
        }
    }

    /**
     * @return the first repair that makes the document parse, else the one that gets parsing furthest counting the
     *         best next repair too (the first on ties), or null when none gets further than now
     */
    private Repair bestRepair(LocatedParser.Failure failure) {
        long reached = TextEdit.toOriginal(edits, failure.offset());
        boolean lookahead = text.length() <= LOOKAHEAD_LIMIT;
        Repair best = null;
        long bestScore = reached;
        for (Repair candidate : candidates(text, edits, failure)) {
            List<TextEdit> tried = TextEdit.with(edits, candidate.edit());
            LocatedParser.Result result = LocatedParser.parse(candidate.text(), TextEdit.mapping(tried));
            if (result.root() != null) {
                return candidate;
            }
            long progress = TextEdit.toOriginal(tried, result.failure().offset());
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
     * @return how far parsing gets after the repair and the best repair of the error that follows it (a repair that
     *         only moves the error a little, like closing a list too early, loses against one that fixes it)
     */
    private long followUp(Repair repair, List<TextEdit> tried, LocatedParser.Failure next) {
        long furthest = TextEdit.toOriginal(tried, next.offset());
        for (Repair second : candidates(repair.text(), tried, next)) {
            if (second.dropsTheRest(repair.text().length())) {
                // Dropping what follows the end always "works": it must not make an early close look good.
                continue;
            }
            List<TextEdit> twice = TextEdit.with(tried, second.edit());
            LocatedParser.Result result = LocatedParser.parse(second.text(), TextEdit.mapping(twice));
            if (result.root() != null) {
                return Long.MAX_VALUE;
            }
            furthest = Math.max(furthest, TextEdit.toOriginal(twice, result.failure().offset()));
        }
        return furthest;
    }

    private List<Repair> candidates(String repaired, List<TextEdit> madeEdits, LocatedParser.Failure failure) {
        return new RepairCandidates(repaired, TextEdit.mapping(madeEdits), problems).of(failure);
    }

    private void reportDuplicates(List<LocatedParser.Duplicate> duplicates) {
        for (LocatedParser.Duplicate duplicate : duplicates) {
            problems.add(duplicate.offset(), duplicate.path(),
                    problems.t("io.syntax.duplicateKey", duplicate.key(), problems.position(duplicate.firstOffset())),
                    problems.t("io.syntax.duplicateKey.advice"));
        }
    }

    /** @return Jackson's description without its technical parts */
    private static String plain(String detail) {
        String firstLine = detail.lines().findFirst().orElse("").strip();
        String plain = firstLine.replaceAll("\\s*\\(code \\d+\\)", "").replaceAll("\\s*\\(start marker at .*\\)", "");
        return plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
