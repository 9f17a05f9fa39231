package org.peermatch.core.affinity;

/** What an affinity assignment optimises, once every hard rule holds. */
public enum Fairness {

    /** Maximise the total score of all assigned pairs (solved exactly). */
    NONE,

    /**
     * First maximise the worst participant's total score, then, with that floor, the total score
     * (the lexicographic max–min objective).
     */
    MAXMIN
}
