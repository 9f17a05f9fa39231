package org.peermatch.core.plan;

/** The score level a constraint weighs on (DESIGN.md §5). */
public enum ConstraintLevel {
    /** Cannot happen: a broken hard rule makes a proposal infeasible. */
    HARD,
    /** Coverage: a need, mentee or seat left unserved, weighted by priority. */
    MEDIUM,
    /** Quality: fit, novelty, sector affinity, fairness. */
    SOFT
}
