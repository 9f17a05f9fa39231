package org.peermatch.core.calendar;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The whole calendar as one planning problem: every session of the greedy calendar, the 1:1 meetings movable, the
 * rest pinned. Built by {@link CalendarSearch#build}, turned back into a calendar by {@link CalendarSearch#calendar}.
 */
@PlanningSolution
public class CalendarPlan {

    private List<DatedSession> sessions;
    private GreedyCalendar greedy;
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides =
            ConstraintWeightOverrides.none();
    private HardMediumSoftScore score;

    /** For Timefold's cloning. */
    public CalendarPlan() {
    }

    CalendarPlan(List<DatedSession> sessions, GreedyCalendar greedy,
            ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        this.sessions = sessions;
        this.greedy = greedy;
        this.constraintWeightOverrides = overrides;
    }

    @PlanningEntityCollectionProperty
    public List<DatedSession> getSessions() {
        return sessions;
    }

    /** @return the greedy calendar the search starts from, with what it needs to rebuild a calendar */
    GreedyCalendar greedy() {
        return greedy;
    }

    /** @return whether some session can move: otherwise the greedy calendar stands as it is */
    public boolean hasMovable() {
        return sessions.stream().anyMatch(session -> !session.isPinned());
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    @PlanningScore
    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
