package org.peermatch.core.scoring;

import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.Member;

/**
 * Whether two members may work together in any mode, and why not, in the committee's words: never the same person,
 * two people of one organization, a declared conflict of interest (either side) or a pair the committee forbade.
 */
public final class ConflictOfInterest {

    private ConflictOfInterest() {
    }

    /**
     * @param first a member
     * @param second another member
     * @param decisions the committee's decisions (its forbidden pairs)
     * @return why the two may not work together, as a predicate after "A and B", e.g. "both work for Le Bikini";
     *         null when they may
     */
    public static String between(Member first, Member second, Decisions decisions) {
        if (first.id().equals(second.id())) {
            return "are the same person";
        }
        if (first.organization() != null && first.organization().equalsIgnoreCase(second.organization())) {
            return "both work for " + first.organization();
        }
        if (first.conflicts().contains(second.id()) || second.conflicts().contains(first.id())) {
            return "declared a conflict of interest";
        }
        for (ForbiddenPair forbidden : decisions.forbidden()) {
            if (forbidden.concerns(first.id(), second.id())) {
                return "are a pair the committee forbade"
                        + (forbidden.reason() == null || forbidden.reason().isBlank() ? ""
                                : " (" + forbidden.reason() + ")");
            }
        }
        return null;
    }
}
