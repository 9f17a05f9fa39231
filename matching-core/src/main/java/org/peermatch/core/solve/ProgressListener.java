package org.peermatch.core.solve;

import java.time.Duration;

/** Told while solving; called from the solver's thread, so keep it quick. */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores progress. */
    ProgressListener NONE = (score, elapsed) -> {
    };

    /**
     * A better proposal was found.
     *
     * @param score the new best score, e.g. {@code 0hard/-3medium/1250soft}
     * @param elapsed time since solving started
     */
    void bestScoreImproved(String score, Duration elapsed);
}
