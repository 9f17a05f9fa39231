package org.peermatch.core.plan;

import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.peermatch.core.model.SolverSettings;

/** The limits that end every mode's search, from a programme's solver settings. */
public final class SolverLimits {

    private SolverLimits() {
    }

    /** @return the termination of the settings: the first limit reached stops the search */
    public static TerminationConfig termination(SolverSettings settings) {
        if (settings.timeLimit() == null && settings.unimprovedTimeLimit() == null
                && settings.moveCountLimit() == null) {
            throw new IllegalArgumentException("The solver settings have no limit, so solving would never end.\n"
                    + "Maybe set solver.timeLimit (e.g. \"30s\") or solver.moveCountLimit.");
        }
        TerminationConfig termination = new TerminationConfig();
        if (settings.timeLimit() != null) {
            termination.setSpentLimit(settings.timeLimit());
        }
        if (settings.unimprovedTimeLimit() != null) {
            termination.setUnimprovedSpentLimit(settings.unimprovedTimeLimit());
        }
        if (settings.moveCountLimit() != null) {
            termination.setMoveCountLimit(settings.moveCountLimit());
        }
        return termination;
    }
}
