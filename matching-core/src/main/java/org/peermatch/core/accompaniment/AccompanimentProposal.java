package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Gap;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.text.Messages;

/**
 * The individual accompaniment part of a proposal: the pairs with their reasons, the needs left uncovered with
 * why, each resource person's load and the score.
 *
 * @param score the score, e.g. {@code 0hard/-3medium/1250soft}
 * @param hardScore the hard part (0 when every hard rule is met)
 * @param mediumScore the medium part (0 when every need is covered)
 * @param softScore the soft part
 * @param assignments the covered needs, by participant in document order
 * @param uncovered the needs left uncovered
 * @param loads per resource person offering accompaniment, in document order
 * @param violations hard rules broken, in domain words, found by {@link AccompanimentCertifier} (empty when
 *        feasible)
 * @param constraints the score per accompaniment constraint, in the order of {@link AccompanimentConstraint}
 */
public record AccompanimentProposal(String score, long hardScore, long mediumScore, long softScore,
        List<Assignment> assignments, List<UncoveredNeed> uncovered, List<ResourceLoad> loads,
        List<Violation> violations, List<ConstraintScore> constraints) implements ModeProposal {

    public AccompanimentProposal {
        assignments = List.copyOf(assignments);
        uncovered = List.copyOf(uncovered);
        loads = List.copyOf(loads);
        violations = List.copyOf(violations);
        constraints = List.copyOf(constraints);
    }

    @Override
    public Mode mode() {
        return Mode.ACCOMPANIMENT;
    }

    /** @return every uncovered need, with its topic, priority, hours and why */
    @Override
    public List<Gap> gaps() {
        return gaps(Messages.english());
    }

    @Override
    public List<Gap> gaps(Messages messages) {
        List<Gap> gaps = new ArrayList<>();
        for (UncoveredNeed need : uncovered) {
            gaps.add(new Gap(need.participant(), messages.get("accompaniment.gap.what",
                    NoveltyWords.label(need.topic()), need.priority(), need.hours()), need.summary()));
        }
        return gaps;
    }

    @Override
    public String gapsClause(int count) {
        return gapsClause(count, Messages.english());
    }

    @Override
    public String gapsClause(int count, Messages messages) {
        return messages.get("accompaniment.gaps", count);
    }

    @Override
    public String summary() {
        return summary(Messages.english());
    }

    @Override
    public String summary(Messages messages) {
        return messages.get("accompaniment.summary", assignments.size(), assignments.size() + uncovered.size(),
                score);
    }
}
