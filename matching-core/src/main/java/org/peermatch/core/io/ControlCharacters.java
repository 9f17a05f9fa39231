package org.peermatch.core.io;

import java.util.Locale;

/**
 * The characters no input text may hold — they would break a calendar or CSV line, or move the cursor and colour a
 * terminal that prints a message quoting them: C0 controls but the tab, DEL, C1 controls (among them the CSI of
 * terminal escapes) and the Unicode line and paragraph separators. One definition for the programme document and
 * the {@code assign} and {@code groups} CSV files.
 */
public final class ControlCharacters {

    /** How many characters a quoted value keeps. */
    private static final int SHORT = 40;

    private ControlCharacters() {
    }

    /** @return whether the character is refused in input texts */
    public static boolean isControl(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029';
    }

    /** @return the index of the first refused character of the text, or -1 when there is none */
    public static int first(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the text as a message may quote it on one line: cut to 40 characters (then ending with …), refused
     *         characters {@linkplain #escaped(String) escaped}
     */
    public static String shortened(String text) {
        String head = text.length() <= 4 * SHORT ? text : text.substring(0, 4 * SHORT);
        String oneLine = escaped(head);
        return oneLine.length() <= SHORT && head.length() == text.length() ? oneLine
                : oneLine.substring(0, Math.min(oneLine.length(), SHORT - 1)) + "…";
    }

    /**
     * @return the text as a message may quote it: {@code \r}, {@code \n} and {@code \t} written so, any other refused
     *         character as the Java escape of its code (a backslash, u and four hexadecimal digits)
     */
    public static String escaped(String text) {
        if (first(text) < 0 && text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> shown.append("\\r");
                case '\n' -> shown.append("\\n");
                case '\t' -> shown.append("\\t");
                default -> shown.append(isControl(c) ? String.format(Locale.ROOT, "\\u%04X", (int) c)
                        : String.valueOf(c));
            }
        }
        return shown.toString();
    }
}
