package org.peermatch.core.accompaniment;

/**
 * Present (once) when the plan re-plans from a baseline: new pairs then count as changes, and
 * {@code baseline-changes-exceeded} bounds them.
 *
 * @param maxChanges the most pairs that may be dropped or added, or {@link #UNLIMITED}
 */
public record ReplanFact(int maxChanges) {

    /** No hard budget of changes: each change only costs {@code keep-baseline-pair}. */
    public static final int UNLIMITED = -1;

    /** @return whether a hard budget of changes is set */
    public boolean bounded() {
        return maxChanges >= 0;
    }
}
