package org.peermatch.core.accompaniment;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The individual accompaniment planning problem: who covers each need. Built by {@link AccompanimentProblem};
 * cloned by {@link AccompanimentPlanCloner}.
 */
@PlanningSolution(solutionCloner = AccompanimentPlanCloner.class)
public class AccompanimentPlan {

    private List<Participant> participants;
    private List<ResourcePerson> resourcePersons;
    private List<PinnedPairFact> pinnedPairs;
    private List<ResourceSlot> slots;
    private List<NeedAssignment> assignments;
    private List<BaselinePairFact> baselinePairs = List.of();
    private List<BaselineNeedFact> baselineNeeds = List.of();
    private List<ReplanFact> replan = List.of();
    private List<EarlierPairFact> earlierPairs = List.of();
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;
    private HardMediumSoftScore score;

    /** For Timefold's cloning. */
    public AccompanimentPlan() {
    }

    public AccompanimentPlan(List<Participant> participants, List<ResourcePerson> resourcePersons,
            List<PinnedPairFact> pinnedPairs, List<ResourceSlot> slots, List<NeedAssignment> assignments,
            ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
        this.participants = participants;
        this.resourcePersons = resourcePersons;
        this.pinnedPairs = pinnedPairs;
        this.slots = slots;
        this.assignments = assignments;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    @ProblemFactCollectionProperty
    public List<Participant> getParticipants() {
        return participants;
    }

    @ProblemFactCollectionProperty
    public List<ResourcePerson> getResourcePersons() {
        return resourcePersons;
    }

    @ProblemFactCollectionProperty
    public List<PinnedPairFact> getPinnedPairs() {
        return pinnedPairs;
    }

    /** @return the baseline's pairs still possible (empty without a baseline) */
    @ProblemFactCollectionProperty
    public List<BaselinePairFact> getBaselinePairs() {
        return baselinePairs;
    }

    public void setBaselinePairs(List<BaselinePairFact> baselinePairs) {
        this.baselinePairs = baselinePairs;
    }

    /** @return the baseline's needs still possible with their resource person (empty without a baseline) */
    @ProblemFactCollectionProperty
    public List<BaselineNeedFact> getBaselineNeeds() {
        return baselineNeeds;
    }

    public void setBaselineNeeds(List<BaselineNeedFact> baselineNeeds) {
        this.baselineNeeds = baselineNeeds;
    }

    /** @return the pairs of earlier alternatives (empty unless solving alternatives) */
    @ProblemFactCollectionProperty
    public List<EarlierPairFact> getEarlierPairs() {
        return earlierPairs;
    }

    public void setEarlierPairs(List<EarlierPairFact> earlierPairs) {
        this.earlierPairs = earlierPairs;
    }

    /** @return one fact when re-planning from a baseline, else empty */
    @ProblemFactCollectionProperty
    public List<ReplanFact> getReplan() {
        return replan;
    }

    public void setReplan(List<ReplanFact> replan) {
        this.replan = replan;
    }

    @PlanningEntityCollectionProperty
    public List<ResourceSlot> getSlots() {
        return slots;
    }

    @PlanningEntityCollectionProperty
    public List<NeedAssignment> getAssignments() {
        return assignments;
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
