package org.peermatch.core.groups;

/** Why the search of rotating groups stopped. */
public enum Termination {
    /** No pair meets twice and no forbidden pair meets: nothing left to improve. */
    PERFECT,
    /** Each round has a single group: there is nothing to choose. */
    FORCED,
    /** The move limit was reached. */
    MOVE_LIMIT,
    /** The time limit was reached. */
    TIME_LIMIT,
    /** The solving thread was interrupted; the best plan so far is returned. */
    INTERRUPTED
}
