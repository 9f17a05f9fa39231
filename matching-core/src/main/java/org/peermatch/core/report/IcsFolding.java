package org.peermatch.core.report;

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

    /**
     * @return the octets of the code point in UTF-8, as Java's encoder writes it: a lone surrogate becomes one
     *         replacement octet ({@code ?})
     */
    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        } else if (codePoint < 0x800) {
            return 2;
        } else if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
            return 1;
        } else if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }

    private static void fold(String text, int start, int end, StringBuilder out) {
        int octets = 0;
        int i = start;
        while (i < end) {
            int codePoint = text.codePointAt(i);
            int size = utf8Length(codePoint);
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
