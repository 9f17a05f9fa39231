package org.peermatch.core.affinity;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranked backups per participant: the resources not assigned to it that could replace one of its own (not a
 * forced one) without breaking a load, a conflict or a group rule, best score first.
 *
 * <p>A backup r of participant p replaces one of p's assigned resources r' when the pair (p, r) is allowed (scored,
 * not in conflict), r's load stays within its max once p joins it, r''s load stays at or above its min once p
 * leaves it, and p's count in each ruled group stays within the rule's bounds. Among the r' it can replace, the one
 * of lowest score is named (the first in the problem's order on ties). Backups are ranked by score, then by the
 * problem's order of resources. Complexity: O(A · d) for A allowed pairs and d the largest demand.
 */
public final class Alternates {

    private Alternates() {
    }

    /**
     * @param problem the problem
     * @param constraints the forced pairs (never replaced) and group rules
     * @param assignment the assigned pairs (e.g. {@link AffinityResult#pairs()}), each allowed
     * @param count the most backups per participant (0 or more)
     * @return every participant's backups, participants in the problem's order, each ranked from 1
     */
    public static List<Alternate> find(AffinityProblem problem, AffinityConstraints constraints,
            List<ScoredPair> assignment, int count) {
        IndexedProblem ip = new IndexedProblem(problem);
        ConstrainedAssigner.Indices indices = new ConstrainedAssigner.Indices(problem);
        int[] ruleOfResource = ConstrainedAssigner.ruleOfResource(problem, constraints, indices);
        int rules = constraints.rules().size();
        boolean[] assigned = new boolean[ip.arcCount];
        int[] load = new int[ip.resourceCount];
        for (ScoredPair pair : assignment) {
            int a = ip.arc(indices.participant(pair.participant()), indices.resource(pair.resource()));
            assigned[a] = true;
            load[ip.arcResource[a]]++;
        }
        boolean[] forced = new boolean[ip.arcCount];
        for (ForcedPair pair : constraints.forced()) {
            int p = indices.participant(pair.participant());
            int r = indices.resource(pair.resource());
            int a = p < 0 || r < 0 ? -1 : ip.arc(p, r);
            if (a >= 0) {
                forced[a] = true;
            }
        }
        List<Alternate> alternates = new ArrayList<>();
        for (int p = 0; p < ip.participantCount; p++) {
            int[] groupCount = new int[rules];
            for (int a = ip.pStart[p]; a < ip.pStart[p + 1]; a++) {
                if (assigned[a] && ruleOfResource[ip.arcResource[a]] >= 0) {
                    groupCount[ruleOfResource[ip.arcResource[a]]]++;
                }
            }
            List<int[]> candidates = new ArrayList<>();
            for (int a = ip.pStart[p]; a < ip.pStart[p + 1]; a++) {
                int r = ip.arcResource[a];
                if (assigned[a] || load[r] + 1 > ip.maxLoad[r]) {
                    continue;
                }
                int replaced = -1;
                for (int b = ip.pStart[p]; b < ip.pStart[p + 1]; b++) {
                    if (assigned[b] && !forced[b] && load[ip.arcResource[b]] - 1 >= ip.minLoad[ip.arcResource[b]]
                            && groupsAllow(constraints, ruleOfResource, groupCount, r, ip.arcResource[b])
                            && (replaced < 0 || ip.arcValue[b] < ip.arcValue[replaced])) {
                        replaced = b;
                    }
                }
                if (replaced >= 0) {
                    candidates.add(new int[] {a, replaced});
                }
            }
            candidates.sort((x, y) -> x[0] == y[0] ? 0 : ip.arcValue[x[0]] != ip.arcValue[y[0]]
                    ? Double.compare(ip.arcValue[y[0]], ip.arcValue[x[0]])
                    : Integer.compare(ip.arcResource[x[0]], ip.arcResource[y[0]]));
            for (int i = 0; i < Math.min(count, candidates.size()); i++) {
                int a = candidates.get(i)[0];
                int b = candidates.get(i)[1];
                alternates.add(new Alternate(problem.participants().get(p).id(), i + 1,
                        problem.resources().get(ip.arcResource[a]).id(), ip.arcValue[a],
                        problem.resources().get(ip.arcResource[b]).id()));
            }
        }
        return alternates;
    }

    /** @return whether swapping {@code leaving} for {@code joining} keeps the participant within its group rules */
    private static boolean groupsAllow(AffinityConstraints constraints, int[] ruleOfResource, int[] groupCount,
            int joining, int leaving) {
        int in = ruleOfResource[joining];
        int out = ruleOfResource[leaving];
        if (in == out) {
            return true;
        }
        return (in < 0 || groupCount[in] + 1 <= constraints.rules().get(in).max())
                && (out < 0 || groupCount[out] - 1 >= constraints.rules().get(out).min());
    }
}
