package org.peermatch.core.workshop;

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
 * The workshop programme of a proposal: the workshops with their animators, half-days, rooms and attendees, the
 * needs left without a seat and why, and the score.
 *
 * @param score the score, e.g. {@code 0hard/0medium/-120soft}
 * @param hardScore broken rules (0 when feasible)
 * @param mediumScore workshops not held and essential needs without a seat, weighted (0 when all are served)
 * @param softScore quality
 * @param workshops the workshops that take place, in date order
 * @param unserved the needs of workshop participants without a seat, in programme order
 * @param constraints each constraint's contribution to the score, in catalog order
 * @param violations the hard rules the workshops break, found by an independent check; empty when feasible
 */
public record WorkshopProposal(String score, long hardScore, long mediumScore, long softScore,
        List<Workshop> workshops, List<UnservedWorkshopNeed> unserved, List<ConstraintScore> constraints,
        List<Violation> violations) implements ModeProposal {

    public WorkshopProposal {
        workshops = List.copyOf(workshops);
        unserved = List.copyOf(unserved);
        constraints = List.copyOf(constraints);
        violations = List.copyOf(violations);
    }

    /** @return whether no hard rule is broken */
    public boolean feasible() {
        return hardScore == 0 && violations.isEmpty();
    }

    @Override
    public Mode mode() {
        return Mode.WORKSHOP;
    }

    /**
     * @return the workshops of the programme not held and the essential (priority 1) needs on a workshop theme
     *         without a seat (a rule the committee switched off counts none); a lesser need without a seat is
     *         listed in {@link #unserved()}, not counted as a gap
     */
    @Override
    public List<Gap> gaps() {
        return gaps(Messages.english());
    }

    @Override
    public List<Gap> gaps(Messages messages) {
        List<Gap> gaps = new ArrayList<>();
        long notHeld = notHeld();
        if (notHeld > 0) {
            gaps.add(new Gap(null, messages.get("workshop.gap.notHeld", notHeld),
                    messages.get("workshop.gap.notHeld.reason")));
        }
        if (weight(WorkshopConstraint.WORKSHOP_PRIORITY_NEED_WITHOUT_SEAT) != 0) {
            for (UnservedWorkshopNeed need : essentialWithoutSeat()) {
                gaps.add(new Gap(need.participant(), messages.get("workshop.gap.noSeat",
                        NoveltyWords.label(need.topic())), String.join(" ", need.reasons())));
            }
        }
        return gaps;
    }

    /**
     * @return whether the workshops leave no gap: every workshop of the programme is held and every essential need
     *         on a workshop theme has a seat (the medium level is 0; a rule the committee switched off counts none)
     */
    @Override
    public boolean complete() {
        return feasible() && mediumScore == 0;
    }

    @Override
    public String gapsClause(int count) {
        return gapsClause(count, Messages.english());
    }

    @Override
    public String gapsClause(int count, Messages messages) {
        return messages.get("workshop.gaps", count);
    }

    @Override
    public String summary() {
        return summary(Messages.english());
    }

    @Override
    public String summary(Messages messages) {
        int seats = 0;
        for (Workshop workshop : workshops) {
            seats += workshop.attendees().size();
        }
        return messages.get("workshop.summary", workshops.size(), seats, unserved.size(), score);
    }

    /** @return how many workshops of the programme are not held (no animator and half-day could be found) */
    public long notHeld() {
        for (ConstraintScore constraint : constraints) {
            if (constraint.id().equals(WorkshopConstraint.WORKSHOP_NOT_HELD.id()) && constraint.weight() != 0) {
                return -constraint.score() / constraint.weight();
            }
        }
        return 0;
    }

    /** @return the essential (priority 1) needs on a workshop theme without a seat, in the order of {@link #unserved} */
    public List<UnservedWorkshopNeed> essentialWithoutSeat() {
        return unserved.stream().filter(need -> need.priority() == 1).toList();
    }

    /** @return the weight the constraint had in the solve (0: switched off), its default when not listed */
    private long weight(WorkshopConstraint constraint) {
        for (ConstraintScore score : constraints) {
            if (score.id().equals(constraint.id())) {
                return score.weight();
            }
        }
        return constraint.definition().defaultWeight();
    }
}
