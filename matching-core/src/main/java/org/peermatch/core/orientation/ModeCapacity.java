package org.peermatch.core.orientation;

import org.peermatch.core.model.Mode;

/**
 * What one mode can still take once the members whose modes are decided are in it: a problem fact.
 *
 * @param mode the mode
 * @param units the units left (hours, days or seats); {@link #UNBOUNDED} when the programme sets no bound
 * @param participants the participants it may still take under rules.orientation.maxPerMode, {@link #UNBOUNDED}
 *        when the committee sets no limit
 * @param total the mode's whole capacity in units, before the decided members ({@link #UNBOUNDED} when none)
 */
public record ModeCapacity(Mode mode, long units, long participants, long total) {

    /** No bound. */
    public static final long UNBOUNDED = Long.MAX_VALUE / 4;

    @Override
    public String toString() {
        return mode.jsonName();
    }
}
