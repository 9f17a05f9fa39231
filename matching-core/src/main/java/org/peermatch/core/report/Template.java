package org.peermatch.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Text resources of this package and a one-pass {@code {{name}}} placeholder filler. */
final class Template {

    private Template() {
    }

    /**
     * Reads a resource next to this class, UTF-8, with {@code \n} line ends whatever the checkout did.
     *
     * @param name the resource's file name
     * @return its text
     */
    static String resource(String name) {
        try (InputStream in = Template.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The report resource (" + name + ") is not on the class path.\n"
                        + "Maybe the jar was built without src/main/resources/org/peermatch/core/report.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report resource (" + name + ").", e);
        }
    }

    /**
     * Replaces each {@code {{name}}} in the template by its value. Values are inserted as they are and never scanned
     * again, so a value holding {@code {{...}}} stays literal.
     *
     * @param template the template text
     * @param values the value of each placeholder
     * @return the filled text
     * @throws IllegalArgumentException when the template names a placeholder without a value
     */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 65_536);
        try {
            write(template, values, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the template with each {@code {{name}}} replaced by its value, as {@link #fill} returns it, without
     * building the whole text (a large programme's report is tens of megabytes).
     *
     * @throws IllegalArgumentException when the template names a placeholder without a value
     * @throws IOException when writing fails
     */
    static void write(String template, Map<String, String> values, Appendable out) throws IOException {
        int from = 0;
        while (true) {
            int start = template.indexOf("{{", from);
            if (start < 0) {
                break;
            }
            int end = template.indexOf("}}", start + 2);
            if (end < 0) {
                break;
            }
            String name = template.substring(start + 2, end);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("The report template names a placeholder (" + name
                        + ") without a value.\nMaybe add it to the values or fix its spelling in the template.");
            }
            out.append(template, from, start).append(value);
            from = end + 2;
        }
        out.append(template, from, template.length());
    }
}
