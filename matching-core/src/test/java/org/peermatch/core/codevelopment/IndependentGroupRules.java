package org.peermatch.core.codevelopment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.HalfDayCalendar;
import org.peermatch.core.scoring.NoveltyModel;

/**
 * A plain re-implementation of the co-development rules from the programme records, written apart from the
 * constraint streams and {@link CodevelopmentScoring}: the score of any partition into groups, and the broken hard
 * rules by constraint id.
 */
final class IndependentGroupRules {

    private final Programme programme;
    private final NoveltyModel novelty;
    private final HalfDayCalendar calendar;
    private final Map<String, BitSet> available = new HashMap<>();

    IndependentGroupRules(Programme programme, NoveltyModel novelty) {
        this.programme = programme;
        this.novelty = novelty;
        this.calendar = new HalfDayCalendar(programme);
        for (Member member : programme.participantsIn(Mode.CODEVELOPMENT)) {
            available.put(member.id(), calendar.availableHalfDays(member));
        }
    }

    List<String> participants() {
        return programme.participantsIn(Mode.CODEVELOPMENT).stream().map(Member::id).toList();
    }

    private long weight(CodevelopmentConstraint constraint) {
        return programme.weights().getOrDefault(constraint.id(), constraint.definition().defaultWeight());
    }

    /** @return the constraint ids of the hard rules broken, one per size deviation group and per conflicted pair */
    List<String> brokenRules(List<List<String>> groups) {
        List<String> broken = new ArrayList<>();
        for (List<String> group : groups) {
            if (!group.isEmpty() && (group.size() < programme.codevelopment().minSize()
                    || group.size() > programme.codevelopment().maxSize())) {
                broken.add(CodevelopmentConstraint.GROUP_SIZE_OUT_OF_RANGE.id());
            }
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    if (conflicted(programme.member(group.get(i)), programme.member(group.get(j)))) {
                        broken.add(CodevelopmentConstraint.GROUP_CONFLICT_OF_INTEREST.id());
                    }
                }
            }
        }
        return broken;
    }

    HardMediumSoftScore score(List<List<String>> groups) {
        int min = programme.codevelopment().minSize();
        int max = programme.codevelopment().maxSize();
        long hard = 0;
        long soft = 0;
        Set<String> placed = new HashSet<>();
        for (List<String> group : groups) {
            int size = group.size();
            if (size == 0) {
                continue;
            }
            placed.addAll(group);
            if (size < min) {
                hard -= (min - size) * weight(CodevelopmentConstraint.GROUP_SIZE_OUT_OF_RANGE);
            } else if (size > max) {
                hard -= (size - max) * weight(CodevelopmentConstraint.GROUP_SIZE_OUT_OF_RANGE);
            }
            for (int i = 0; i < size; i++) {
                for (int j = i + 1; j < size; j++) {
                    if (conflicted(programme.member(group.get(i)), programme.member(group.get(j)))) {
                        hard -= weight(CodevelopmentConstraint.GROUP_CONFLICT_OF_INTEREST);
                    }
                    long c = novelty.pairCost(group.get(i), group.get(j));
                    soft -= (long) Math.ceil(c * (double) c / 100.0)
                            * weight(CodevelopmentConstraint.GROUP_REPEATED_PAIR);
                }
            }
            Map<String, Integer> holders = new HashMap<>();
            for (String id : group) {
                for (String sector : new HashSet<>(programme.member(id).sectors())) {
                    holders.merge(sector, 1, Integer::sum);
                }
            }
            for (int count : holders.values()) {
                if (2 * count > size) {
                    soft -= (count - size / 2) * weight(CodevelopmentConstraint.GROUP_SECTOR_DOMINANCE);
                }
            }
            BitSet common = null;
            for (String id : group) {
                if (common == null) {
                    common = (BitSet) available.get(id).clone();
                } else {
                    common.and(available.get(id));
                }
            }
            Set<YearMonth> months = new HashSet<>();
            for (int h = common.nextSetBit(0); h >= 0; h = common.nextSetBit(h + 1)) {
                months.add(YearMonth.from(calendar.dateOf(h)));
            }
            int cps = programme.codevelopment().clientsPerSession();
            int sessions = (int) Math.ceil(size / (double) cps);
            if (months.size() < sessions) {
                soft -= (sessions - months.size()) * weight(CodevelopmentConstraint.GROUP_LITTLE_COMMON_TIME);
            }
        }
        long unplaced = participants().stream().filter(id -> !placed.contains(id)).count();
        long medium = -unplaced * weight(CodevelopmentConstraint.CODEVELOPMENT_MEMBER_UNPLACED);
        return HardMediumSoftScore.of(hard, medium, soft);
    }

    private boolean conflicted(Member a, Member b) {
        if (a.organization().toLowerCase().equals(b.organization().toLowerCase())) {
            return true;
        }
        if (a.conflicts().contains(b.id()) || b.conflicts().contains(a.id())) {
            return true;
        }
        for (ForbiddenPair pair : programme.decisions().forbidden()) {
            if (Set.of(pair.first(), pair.second()).equals(Set.of(a.id(), b.id()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the best score over every partition of the participants into at most {@code slots} groups plus the
     *         unplaced (restricted growth strings: each partition once)
     */
    HardMediumSoftScore bruteForceOptimum(int slots) {
        List<String> ids = participants();
        int[] assignment = new int[ids.size()];
        HardMediumSoftScore[] best = {null};
        enumerate(ids, assignment, 0, 0, slots, best);
        return best[0];
    }

    private void enumerate(List<String> ids, int[] assignment, int index, int used, int slots,
            HardMediumSoftScore[] best) {
        if (index == ids.size()) {
            List<List<String>> groups = new ArrayList<>();
            for (int g = 0; g < used; g++) {
                groups.add(new ArrayList<>());
            }
            for (int i = 0; i < ids.size(); i++) {
                if (assignment[i] >= 0) {
                    groups.get(assignment[i]).add(ids.get(i));
                }
            }
            HardMediumSoftScore score = score(groups);
            if (best[0] == null || score.compareTo(best[0]) > 0) {
                best[0] = score;
            }
            return;
        }
        for (int g = -1; g <= Math.min(used, slots - 1); g++) {
            assignment[index] = g;
            enumerate(ids, assignment, index + 1, g == used ? used + 1 : used, slots, best);
        }
    }
}
