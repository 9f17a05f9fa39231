package org.peermatch.core.model;

import java.util.List;

/**
 * What the orientation stage decides from: the members' applications, the committee's orientation rules and its
 * orientation decisions. A programme without applications is planned as its members' requests say.
 *
 * @param rules the orientation rules
 * @param applications one per member who gives wishes, in document order
 * @param decisions the committee's pinned and forbidden orientations
 */
public record Applications(OrientationRules rules, List<Application> applications,
        List<OrientationDecision> decisions) {

    /** No application: the members' requests are the whole plan. */
    public static final Applications NONE = new Applications(OrientationRules.DEFAULT, List.of(), List.of());

    public Applications {
        applications = List.copyOf(applications);
        decisions = List.copyOf(decisions);
    }

    /** @return whether no member applies with wishes (then nothing is oriented) */
    public boolean isEmpty() {
        return applications.isEmpty();
    }

    /** @return the application of that member, or null */
    public Application of(String member) {
        for (Application application : applications) {
            if (application.member().equals(member)) {
                return application;
            }
        }
        return null;
    }
}
