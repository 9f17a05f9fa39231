package org.peermatch.core.groups;

/** Why the search of rotating groups stopped. */
public enum Termination {
    /** No pair meets twice and no forbidden pair meets: nothing left to improve. */
    PERFECT,
    /** The move limit was reached. */
    MOVE_LIMIT,
    /** The time limit was reached. */
    TIME_LIMIT,
    /** The solving thread was interrupted; the best plan so far is returned. */
    INTERRUPTED
}
