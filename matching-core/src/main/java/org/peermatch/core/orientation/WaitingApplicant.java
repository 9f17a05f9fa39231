package org.peermatch.core.orientation;

import java.util.List;

import org.peermatch.core.model.Mode;

/**
 * An applicant not admitted this session, in the order of the waiting list, with why and what would admit them.
 *
 * @param rank their place on the waiting list, from 1
 * @param member the member id
 * @param name the member's name
 * @param wishes the modes they wished for, most wanted first
 * @param motivation their motivation, "" when not given
 * @param groups the committee's priority groups they belong to
 * @param needWeight the priority weight of all their needs
 * @param reasons why they are not admitted, one sentence each
 * @param wouldAdmit what would admit them, e.g. "Would be admitted to individual accompaniment with 10 more hours."
 */
public record WaitingApplicant(int rank, String member, String name, List<Mode> wishes, String motivation,
        List<String> groups, int needWeight, List<String> reasons, String wouldAdmit) {

    public WaitingApplicant {
        wishes = List.copyOf(wishes);
        groups = List.copyOf(groups);
        reasons = List.copyOf(reasons);
    }
}
