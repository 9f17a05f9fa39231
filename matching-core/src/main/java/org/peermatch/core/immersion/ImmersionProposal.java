package org.peermatch.core.immersion;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Gap;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.text.Messages;

/**
 * The immersion part of a proposal: who spends which day with whom, who is left unplaced and why, and the score.
 *
 * @param score the score, e.g. {@code 0hard/0medium/-120soft}
 * @param hardScore broken rules (0 when feasible)
 * @param mediumScore unplaced mentees, weighted (0 when everyone is placed)
 * @param softScore quality
 * @param pairings the immersion days, in the programme's order of mentees
 * @param unplaced the mentees without a day, in the programme's order
 * @param constraints each constraint's contribution to the score, in catalog order
 * @param violations the hard rules the pairings break, found by an independent check; empty when feasible
 */
public record ImmersionProposal(String score, long hardScore, long mediumScore, long softScore,
        List<ImmersionPairing> pairings, List<UnplacedMentee> unplaced, List<ConstraintScore> constraints,
        List<Violation> violations) implements ModeProposal {

    public ImmersionProposal {
        pairings = List.copyOf(pairings);
        unplaced = List.copyOf(unplaced);
        constraints = List.copyOf(constraints);
        violations = List.copyOf(violations);
    }

    /** @return whether no hard rule is broken */
    public boolean feasible() {
        return hardScore == 0 && violations.isEmpty();
    }

    @Override
    public Mode mode() {
        return Mode.IMMERSION;
    }

    /** @return every mentee without an immersion day, with why */
    @Override
    public List<Gap> gaps() {
        return gaps(Messages.english());
    }

    @Override
    public List<Gap> gaps(Messages messages) {
        List<Gap> gaps = new ArrayList<>();
        for (UnplacedMentee mentee : unplaced) {
            gaps.add(new Gap(mentee.mentee(), messages.get("immersion.gap.what"), String.join(" ", mentee.reasons())));
        }
        return gaps;
    }

    @Override
    public String gapsClause(int count) {
        return gapsClause(count, Messages.english());
    }

    @Override
    public String gapsClause(int count, Messages messages) {
        return messages.get("immersion.gaps", count);
    }

    @Override
    public String summary() {
        return summary(Messages.english());
    }

    @Override
    public String summary(Messages messages) {
        return messages.get("immersion.summary", pairings.size(), pairings.size() + unplaced.size(), score);
    }
}
