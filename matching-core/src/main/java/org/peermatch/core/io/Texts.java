package org.peermatch.core.io;

import java.util.List;
import java.util.regex.Pattern;

/** Small text helpers shared by the parser and the binders: paths, quoting, lists of names. */
final class Texts {

    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final int SHORT = 40;

    private Texts() {
    }

    /** @return the path of the member {@code key} of the object at {@code parent} */
    static String child(String parent, String key) {
        if (SIMPLE_KEY.matcher(key).matches()) {
            return parent + "." + key;
        }
        return parent + "['" + shorten(key.replace("\\", "\\\\").replace("'", "\\'")) + "']";
    }

    /** @return the path of item {@code index} of the array at {@code parent} */
    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * @return the text cut to a readable length, with line breaks shown as {@code \n} and other control characters
     *         as {@code U+001B} escapes: what a message quotes never moves the cursor or colours a terminal
     */
    static String shorten(String text) {
        String head = text.length() <= 4 * SHORT ? text : text.substring(0, 4 * SHORT);
        String oneLine = printable(head);
        return oneLine.length() <= SHORT && head.length() == text.length() ? oneLine
                : oneLine.substring(0, Math.min(oneLine.length(), SHORT - 1)) + "…";
    }

    /**
     * @return the text with control characters written as escapes: {@code \r}, {@code \n}, {@code \t}, else the
     *         Java escape of the character's code (U+001B as a backslash, u and 001B)
     */
    static String printable(String text) {
        if (firstControl(text) < 0 && text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> shown.append("\\r");
                case '\n' -> shown.append("\\n");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (isControl(c)) {
                        shown.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        shown.append(c);
                    }
                }
            }
        }
        return shown.toString();
    }

    /**
     * @return the index of the first character refused in texts: C0 controls but the tab, DEL, C1 controls (which
     *         hold the terminal's CSI) and the Unicode line and paragraph separators; -1 when there is none
     */
    static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029';
    }

    /** @return the names in backquotes separated by commas, e.g. {@code `a`, `b`, `c`} */
    static String quotedList(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append('`').append(name).append('`');
        }
        return text.toString();
    }
}
