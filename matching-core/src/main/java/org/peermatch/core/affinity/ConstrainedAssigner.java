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
 * Solves an affinity assignment under a committee's constraints: forced pairs and group rules, exactly (the best
 * total score, {@link Fairness#NONE}).
 *
 * <p>Forced pairs are taken out first: each lowers its participant's demand, its resource's loads and its group's
 * bounds for that participant by one, and the rest is solved on what remains, so the result is the best assignment
 * containing them. Without group rules the rest is {@link AffinityAssigner}'s min-cost flow; with them it is
 * {@link GroupFlow}, a min-cost flow with a node per participant × ruled group whose minimums are lower bounds.
 * {@link Fairness#MAXMIN} is refused with forced pairs or group rules: its floor search knows neither.
 *
 * <p>Thread-safe: every call works on its own data.
 */
public final class ConstrainedAssigner {

    private ConstrainedAssigner() {
    }

    /**
     * @param problem the problem
     * @param constraints forced pairs (each allowed, at most once, within demands, loads and group maximums) and
     *        group rules
     * @param options fairness {@link Fairness#NONE}, or {@link Fairness#MAXMIN} only without constraints; the seed
     * @return the best assignment containing the forced pairs and obeying the rules where possible, with its gaps
     * @throws IllegalArgumentException when the constraints break these preconditions
     */
    public static ConstrainedResult solve(AffinityProblem problem, AffinityConstraints constraints,
            AffinityOptions options) {
        long start = System.nanoTime();
        boolean constrained = !constraints.forced().isEmpty() || constraints.grouped();
        if (options.fairness() != Fairness.NONE && constrained) {
            throw problem("assign.maxmin.constrained");
        }
        IndexedProblem ip = new IndexedProblem(problem);
        Indices indices = new Indices(problem);
        int rules = constraints.rules().size();
        int[] ruleOfResource = ruleOfResource(problem, constraints, indices);
        int[] ruleMin = new int[ip.participantCount * rules];
        int[] ruleMax = new int[ip.participantCount * rules];
        for (int p = 0; p < ip.participantCount; p++) {
            for (int k = 0; k < rules; k++) {
                ruleMin[p * rules + k] = constraints.rules().get(k).min();
                ruleMax[p * rules + k] = constraints.rules().get(k).max();
            }
        }
        boolean[] forced = new boolean[ip.arcCount];
        int[] demand = ip.demand.clone();
        int[] minLoad = ip.minLoad.clone();
        int[] maxLoad = ip.maxLoad.clone();
        for (ForcedPair pair : constraints.forced()) {
            int p = indices.participant(pair.participant());
            int r = indices.resource(pair.resource());
            int a = p < 0 || r < 0 ? -1 : ip.arc(p, r);
            if (a < 0 || forced[a]) {
                throw problem("assign.api.forcedInvalid", pair.participant(), pair.resource());
            }
            forced[a] = true;
            demand[p]--;
            minLoad[r] = Math.max(0, minLoad[r] - 1);
            maxLoad[r]--;
            int k = ruleOfResource[r];
            if (k >= 0) {
                ruleMin[p * rules + k] = Math.max(0, ruleMin[p * rules + k] - 1);
                ruleMax[p * rules + k]--;
            }
            if (demand[p] < 0 || maxLoad[r] < 0 || k >= 0 && ruleMax[p * rules + k] < 0) {
                throw problem("assign.api.forcedExceeds", pair.participant(), pair.resource());
            }
        }
        AffinityProblem rest = rest(problem, ip, forced, demand, minLoad, maxLoad);
        IndexedProblem restIp = new IndexedProblem(rest);
        boolean[] restAssigned;
        long flowSolves = 1;
        if (rules > 0) {
            restAssigned = new GroupFlow(restIp, ruleOfResource, ruleMin, ruleMax, rules).solve();
        } else if (options.fairness() == Fairness.NONE) {
            AssignmentFlow flow = new AssignmentFlow(restIp);
            flow.solve(null, null);
            restAssigned = flow.assigned;
        } else {
            // no constraint at all: the plain assigner, max–min included
            AffinityResult plain = AffinityAssigner.solve(problem, options);
            return new ConstrainedResult(plain, List.of());
        }
        boolean[] assigned = forced.clone();
        for (int a = 0; a < restIp.arcCount; a++) {
            if (restAssigned[a]) {
                assigned[ip.arc(restIp.arcParticipant[a], restIp.arcResource[a])] = true;
            }
        }
        Solution solution = new Solution(ip, assigned);
        AffinityStatistics statistics = new AffinityStatistics(Duration.ofNanos(System.nanoTime() - start),
                flowSolves, 0, options.seed(), true, solution.total / ip.scale, Double.NaN, true);
        AffinityResult result = solution.toResult(ip, statistics);
        return new ConstrainedResult(result, groupGaps(problem, constraints, ip, assigned, ruleOfResource));
    }

    /** @return a broken precondition: the English sentence of the key, then its advice on a second line */
    static IllegalArgumentException problem(String key, Object... arguments) {
        return new IllegalArgumentException(Messages.english().get(key, arguments) + "\n"
                + Messages.english().get(key + ".advice", arguments));
    }

    /** The problem left once the forced pairs are taken out; same participants and resources, same order. */
    private static AffinityProblem rest(AffinityProblem problem, IndexedProblem ip, boolean[] forced, int[] demand,
            int[] minLoad, int[] maxLoad) {
        List<AffinityParticipant> participants = new ArrayList<>(ip.participantCount);
        for (int p = 0; p < ip.participantCount; p++) {
            participants.add(new AffinityParticipant(problem.participants().get(p).id(), demand[p]));
        }
        List<AffinityResource> resources = new ArrayList<>(ip.resourceCount);
        for (int r = 0; r < ip.resourceCount; r++) {
            resources.add(new AffinityResource(problem.resources().get(r).id(), minLoad[r], maxLoad[r]));
        }
        List<ScoredPair> pairs = new ArrayList<>(ip.arcCount);
        for (int a = 0; a < ip.arcCount; a++) {
            if (!forced[a]) {
                pairs.add(new ScoredPair(problem.participants().get(ip.arcParticipant[a]).id(),
                        problem.resources().get(ip.arcResource[a]).id(), ip.arcValue[a]));
            }
        }
        return new AffinityProblem(participants, resources, pairs, List.of());
    }

    /** @return per resource, the index of its group's rule, or -1 */
    static int[] ruleOfResource(AffinityProblem problem, AffinityConstraints constraints, Indices indices) {
        Map<String, Integer> ruleOfGroup = new HashMap<>();
        Set<String> groups = new HashSet<>();
        for (int k = 0; k < constraints.rules().size(); k++) {
            String group = constraints.rules().get(k).group();
            if (!groups.add(group)) {
                throw problem("assign.api.ruleTwice", group);
            }
            ruleOfGroup.put(group, k);
        }
        int[] rule = new int[problem.resources().size()];
        for (int r = 0; r < rule.length; r++) {
            String group = constraints.groupOfResource().get(problem.resources().get(r).id());
            rule[r] = group == null ? -1 : ruleOfGroup.getOrDefault(group, -1);
        }
        return rule;
    }

    private static List<GroupGap> groupGaps(AffinityProblem problem, AffinityConstraints constraints,
            IndexedProblem ip, boolean[] assigned, int[] ruleOfResource) {
        int rules = constraints.rules().size();
        List<GroupGap> gaps = new ArrayList<>();
        for (int p = 0; p < ip.participantCount; p++) {
            if (ip.demand[p] == 0) {
                continue;
            }
            int[] counts = new int[rules];
            for (int a = ip.pStart[p]; a < ip.pStart[p + 1]; a++) {
                int k = ruleOfResource[ip.arcResource[a]];
                if (assigned[a] && k >= 0) {
                    counts[k]++;
                }
            }
            for (int k = 0; k < rules; k++) {
                GroupRule rule = constraints.rules().get(k);
                if (counts[k] < rule.min()) {
                    gaps.add(new GroupGap(problem.participants().get(p).id(), rule.group(), rule.min(), counts[k]));
                }
            }
        }
        return gaps;
    }

    /** Participants' and resources' indices by id. */
    static final class Indices {
        private final Map<String, Integer> participants = new HashMap<>();
        private final Map<String, Integer> resources = new HashMap<>();

        Indices(AffinityProblem problem) {
            for (int p = 0; p < problem.participants().size(); p++) {
                participants.put(problem.participants().get(p).id(), p);
            }
            for (int r = 0; r < problem.resources().size(); r++) {
                resources.put(problem.resources().get(r).id(), r);
            }
        }

        /** @return the participant's index, or -1 */
        int participant(String id) {
            return participants.getOrDefault(id, -1);
        }

        /** @return the resource's index, or -1 */
        int resource(String id) {
            return resources.getOrDefault(id, -1);
        }
    }
}
