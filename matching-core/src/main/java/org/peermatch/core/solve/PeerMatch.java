package org.peermatch.core.solve;

import org.peermatch.core.model.Programme;

/**
 * The facade: turns a validated programme into an explained proposal.
 */
public final class PeerMatch {

    private PeerMatch() {
    }

    /** Solves with the programme's solver settings and no progress reporting. */
    public static Proposal solve(Programme programme) {
        return solve(programme, ProgressListener.NONE);
    }

    /** Solves with the programme's solver settings, telling the listener about every better proposal. */
    public static Proposal solve(Programme programme, ProgressListener listener) {
        throw new UnsupportedOperationException("being written");
    }

    /** Starts solving in the background; see {@link Solving}. */
    public static Solving start(Programme programme, ProgressListener listener) {
        throw new UnsupportedOperationException("being written");
    }
}
