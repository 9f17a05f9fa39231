package org.peermatch.core.affinity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.text.Messages;

/**
 * Solves affinity assignments: every participant gets exactly its demand of distinct allowed resources, every
 * resource's load stays within [min, max], no conflict pair is used, and the scores are as good as possible for the
 * chosen {@link Fairness}.
 *
 * <p>{@link Fairness#NONE} is solved exactly by a min-cost flow. {@link Fairness#MAXMIN} starts from that optimum
 * and searches for the best floor (see the package documentation). When the hard rules cannot all be met, the
 * result is still the best assignment found and lists its gaps: the most demands and min loads that can be met
 * together are met.
 *
 * <p>Thread-safe: every call works on its own data.
 */
public final class AffinityAssigner {

    private AffinityAssigner() {
    }

    /**
     * Solves a problem.
     *
     * @param problem the problem
     * @param options fairness, limits and seed
     * @return the best assignment found, with its gaps and statistics
     */
    public static AffinityResult solve(AffinityProblem problem, AffinityOptions options) {
        return solve(problem, options, AffinityProgressListener.NONE);
    }

    /**
     * Solves a problem and reports each better assignment found.
     *
     * @param problem the problem
     * @param options fairness, limits and seed
     * @param listener told of each improvement, from the calling thread
     * @return the best assignment found, with its gaps and statistics
     */
    public static AffinityResult solve(AffinityProblem problem, AffinityOptions options,
            AffinityProgressListener listener) {
        long start = System.nanoTime();
        IndexedProblem ip = new IndexedProblem(problem);
        if (options.fairness() == Fairness.NONE) {
            AssignmentFlow flow = new AssignmentFlow(ip);
            flow.solve(null, null);
            Solution solution = new Solution(ip, flow.assigned);
            Duration spent = Duration.ofNanos(System.nanoTime() - start);
            listener.bestImproved(solution.worst / ip.scale, solution.total / ip.scale, spent);
            AffinityStatistics statistics = new AffinityStatistics(spent, 1, 0, options.seed(), true,
                    solution.total / ip.scale, Double.NaN, true);
            return solution.toResult(ip, statistics);
        }
        Budget budget = new Budget(start, options.timeLimit(), options.moveLimit());
        MaxMinSearch search = new MaxMinSearch(ip, budget, options.seed(), solution -> listener.bestImproved(
                solution.worst / ip.scale, solution.total / ip.scale, Duration.ofNanos(System.nanoTime() - start)));
        Solution best = search.run();
        AffinityStatistics statistics = new AffinityStatistics(Duration.ofNanos(System.nanoTime() - start),
                search.flowSolves, search.localMoves, options.seed(), search.worstProven && search.totalProven,
                search.totalUpperBound / ip.scale, search.worstUpperBound / ip.scale, options.timeLimit() == null);
        return best.toResult(ip, statistics);
    }

    /**
     * Finds, before solving, simple reasons why no assignment can meet every hard rule: capacities and demands
     * that do not add up, participants with too few allowed resources, resources with too few allowed
     * participants. An empty list does not prove that a complete assignment exists: the result's gaps tell.
     *
     * @param problem the problem
     * @return the reasons found, in a stable order, in English
     */
    public static List<FeasibilityIssue> check(AffinityProblem problem) {
        return check(problem, Messages.english());
    }

    /**
     * Finds, before solving, simple reasons why no assignment can meet every hard rule; see
     * {@link #check(AffinityProblem)}.
     *
     * @param problem the problem
     * @param messages the language of the reasons and their advice
     * @return the reasons found, in a stable order
     */
    public static List<FeasibilityIssue> check(AffinityProblem problem, Messages messages) {
        List<FeasibilityIssue> issues = new ArrayList<>();
        long totalDemand = problem.totalDemand();
        long totalMax = 0;
        long totalMin = 0;
        for (AffinityResource resource : problem.resources()) {
            totalMax += resource.maxLoad();
            totalMin += resource.minLoad();
        }
        int resourceCount = problem.resources().size();
        if (totalDemand > totalMax) {
            int suggested = resourceCount == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE,
                    (totalDemand + resourceCount - 1) / resourceCount);
            String advice = resourceCount == 0 ? messages.get("assign.check.demandExceedsMax.noResource")
                    : messages.get("assign.check.demandExceedsMax.advice", totalDemand, totalMax, suggested,
                            totalDemand - totalMax);
            issues.add(new FeasibilityIssue(FeasibilityIssue.Kind.DEMAND_EXCEEDS_MAX_LOAD, "",
                    messages.get("assign.check.demandExceedsMax", totalDemand, totalMax), advice, suggested));
        }
        if (totalMin > totalDemand) {
            int suggested = resourceCount == 0 ? 0 : (int) (totalDemand / resourceCount);
            issues.add(new FeasibilityIssue(FeasibilityIssue.Kind.MIN_LOAD_EXCEEDS_DEMAND, "",
                    messages.get("assign.check.minExceedsDemand", totalMin, totalDemand),
                    messages.get("assign.check.minExceedsDemand.advice", totalMin, totalDemand, suggested,
                            totalMin - totalDemand), suggested));
        }
        Map<String, AffinityResource> resources = new HashMap<>();
        for (AffinityResource resource : problem.resources()) {
            resources.put(resource.id(), resource);
        }
        Map<String, Integer> demands = new HashMap<>();
        for (AffinityParticipant participant : problem.participants()) {
            demands.put(participant.id(), participant.demand());
        }
        Set<List<String>> conflicts = new HashSet<>();
        for (ConflictPair conflict : problem.conflicts()) {
            conflicts.add(List.of(conflict.participant(), conflict.resource()));
        }
        Map<String, Integer> resourcesPerParticipant = new HashMap<>();
        Map<String, Integer> participantsPerResource = new HashMap<>();
        for (ScoredPair pair : problem.pairs()) {
            if (!conflicts.isEmpty() && conflicts.contains(List.of(pair.participant(), pair.resource()))) {
                continue;
            }
            if (resources.get(pair.resource()).maxLoad() > 0) {
                resourcesPerParticipant.merge(pair.participant(), 1, Integer::sum);
            }
            if (demands.get(pair.participant()) > 0) {
                participantsPerResource.merge(pair.resource(), 1, Integer::sum);
            }
        }
        for (AffinityParticipant participant : problem.participants()) {
            int allowed = resourcesPerParticipant.getOrDefault(participant.id(), 0);
            if (allowed < participant.demand()) {
                issues.add(new FeasibilityIssue(FeasibilityIssue.Kind.TOO_FEW_RESOURCES, participant.id(),
                        messages.get("assign.check.tooFewResources", participant.id(), participant.demand(), allowed),
                        messages.get("assign.check.tooFewResources.advice", participant.id(), participant.demand(),
                                allowed), allowed));
            }
        }
        for (AffinityResource resource : problem.resources()) {
            int allowed = participantsPerResource.getOrDefault(resource.id(), 0);
            if (allowed < resource.minLoad()) {
                issues.add(new FeasibilityIssue(FeasibilityIssue.Kind.TOO_FEW_PARTICIPANTS, resource.id(),
                        messages.get("assign.check.tooFewParticipants", resource.id(), resource.minLoad(), allowed),
                        messages.get("assign.check.tooFewParticipants.advice", resource.id(), resource.minLoad(),
                                allowed), allowed));
            }
        }
        return issues;
    }
}
