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
        return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** @return the path of item {@code index} of the array at {@code parent} */
    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** @return the text cut to a readable length, with line breaks shown as {@code \n} */
    static String shorten(String text) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return oneLine.length() <= SHORT ? oneLine : oneLine.substring(0, SHORT - 1) + "…";
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
