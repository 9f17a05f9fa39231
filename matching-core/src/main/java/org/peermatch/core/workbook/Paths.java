package org.peermatch.core.workbook;

import java.util.regex.Pattern;

/** JSON paths as the programme reader writes them: {@code $.members[3].needs[0]}, {@code $.weights['a b']}. */
final class Paths {

    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private Paths() {
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
}
