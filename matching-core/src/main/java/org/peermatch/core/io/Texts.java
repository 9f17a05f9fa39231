package org.peermatch.core.io;

import java.util.List;
import java.util.regex.Pattern;

/** Small text helpers shared by the parser and the binders: paths, quoting, lists of names. */
final class Texts {

    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

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
        return ControlCharacters.shortened(text);
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
