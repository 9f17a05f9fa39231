package org.peermatch.core.model;

/**
 * A committee decision on an applicant's orientation: a mode they must get (pinned) or must not get (forbidden).
 *
 * @param member the applicant's member id
 * @param mode one of the applicant's wished modes
 * @param pinned true when the applicant must get the mode, false when they must not
 * @param reason why, or "" when not given
 */
public record OrientationDecision(String member, Mode mode, boolean pinned, String reason) {

    public OrientationDecision {
        reason = reason == null ? "" : reason;
    }
}
