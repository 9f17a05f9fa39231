package org.peermatch.core.scoring;

import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.Member;
import org.peermatch.core.text.Messages;

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
        return between(first, second, decisions, Messages.english());
    }

    /** @return {@link #between(Member, Member, Decisions)} in the messages' language */
    public static String between(Member first, Member second, Decisions decisions, Messages messages) {
        if (first.id().equals(second.id())) {
            return messages.get("scoring.conflict.same");
        }
        if (first.organization() != null && first.organization().equalsIgnoreCase(second.organization())) {
            return messages.get("scoring.conflict.organization", first.organization());
        }
        if (first.conflicts().contains(second.id()) || second.conflicts().contains(first.id())) {
            return messages.get("scoring.conflict.declared");
        }
        for (ForbiddenPair forbidden : decisions.forbidden()) {
            if (forbidden.concerns(first.id(), second.id())) {
                return forbidden.reason() == null || forbidden.reason().isBlank()
                        ? messages.get("scoring.conflict.forbidden")
                        : messages.get("scoring.conflict.forbidden.reason", forbidden.reason());
            }
        }
        return null;
    }
}
