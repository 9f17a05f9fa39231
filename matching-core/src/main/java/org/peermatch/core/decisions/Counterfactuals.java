package org.peermatch.core.decisions;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.text.Messages;

/**
 * What the "why not" answers share, whatever the mode: comparing the proposal with the plan found with the
 * committee's choice, leaving out the mode's keep-baseline penalty (the cost of changing, not of the plan).
 */
final class Counterfactuals {

    private Counterfactuals() {
    }

    /** @return whether the first plan is better: hard, then medium, then soft without the change cost */
    static boolean better(ModeProposal first, ModeProposal second, String keepId) {
        if (first.hardScore() != second.hardScore()) {
            return first.hardScore() > second.hardScore();
        }
        if (first.mediumScore() != second.mediumScore()) {
            return first.mediumScore() > second.mediumScore();
        }
        return softWithoutChanges(first, keepId) > softWithoutChanges(second, keepId);
    }

    /** @return one line per rule that gets worse from the proposal to the plan, the change cost left out */
    static List<String> worse(ModeProposal before, ModeProposal after, String keepId, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (ConstraintScore was : before.constraints()) {
            ConstraintScore is = find(after, was.id());
            if (is != null && is.score() < was.score() && !was.id().equals(keepId)) {
                lines.add("  - " + messages.get("decisions.why.worse", was.id(), was.score(), is.score()));
            }
        }
        return lines;
    }

    /** @return the soft score without the keep-baseline penalty */
    static long softWithoutChanges(ModeProposal proposal, String keepId) {
        ConstraintScore changes = find(proposal, keepId);
        return proposal.softScore() - (changes == null ? 0 : changes.score());
    }

    /** @return the score without the keep-baseline penalty, e.g. {@code 0hard/-1medium/378soft} */
    static String scoreWithoutChanges(ModeProposal proposal, String keepId) {
        return proposal.hardScore() + "hard/" + proposal.mediumScore() + "medium/"
                + softWithoutChanges(proposal, keepId) + "soft";
    }

    private static ConstraintScore find(ModeProposal proposal, String id) {
        for (ConstraintScore score : proposal.constraints()) {
            if (score.id().equals(id)) {
                return score;
            }
        }
        return null;
    }
}
