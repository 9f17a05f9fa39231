package org.peermatch.core.solve;

import java.time.Duration;

import org.peermatch.core.model.SolverSettings;

/**
 * How a programme's solver settings are shared between its planning problems, solved one after the other:
 * accompaniment, then immersion, co-development and the workshop programme, then the calendar's search (which
 * {@code PeerMatch} counts as one more other mode).
 *
 * <p>A move-count limit and an unimproved-time limit apply to each problem as given (so a reproducible run stays
 * reproducible). A time limit is the whole run's: each other mode present takes a tenth of it (at least one second,
 * never more than half), and accompaniment, by far the largest problem, takes the rest.
 *
 * @param accompaniment the settings of the accompaniment solve
 * @param otherMode the settings of each other mode's solve
 */
record ModeBudget(SolverSettings accompaniment, SolverSettings otherMode) {

    private static final Duration MINIMUM_SHARE = Duration.ofSeconds(1);

    /**
     * @param settings the programme's solver settings
     * @param otherModes how many other modes the programme has participants in (0 to 3)
     * @return the budget
     */
    static ModeBudget of(SolverSettings settings, int otherModes) {
        Duration total = settings.timeLimit();
        if (total == null || otherModes == 0) {
            return new ModeBudget(settings, settings);
        }
        Duration share = total.dividedBy(10);
        if (share.compareTo(MINIMUM_SHARE) < 0) {
            share = MINIMUM_SHARE;
        }
        Duration half = total.dividedBy(2);
        if (share.multipliedBy(otherModes).compareTo(half) > 0) {
            share = half.dividedBy(otherModes);
        }
        Duration rest = total.minus(share.multipliedBy(otherModes));
        return new ModeBudget(settings.withTimeLimit(rest), settings.withTimeLimit(share));
    }
}
