package org.peermatch.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peermatch.core.text.Messages;

/** Finds the known name closest to a misspelt one (Levenshtein distance with swaps, case-insensitive). */
public final class DidYouMean {

    /** Longer texts are not typos of a name: no suggestion, and no quadratic cost on a huge value. */
    static final int MAX_LENGTH = 64;
    /** At most this many accepted names are listed in advice. */
    private static final int LISTED = 60;

    private DidYouMean() {
    }

    /**
     * @param wrong what was written
     * @param known the accepted names, in a fixed order (ties go to the first)
     * @return the closest known name when it is close enough to be a likely typo, else null
     */
    static String closest(String wrong, List<String> known) {
        List<String> all = closestAll(wrong, known);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * @param wrong what was written
     * @param known the accepted names, in a fixed order
     * @return the known names at the smallest distance when it is small enough to be a likely typo, in the order of
     *         {@code known}; a name equal to {@code wrong} but for case, spaces and punctuation comes alone
     */
    static List<String> closestAll(String wrong, List<String> known) {
        if (wrong.length() > MAX_LENGTH) {
            return List.of();
        }
        String normalizedWrong = normalize(wrong);
        for (String candidate : known) {
            if (!normalizedWrong.isEmpty() && candidate.length() >= normalizedWrong.length()
                    && normalizesTo(candidate, normalizedWrong)) {
                return List.of(candidate);
            }
        }
        List<String> best = new ArrayList<>();
        int bestDistance = Integer.MAX_VALUE;
        String lowerWrong = wrong.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            if (Math.abs(candidate.length() - wrong.length()) > tolerance(wrong, candidate)) {
                // The distance is at least the difference of lengths: skip without computing it.
                continue;
            }
            int distance = distance(lowerWrong, candidate.toLowerCase(Locale.ROOT));
            if (distance > tolerance(wrong, candidate)) {
                continue;
            }
            if (distance < bestDistance) {
                best.clear();
                bestDistance = distance;
            }
            if (distance == bestDistance) {
                best.add(candidate);
            }
        }
        return best;
    }

    /** @return whether {@link #normalize(String)} of the text is {@code normalized}, without building it */
    private static boolean normalizesTo(String text, String normalized) {
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (next == normalized.length() || Character.toLowerCase(c) != normalized.charAt(next)) {
                    return false;
                }
                next++;
            }
        }
        return next == normalized.length();
    }

    /** @return the text in lower case without spaces and punctuation, to match {@code Live Performance} and so on */
    private static String normalize(String text) {
        StringBuilder normalized = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                normalized.append(Character.toLowerCase(c));
            }
        }
        return normalized.toString();
    }

    /** @return how many edits still look like a typo: about a third of the longer name, from 1 to 3 */
    static int tolerance(String wrong, String candidate) {
        int length = Math.max(wrong.length(), candidate.length());
        return Math.max(1, Math.min(3, (length + 1) / 3));
    }

    /**
     * @param a one text
     * @param b the other text
     * @return the edit distance between the two texts, counting an insertion, a deletion, a substitution or a swap
     *         of two neighbouring characters as one edit (optimal string alignment); O(|a| × |b|), so callers bound
     *         the lengths (see {@code MAX_LENGTH})
     */
    public static int distance(String a, String b) {
        // Three rows of the alignment table: the two before (for a swap) and the current one.
        int[] beforeLast = new int[b.length() + 1];
        int[] last = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            last[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(last[j - 1] + cost, Math.min(last[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, beforeLast[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] recycled = beforeLast;
            beforeLast = last;
            last = current;
            current = recycled;
        }
        return last[b.length()];
    }

    /**
     * @return advice for an unknown name: {@code Maybe you meant `x`?} when one is close, else the list of accepted
     *         names
     */
    static String advice(String wrong, List<String> known, String listIntro) {
        return advice(Messages.english(), wrong, known, listIntro);
    }

    /** @return {@link #advice(String, List, String)} in the messages' language */
    static String advice(Messages messages, String wrong, List<String> known, String listIntro) {
        String closest = closest(wrong, known);
        if (closest != null) {
            return messages.get("io.didYouMean", closest);
        }
        if (known.size() > LISTED) {
            return messages.get("io.didYouMean.listMore", listIntro, Texts.quotedList(known.subList(0, LISTED)),
                    known.size());
        }
        return messages.get("io.didYouMean.list", listIntro, Texts.quotedList(known));
    }
}
