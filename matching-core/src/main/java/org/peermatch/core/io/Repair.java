package org.peermatch.core.io;

/**
 * A repair of a syntax error to try: the repaired text, what changed, and the problem to report if it is kept.
 *
 * @param text the repaired text
 * @param edit what changed
 * @param reportAt where to report the problem, in the text before the repair
 * @param path the path to report, or null for where the parser stopped
 * @param message what is wrong
 * @param advice how to fix it
 */
record Repair(String text, TextEdit edit, int reportAt, String path, String message, String advice) {

    /** @return the same repair, reported at another path */
    Repair at(String newPath) {
        return new Repair(text, edit, reportAt, newPath, message, advice);
    }

    /** @return whether the repair only drops everything from some point to the end of the text */
    boolean dropsTheRest(int textLength) {
        return edit.removed() > 0 && edit.position() + edit.removed() == textLength
                && text.substring(edit.position()).isBlank();
    }
}
