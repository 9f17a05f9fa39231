package org.peermatch.core.affinity;

import java.time.Duration;

/** Told when the affinity engine finds a better assignment; called from the solving thread, so keep it quick. */
@FunctionalInterface
public interface AffinityProgressListener {

    /** Ignores progress. */
    AffinityProgressListener NONE = (worst, total, elapsed) -> {
    };

    /**
     * A better assignment was found.
     *
     * @param worstParticipantTotal its worst participant total
     * @param totalScore its total score
     * @param elapsed time since solving started
     */
    void bestImproved(double worstParticipantTotal, double totalScore, Duration elapsed);
}
