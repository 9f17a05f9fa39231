package org.peermatch.core.orientation;

import java.util.List;

import org.peermatch.core.model.Mode;

/**
 * An admitted applicant and the modes the orientation gives them, with why.
 *
 * @param member the member id
 * @param name the member's name
 * @param wishes the modes they wished for, most wanted first
 * @param modes the modes given, in the order of their wishes
 * @param motivation their motivation, "" when not given
 * @param groups the committee's priority groups they belong to
 * @param served the priority weight of their needs a given mode suits
 * @param needWeight the priority weight of all their needs
 * @param reasons why, one sentence each, e.g. "3 of 4 needs are served best in collective workshops: pitch, …"
 */
public record OrientedApplicant(String member, String name, List<Mode> wishes, List<Mode> modes, String motivation,
        List<String> groups, int served, int needWeight, List<String> reasons) {

    public OrientedApplicant {
        wishes = List.copyOf(wishes);
        modes = List.copyOf(modes);
        groups = List.copyOf(groups);
        reasons = List.copyOf(reasons);
    }
}
