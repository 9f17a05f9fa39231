package org.peermatch.core.model;

/**
 * A committee decision: these two members are never paired or grouped, in any mode.
 *
 * @param first a member id
 * @param second another member id
 * @param reason why, in the committee's words (may be null)
 */
public record ForbiddenPair(String first, String second, String reason) {

    /** @return whether this decision concerns the two members, in either order */
    public boolean concerns(String a, String b) {
        return (first.equals(a) && second.equals(b)) || (first.equals(b) && second.equals(a));
    }
}
