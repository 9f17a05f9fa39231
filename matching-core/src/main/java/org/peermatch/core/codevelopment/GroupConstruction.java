package org.peermatch.core.codevelopment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;

/**
 * Builds first groups the way a careful committee would, before local search improves them: decide how many groups
 * (the committee's number, else sizes near the middle of the allowed range), then place the most constrained
 * participants first (those in conflict with the most others), each in the group where they create no conflict,
 * the least repeat cost, then the fewest members of their own sectors, while groups are below their balanced size.
 * A participant who fits nowhere without a conflict stays in no group for local search.
 *
 * <p>Deterministic; O(n² × groups) for n participants.
 */
public final class GroupConstruction implements PhaseCommand<CodevelopmentPlan> {

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(PhaseCommandContext<CodevelopmentPlan> context) {
        CodevelopmentPlan plan = context.getWorkingSolution();
        var groupVariable = (PlanningVariableMetaModel<CodevelopmentPlan, CodevelopmentParticipant, GroupSlot>) context
                .getSolutionMetaModel().entity(CodevelopmentParticipant.class).variable("group", GroupSlot.class);
        List<GroupSlot> slots = plan.getGroups();
        List<CodevelopmentParticipant> participants = plan.getParticipants();
        if (slots.isEmpty() || participants.isEmpty()) {
            return;
        }
        GroupSlot rules = slots.getFirst();
        int n = participants.size();
        int count = groupCount(n, slots.size(), rules.minSize(), rules.maxSize());
        List<GroupSlot> used = slots.subList(0, count);
        int[] capacity = new int[count];
        for (int g = 0; g < count; g++) {
            capacity[g] = Math.min(rules.maxSize(), n / count + (g < n % count ? 1 : 0));
        }
        List<List<CodevelopmentParticipant>> members = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            members.add(new ArrayList<>());
        }
        List<CodevelopmentParticipant> open = new ArrayList<>();
        for (CodevelopmentParticipant participant : participants) {
            int placed = participant.getGroup() == null ? -1 : used.indexOf(participant.getGroup());
            if (placed >= 0) {
                members.get(placed).add(participant);
            } else if (participant.getGroup() == null) {
                open.add(participant);
            }
        }
        open.sort(Comparator.comparingInt((CodevelopmentParticipant p) -> -conflictCount(p, participants))
                .thenComparingInt(CodevelopmentParticipant::getIndex));
        for (CodevelopmentParticipant participant : open) {
            if (context.isPhaseTerminated()) {
                return;
            }
            int best = bestGroup(participant, members, capacity);
            if (best < 0) {
                int[] widened = new int[count];
                java.util.Arrays.fill(widened, rules.maxSize());
                best = bestGroup(participant, members, widened);
            }
            if (best >= 0) {
                members.get(best).add(participant);
                context.execute(Moves.change(groupVariable, participant, used.get(best)));
            }
        }
    }

    /** @return groups of sizes near the middle of [min, max], within what the slots and the maximum allow */
    static int groupCount(int participants, int slots, int minSize, int maxSize) {
        int fewest = (participants + maxSize - 1) / Math.max(1, maxSize);
        int middle = (int) Math.round(participants / ((minSize + maxSize) / 2.0));
        return Math.max(1, Math.min(slots, Math.max(fewest, middle)));
    }

    /** @return the group without conflict and below capacity with the least repeat cost then sector overlap, or -1 */
    private static int bestGroup(CodevelopmentParticipant participant, List<List<CodevelopmentParticipant>> members,
            int[] capacity) {
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        int bestOverlap = Integer.MAX_VALUE;
        for (int g = 0; g < members.size(); g++) {
            List<CodevelopmentParticipant> group = members.get(g);
            if (group.size() >= capacity[g]) {
                continue;
            }
            boolean conflicted = false;
            long cost = 0;
            int overlap = 0;
            for (CodevelopmentParticipant other : group) {
                conflicted |= participant.conflictWith(other) != null;
                cost += participant.repeatCostWith(other);
                for (String sector : participant.member().sectors()) {
                    if (other.member().sectors().contains(sector)) {
                        overlap++;
                    }
                }
            }
            // Fill the emptiest group first among equals, so that sizes stay balanced.
            overlap = overlap * 64 + group.size();
            if (!conflicted && (cost < bestCost || (cost == bestCost && overlap < bestOverlap))) {
                best = g;
                bestCost = cost;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static int conflictCount(CodevelopmentParticipant participant,
            List<CodevelopmentParticipant> participants) {
        int conflicts = 0;
        for (CodevelopmentParticipant other : participants) {
            if (other != participant && participant.conflictWith(other) != null) {
                conflicts++;
            }
        }
        return conflicts;
    }
}
