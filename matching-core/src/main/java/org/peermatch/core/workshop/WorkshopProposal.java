package org.peermatch.core.workshop;

import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Gap;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.scoring.NoveltyWords;

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
     * @return none: workshops are collective and few, so needs without a workshop seat are covered by
     *         accompaniment or listed in {@link #unserved()}, not counted as gaps
     */
    @Override
    public List<Gap> gaps() {
        return List.of();
    }

    @Override
    public String gapsClause(int count) {
        return NoveltyWords.count(count, "need has", "needs have") + " no workshop seat";
    }

    @Override
    public String summary() {
        int seats = 0;
        for (Workshop workshop : workshops) {
            seats += workshop.attendees().size();
        }
        return "Workshops: " + NoveltyWords.count(workshops.size(), "workshop", "workshops") + ", "
                + NoveltyWords.count(seats, "seat", "seats") + ", "
                + NoveltyWords.count(unserved.size(), "need", "needs") + " without a seat, score " + score + ".";
    }
}
