package org.peermatch.core.codevelopment;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The co-development planning problem: which group each participant joins. Built by {@link CodevelopmentProblem}.
 */
@PlanningSolution
public class CodevelopmentPlan {

    private List<GroupSlot> groups;
    private List<CodevelopmentParticipant> participants;
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;
    private HardMediumSoftScore score;

    /** For Timefold's cloning. */
    public CodevelopmentPlan() {
    }

    public CodevelopmentPlan(List<GroupSlot> groups, List<CodevelopmentParticipant> participants,
            ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
        this.groups = groups;
        this.participants = participants;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    /** @return the groups the solver may form, numbered from 1 */
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    public List<GroupSlot> getGroups() {
        return groups;
    }

    /** @return the participants in document order */
    @PlanningEntityCollectionProperty
    public List<CodevelopmentParticipant> getParticipants() {
        return participants;
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

    /** @return whether nobody asked for co-development: there is nothing to solve */
    public boolean isEmpty() {
        return participants.isEmpty();
    }
}
