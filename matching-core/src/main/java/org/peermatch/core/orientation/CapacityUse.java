package org.peermatch.core.orientation;

import org.peermatch.core.model.Mode;

/**
 * How much of one mode's capacity the orientation uses.
 *
 * @param mode the mode
 * @param total the mode's whole capacity in units (hours, days or seats), {@link ModeCapacity#UNBOUNDED} when none
 * @param decided the units taken by members whose modes were already decided
 * @param given the units given to admitted applicants
 * @param applicants how many admitted applicants get the mode
 */
public record CapacityUse(Mode mode, long total, long decided, long given, int applicants) {

    /** @return whether the programme bounds the mode */
    public boolean bounded() {
        return total < ModeCapacity.UNBOUNDED;
    }
}
