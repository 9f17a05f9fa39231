package org.peermatch.benchmarks.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.accompaniment.AccompanimentPlan;
import org.peermatch.core.accompaniment.AccompanimentProblem;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.NeedAssignment;
import org.peermatch.core.accompaniment.ResourcePerson;
import org.peermatch.core.accompaniment.ResourceSlot;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.SolverLimits;
import org.peermatch.core.scoring.PairScoring;

/**
 * Scores a list of pairs with the solver's own constraints, so that a baseline and a solver result are compared
 * on the same scale: each participant's distinct resource persons fill their slots in order, each need takes the
 * slot of its resource person.
 */
public final class PlanScorer {

    private PlanScorer() {
    }

    /**
     * @param programme the programme
     * @param scoring its pair scoring
     * @param assignments the pairs (at most the allowed number of resource persons per participant)
     * @return the score the solver would give the plan
     * @throws IllegalArgumentException when a pair names an unknown need or participant has too many resource persons
     */
    public static HardMediumSoftScore score(Programme programme, PairScoring scoring, List<Assignment> assignments) {
        AccompanimentPlan plan = AccompanimentProblem.build(programme, scoring);
        Map<String, List<ResourceSlot>> slotsOf = new HashMap<>();
        for (ResourceSlot slot : plan.getSlots()) {
            slotsOf.computeIfAbsent(slot.getParticipant().getId(), id -> new ArrayList<>()).add(slot);
        }
        Map<String, ResourcePerson> resources = new HashMap<>();
        for (ResourcePerson resource : plan.getResourcePersons()) {
            resources.put(resource.getId(), resource);
        }
        Map<String, NeedAssignment> needs = new HashMap<>();
        for (NeedAssignment need : plan.getAssignments()) {
            needs.put(need.getParticipant().getId() + "/" + need.getNeed().topic(), need);
        }
        for (Assignment assignment : assignments) {
            NeedAssignment need = needs.get(assignment.participant() + "/" + assignment.topic());
            ResourcePerson resource = resources.get(assignment.resource());
            if (need == null || resource == null) {
                throw new IllegalArgumentException("The pair " + assignment.participant() + " / "
                        + assignment.resource() + " on " + assignment.topic() + " is not in the programme.\n"
                        + "Maybe score pairs made for this programme.");
            }
            ResourceSlot slot = null;
            for (ResourceSlot candidate : slotsOf.getOrDefault(assignment.participant(), List.of())) {
                if (candidate.getResource() == resource) {
                    slot = candidate;
                    break;
                }
                if (slot == null && candidate.getResource() == null) {
                    slot = candidate;
                }
            }
            if (slot == null) {
                throw new IllegalArgumentException("Participant " + assignment.participant()
                        + " has more resource persons than slots.\nMaybe respect the programme's limit.");
            }
            slot.setResource(resource);
            need.setSlot(slot);
        }
        SolverSettings settings = programme.solver().timeLimit() == null && programme.solver().moveCountLimit() == null
                && programme.solver().unimprovedTimeLimit() == null ? SolverSettings.DEFAULT : programme.solver();
        SolverFactory<AccompanimentPlan> factory = SolverFactory.create(
                AccompanimentProblem.solverConfig(settings, EnvironmentMode.PHASE_ASSERT));
        SolutionManager<AccompanimentPlan, HardMediumSoftScore> manager = SolutionManager.create(factory);
        return manager.update(plan);
    }
}
