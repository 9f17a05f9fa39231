package org.peermatch.core.io;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it starts in the original text and its JSON path: the located tree the
 * {@link LocatedParser} builds and the binders read.
 */
sealed interface Node {

    /** @return offset of the value's first character in the original text */
    int offset();

    /** @return the JSON path of the value, e.g. {@code $.members[3].needs[0]} */
    String path();

    /** @return a short description for messages: {@code text "abc"}, {@code the number 7}, {@code a list}… */
    String describe();

    /** A JSON object; keeps the document's order and, for duplicate keys, the first occurrence. */
    record Obj(int offset, String path, Map<String, Entry> entries) implements Node {
        public Obj {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    /**
     * One {@code "key": value} of an object.
     *
     * @param key the key
     * @param keyOffset where the key starts in the original text
     * @param value the value
     */
    record Entry(String key, int keyOffset, Node value) {
    }

    /** A JSON array. */
    record Arr(int offset, String path, List<Node> items) implements Node {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A JSON string. */
    record Str(int offset, String path, String value) implements Node {
        @Override
        public String describe() {
            return "text \"" + Texts.shorten(value) + "\"";
        }
    }

    /**
     * A JSON number.
     *
     * @param value its exact value
     * @param text how it is written
     */
    record Num(int offset, String path, BigDecimal value, String text) implements Node {
        @Override
        public String describe() {
            return "the number " + text;
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(int offset, String path, boolean value) implements Node {
        @Override
        public String describe() {
            return String.valueOf(value);
        }
    }

    /** {@code null}. */
    record Null(int offset, String path) implements Node {
        @Override
        public String describe() {
            return "null";
        }
    }
}
