package org.peermatch.core.workshop;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The workshop programme planning problem: which workshops take place, on which theme, led by whom, when and where.
 * Built by {@link WorkshopProblem}.
 */
@PlanningSolution
public class WorkshopPlan {

    private WorkshopFrame frame;
    private int participantCount;
    private List<WorkshopTheme> themes;
    private List<Animator> animators;
    private List<Lead> leads;
    private List<HalfDay> halfDays;
    private List<WorkshopRoom> rooms;
    private List<PlannedWorkshop> workshops;
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;
    private HardMediumSoftScore score;

    /** For Timefold's cloning. */
    public WorkshopPlan() {
    }

    public WorkshopPlan(WorkshopFrame frame, int participantCount, List<WorkshopTheme> themes,
            List<Animator> animators, List<Lead> leads, List<HalfDay> halfDays, List<WorkshopRoom> rooms,
            List<PlannedWorkshop> workshops, ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        this.frame = frame;
        this.participantCount = participantCount;
        this.themes = themes;
        this.animators = animators;
        this.leads = leads;
        this.halfDays = halfDays;
        this.rooms = rooms;
        this.workshops = workshops;
        this.constraintWeightOverrides = overrides;
    }

    /** @return whether there is nothing to plan: no participant asks for workshops, or there is no candidate theme */
    public boolean isEmpty() {
        return participantCount == 0 || themes.stream().noneMatch(WorkshopTheme::candidate);
    }

    @ProblemFactProperty
    public WorkshopFrame getFrame() {
        return frame;
    }

    /** @return how many members ask for workshops */
    public int getParticipantCount() {
        return participantCount;
    }

    @ProblemFactCollectionProperty
    public List<WorkshopTheme> getThemes() {
        return themes;
    }

    @ProblemFactCollectionProperty
    public List<Animator> getAnimators() {
        return animators;
    }

    @ProblemFactCollectionProperty
    public List<Lead> getLeads() {
        return leads;
    }

    @ProblemFactCollectionProperty
    public List<HalfDay> getHalfDays() {
        return halfDays;
    }

    @ProblemFactCollectionProperty
    public List<WorkshopRoom> getRooms() {
        return rooms;
    }

    @PlanningEntityCollectionProperty
    public List<PlannedWorkshop> getWorkshops() {
        return workshops;
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
