package org.peermatch.core.codevelopment;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Gap;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.text.Messages;

/**
 * The co-development part of a proposal: the groups, their session plans, who is left out, and the score.
 *
 * @param score the score, e.g. {@code 0hard/0medium/-250soft}
 * @param hardScore broken hard rules (0 when feasible)
 * @param mediumScore minus the members in no group
 * @param softScore quality: minus repeat costs, sector dominance and missing common months
 * @param groups the groups formed, numbered from 1
 * @param unplaced the members in no group, in document order
 * @param constraints each constraint's contribution, in the order of {@link CodevelopmentConstraint}
 * @param violations the hard rules broken, found by an independent re-check; empty when feasible
 */
public record CodevelopmentProposal(String score, long hardScore, long mediumScore, long softScore,
        List<CodevelopmentGroup> groups, List<UnplacedCodevelopmentMember> unplaced,
        List<ConstraintScore> constraints, List<Violation> violations) implements ModeProposal {

    public CodevelopmentProposal {
        groups = List.copyOf(groups);
        unplaced = List.copyOf(unplaced);
        constraints = List.copyOf(constraints);
        violations = List.copyOf(violations);
    }

    /** @return whether no hard rule is broken */
    public boolean feasible() {
        return hardScore == 0;
    }

    @Override
    public Mode mode() {
        return Mode.CODEVELOPMENT;
    }

    /** @return every member in no group, with why */
    @Override
    public List<Gap> gaps() {
        return gaps(Messages.english());
    }

    @Override
    public List<Gap> gaps(Messages messages) {
        List<Gap> gaps = new ArrayList<>();
        for (UnplacedCodevelopmentMember member : unplaced) {
            gaps.add(new Gap(member.member(), messages.get("codevelopment.gap.what"),
                    String.join(" ", member.reasons())));
        }
        return gaps;
    }

    @Override
    public String gapsClause(int count) {
        return gapsClause(count, Messages.english());
    }

    @Override
    public String gapsClause(int count, Messages messages) {
        return messages.get("codevelopment.gaps", count);
    }

    @Override
    public String summary() {
        return summary(Messages.english());
    }

    @Override
    public String summary(Messages messages) {
        return messages.get("codevelopment.summary", groups.size(), unplaced.size(), score);
    }
}
