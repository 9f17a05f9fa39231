package org.peermatch.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The original text of a document, to turn character offsets into 1-based lines and columns. */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // "\r\n" is one line break, so is a lone "\r" (as in Jackson and editors).
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return the text */
    String text() {
        return text;
    }

    /** @return the 1-based line of the offset */
    int line(int offset) {
        int index = Arrays.binarySearch(lineStarts, clamp(offset));
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** @return the 1-based column of the offset */
    int column(int offset) {
        int clamped = clamp(offset);
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** @return {@code line:column} of the offset */
    String position(int offset) {
        return line(offset) + ":" + column(offset);
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
