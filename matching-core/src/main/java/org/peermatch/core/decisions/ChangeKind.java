package org.peermatch.core.decisions;

/** What became of a pair between two proposals. */
public enum ChangeKind {
    /** In both proposals. */
    KEPT,
    /** In the old proposal only. */
    DROPPED,
    /** In the new proposal only. */
    ADDED;

    /** @return the name in the proposal JSON: {@code kept}, {@code dropped}, {@code added} */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
