package org.peermatch.core.affinity;

/**
 * A rule every participant's set of resources obeys: it holds between {@code min} and {@code max} resources of the
 * group (e.g. at least one of the group "senior", at most one per organisation).
 *
 * @param group the group's name, as in the groups file
 * @param min the fewest resources of the group each participant gets (0 or more)
 * @param max the most resources of the group each participant gets ({@code min} or more)
 */
public record GroupRule(String group, int min, int max) {

    /** Checks the bounds. */
    public GroupRule {
        if (group == null || group.isBlank() || min < 0 || max < min) {
            throw ConstrainedAssigner.problem("assign.api.ruleBounds", String.valueOf(group), String.valueOf(min),
                    String.valueOf(max));
        }
    }
}
