package org.peermatch.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A change of a text being repaired: {@code removed} characters at {@code position} replaced by {@code inserted}
 * ones, the position being in the text as it was just before the change. A list of edits maps offsets of the
 * repaired text back to the original one, where problems are located.
 *
 * @param position where the change starts
 * @param removed how many characters it removes
 * @param inserted how many characters it inserts
 */
record TextEdit(int position, int removed, int inserted) {

    /** @return the offset in the original text of an offset in the text after the edits */
    static int toOriginal(List<TextEdit> edits, int offset) {
        int mapped = offset;
        for (int i = edits.size() - 1; i >= 0; i--) {
            TextEdit edit = edits.get(i);
            // A replacement by as many characters (such as blanks) keeps every offset.
            if (edit.removed() == edit.inserted() || mapped < edit.position()) {
                continue;
            }
            if (mapped >= edit.position() + edit.inserted()) {
                mapped += edit.removed() - edit.inserted();
            } else {
                mapped = edit.position();
            }
        }
        return mapped;
    }

    /** @return {@link #toOriginal(List, int)} for these edits, as a function */
    static IntUnaryOperator mapping(List<TextEdit> edits) {
        List<TextEdit> copy = List.copyOf(edits);
        return offset -> toOriginal(copy, offset);
    }

    /** @return the edits followed by one more */
    static List<TextEdit> with(List<TextEdit> edits, TextEdit edit) {
        List<TextEdit> more = new ArrayList<>(edits);
        more.add(edit);
        return List.copyOf(more);
    }
}
