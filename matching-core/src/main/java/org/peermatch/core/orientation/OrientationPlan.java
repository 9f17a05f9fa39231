package org.peermatch.core.orientation;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The orientation planning problem: which modes each applicant gets, if any, within every mode's capacity. Built by
 * {@link OrientationProblem}.
 */
@PlanningSolution
public class OrientationPlan {

    private List<Applicant> applicants;
    private List<ModeCapacity> capacities;
    private BeneficiaryLimit limit;
    private List<ApplicantOrientation> orientations;
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;
    private HardMediumSoftScore score;

    /** For Timefold's cloning. */
    public OrientationPlan() {
    }

    public OrientationPlan(List<Applicant> applicants, List<ModeCapacity> capacities, BeneficiaryLimit limit,
            List<ApplicantOrientation> orientations, ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        this.applicants = applicants;
        this.capacities = capacities;
        this.limit = limit;
        this.orientations = orientations;
        this.constraintWeightOverrides = overrides;
    }

    @ProblemFactCollectionProperty
    public List<Applicant> getApplicants() {
        return applicants;
    }

    @ProblemFactCollectionProperty
    public List<ModeCapacity> getCapacities() {
        return capacities;
    }

    @ProblemFactProperty
    public BeneficiaryLimit getLimit() {
        return limit;
    }

    @PlanningEntityCollectionProperty
    public List<ApplicantOrientation> getOrientations() {
        return orientations;
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
