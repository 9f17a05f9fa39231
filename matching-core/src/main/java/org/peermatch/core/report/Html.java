package org.peermatch.core.report;

/**
 * A minimal HTML builder: every piece of text and every attribute value goes through {@link #escape(String)}; only
 * {@link #raw(String)} inserts markup as is, and callers use it for fixed markup only, never for input text.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(32_768);

    /**
     * Escapes text for use in element content and in double- or single-quoted attribute values.
     *
     * @param text any text, may be null (written as nothing)
     * @return the text with {@code & < > " '} replaced by character references
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement == null) {
                    escaped.append(c);
                } else {
                    escaped.append(replacement);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /**
     * Opens an element.
     *
     * @param tag the tag name (fixed markup)
     * @param attributes name, value pairs; a pair with a null value is left out
     * @return this
     */
    Html open(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes of <" + tag + "> come in name, value pairs, got "
                    + attributes.length + " strings.\nMaybe a value is missing.");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    /** Closes an element. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Writes an element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Writes escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Writes fixed markup as is; never pass input text here. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Starts a new line in the source, to keep it readable. */
    Html nl() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
