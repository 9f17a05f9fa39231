package org.peermatch.core.orientation;

import org.peermatch.core.model.Mode;

/**
 * What giving one mode to one applicant takes from the mode's capacity.
 *
 * @param mode the mode
 * @param units accompaniment hours, immersion days, co-development seats or workshop seats
 */
public record ModeLoad(Mode mode, int units) {
}
