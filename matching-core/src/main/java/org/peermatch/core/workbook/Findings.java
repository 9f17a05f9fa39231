package org.peermatch.core.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.peermatch.core.io.InputProblem;
import org.peermatch.core.text.Messages;

/**
 * The problems of one workbook, each at a cell ({@code Besoins!C14 (priorité): …}), listed in the workbook's order:
 * sheet by sheet, row by row, column by column.
 */
final class Findings {

    private record Found(Location at, String path, String message, String advice, int seq) {
    }

    private final String file;
    private final Messages messages;
    private final List<Found> found = new ArrayList<>();

    Findings(String file, Messages messages) {
        this.file = file;
        this.messages = messages;
    }

    /** @return the language of the workbook's own messages */
    Messages messages() {
        return messages;
    }

    /** @return the file's name as problems give it */
    String file() {
        return file;
    }

    /**
     * Records a problem found in the workbook itself, its message and advice taken from the bundle.
     *
     * @param at where, or null for the whole file
     * @param key the message's key; its advice is {@code key + ".advice"}
     * @param arguments the message's and the advice's arguments
     */
    void add(Location at, String key, Object... arguments) {
        addText(at, null, messages.get(key, arguments), messages.get(key + ".advice", arguments));
    }

    /** Records a problem whose sentences are already written (a problem of the document, re-located). */
    void addText(Location at, String path, String message, String advice) {
        found.add(new Found(at, path, message, advice, found.size()));
    }

    /** @return whether anything is wrong */
    boolean any() {
        return !found.isEmpty();
    }

    /** @return the problems in the workbook's order; a problem of the whole file first */
    List<InputProblem> toList() {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Found f) -> f.at() == null ? -1 : f.at().order())
                .thenComparingInt(f -> f.at() == null ? 0 : f.at().row())
                .thenComparingInt(f -> f.at() == null ? 0 : f.at().column())
                .thenComparingInt(Found::seq));
        List<InputProblem> problems = new ArrayList<>();
        for (Found f : sorted) {
            String where = f.at() == null ? null : f.at().text();
            String path = f.path() != null ? f.path() : where == null ? "$" : where;
            problems.add(new InputProblem(file, 0, 0, path,
                    where == null ? f.message() : where + ": " + f.message(), f.advice()));
        }
        return problems;
    }
}
