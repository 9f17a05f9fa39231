package org.peermatch.core.model;

import java.util.List;

/**
 * A member's application to the programme: the modes they would accept, ranked, when the committee has not decided
 * their modes yet (their {@link Member#requests()} are modes already decided), and the eligibility facts the
 * committee's priority groups use. The orientation stage decides which of the wished modes each applicant gets.
 *
 * @param member the member id
 * @param wishes the modes they would accept, most wanted first, without duplicates; never a mode already in their
 *        requests
 * @param motivation a short motivation from the questionnaire, kept for the report ("" when not given)
 * @param firstTimeApplicant whether they apply for the first time
 * @param formerBeneficiary whether they were a beneficiary of an earlier session
 * @param staff how many people work in their structure, 0 when not given
 * @param territory the territory they work in (a kebab-case id such as {@code ariege}), or null when not given
 */
public record Application(String member, List<Mode> wishes, String motivation, boolean firstTimeApplicant,
        boolean formerBeneficiary, int staff, String territory) {

    public Application {
        wishes = List.copyOf(wishes);
        motivation = motivation == null ? "" : motivation;
    }

    /** @return the rank of the mode among the wishes, 1 for the first, 0 when not wished */
    public int rank(Mode mode) {
        return wishes.indexOf(mode) + 1;
    }
}
