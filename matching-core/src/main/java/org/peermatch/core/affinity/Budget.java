package org.peermatch.core.affinity;

import java.time.Duration;

/** The search's limits: a wall-clock deadline and a count of moves (flow solves count as moves too). */
final class Budget {

    /** Flow solves are charged this many moves, roughly their cost relative to a local-search move. */
    static final long FLOW_SOLVE_MOVES = 1_000;

    private final long startNanos;
    private final long deadlineNanos;
    private final long moveLimit;
    private long moves;

    Budget(long startNanos, Duration timeLimit, Long moveLimit) {
        this.startNanos = startNanos;
        this.deadlineNanos = timeLimit == null ? Long.MAX_VALUE : startNanos + timeLimit.toNanos();
        this.moveLimit = moveLimit == null ? Long.MAX_VALUE : moveLimit;
    }

    /** @return a mark of the budget spent so far, for {@link #spentSince} */
    long[] mark() {
        return new long[] {System.nanoTime(), moves};
    }

    /** @return whether more than {@code fraction} of a limit (time or moves) was spent since the mark */
    boolean spentSince(long[] mark, double fraction) {
        if (moveLimit != Long.MAX_VALUE && moves - mark[1] > fraction * moveLimit) {
            return true;
        }
        return deadlineNanos != Long.MAX_VALUE
                && System.nanoTime() - mark[0] > fraction * (deadlineNanos - startNanos);
    }

    /** @return whether more than {@code fraction} of a limit (time or moves) is spent */
    boolean past(double fraction) {
        if (moveLimit != Long.MAX_VALUE && moves > fraction * moveLimit) {
            return true;
        }
        return deadlineNanos != Long.MAX_VALUE
                && System.nanoTime() - startNanos > fraction * (deadlineNanos - startNanos);
    }

    void charge(long count) {
        moves += count;
    }

    long moves() {
        return moves;
    }

    long remainingMoves() {
        return moveLimit - moves;
    }

    /** @return whether a limit is reached (reads the clock: call it every few thousand moves, not every move) */
    boolean exhausted() {
        return moves >= moveLimit || (deadlineNanos != Long.MAX_VALUE && System.nanoTime() >= deadlineNanos);
    }
}
