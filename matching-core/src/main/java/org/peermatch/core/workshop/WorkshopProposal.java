package org.peermatch.core.workshop;

import java.util.List;

import org.peermatch.core.solve.ConstraintScore;
import org.peermatch.core.solve.Violation;

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
        List<Violation> violations) {

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

    /**
     * @return whether the workshops leave no gap: every workshop of the programme is held and every essential need
     *         on a workshop theme has a seat (the medium level is 0; a rule the committee switched off counts none)
     */
    public boolean complete() {
        return mediumScore == 0;
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
}
