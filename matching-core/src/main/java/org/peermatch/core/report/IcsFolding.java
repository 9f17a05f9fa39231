package org.peermatch.core.report;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 §3.1 asks, without splitting a UTF-8 sequence: ical4j's
 * {@code FoldingWriter} counts characters, so a line of accented names folded by it reaches up to 81 octets, which
 * strict clients reject. The text ical4j wrote is unfolded (a CRLF followed by one space is removed) and each content
 * line folded again: a line takes whole code points while its UTF-8 octets stay within 75, a continuation line
 * (starting with its space) within 75 too. O(length).
 */
public final class IcsFolding {

    /** The most octets of a line, excluding its line break. */
    public static final int MAX_OCTETS = 75;

    private IcsFolding() {
    }

    /**
     * @param ics iCalendar text with CRLF line breaks, folded or not
     * @return the same content, every line at most {@value #MAX_OCTETS} octets in UTF-8
     */
    public static String refold(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 64);
        int lineStart = 0;
        while (lineStart < unfolded.length()) {
            int lineEnd = unfolded.indexOf("\r\n", lineStart);
            boolean broken = lineEnd >= 0;
            if (!broken) {
                lineEnd = unfolded.length();
            }
            fold(unfolded, lineStart, lineEnd, out);
            if (broken) {
                out.append("\r\n");
            }
            lineStart = lineEnd + 2;
        }
        return out.toString();
    }

    private static void fold(String text, int start, int end, StringBuilder out) {
        int octets = 0;
        int i = start;
        while (i < end) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }
}
