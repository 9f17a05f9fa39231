package org.peermatch.core.immersion;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The immersion mentoring planning problem: which mentor hosts each mentee, and on which day. Built by
 * {@link ImmersionProblem}.
 */
@PlanningSolution
public class ImmersionPlan {

    private List<Mentee> mentees;
    private List<Mentor> mentors;
    private List<MentorDay> mentorDays;
    private List<MenteePlacement> placements;
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;
    private HardMediumSoftScore score;

    /** For Timefold's cloning. */
    public ImmersionPlan() {
    }

    public ImmersionPlan(List<Mentee> mentees, List<Mentor> mentors, List<MentorDay> mentorDays,
            List<MenteePlacement> placements, ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.mentorDays = mentorDays;
        this.placements = placements;
        this.constraintWeightOverrides = overrides;
    }

    /** @return whether there is nothing to plan: nobody asked for an immersion day */
    public boolean isEmpty() {
        return placements.isEmpty();
    }

    @ProblemFactCollectionProperty
    public List<Mentee> getMentees() {
        return mentees;
    }

    @ProblemFactCollectionProperty
    public List<Mentor> getMentors() {
        return mentors;
    }

    @ProblemFactCollectionProperty
    public List<MentorDay> getMentorDays() {
        return mentorDays;
    }

    @PlanningEntityCollectionProperty
    public List<MenteePlacement> getPlacements() {
        return placements;
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
