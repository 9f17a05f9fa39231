package org.peermatch.benchmarks.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;

/**
 * What a committee does by hand: participants in registration order (document order) take, need by need (most
 * important first, then as listed), the best free resource person allowed by every hard rule — competent at the
 * programme's minimum level, no conflict of interest, enough common availability, hours and participants left, and
 * no more resource persons than the programme allows. "Best" is the highest level on the topic, then a common
 * sector, then the lowest novelty cost, then document order. Needs nobody can take stay uncovered. Pinned pairs are
 * not placed (the generated datasets have none). O(P × R × N).
 */
public final class GreedyAccompaniment {

    private GreedyAccompaniment() {
    }

    /**
     * @param programme the programme
     * @param scoring its pair scoring
     * @return the pairs, by participant in registration order; {@link Assignment#why()} is null
     */
    public static List<Assignment> plan(Programme programme, PairScoring scoring) {
        List<Member> resources = new ArrayList<>();
        for (Member member : programme.members()) {
            if (member.offer(Mode.ACCOMPANIMENT) != null) {
                resources.add(member);
            }
        }
        int[] hoursLeft = new int[resources.size()];
        int[] participantsLeft = new int[resources.size()];
        for (int r = 0; r < resources.size(); r++) {
            Offer offer = resources.get(r).offer(Mode.ACCOMPANIMENT);
            hoursLeft[r] = offer.hours();
            participantsLeft[r] = offer.participants();
        }
        int minimum = programme.accompaniment().minimumLevel();
        int maxResourcePersons = programme.accompaniment().maxResourcePersons();
        List<Assignment> assignments = new ArrayList<>();
        PairFacts[] facts = new PairFacts[resources.size()];
        for (Member participant : programme.members()) {
            if (!participant.requests(Mode.ACCOMPANIMENT)) {
                continue;
            }
            java.util.Arrays.fill(facts, null);
            Set<Integer> chosen = new LinkedHashSet<>();
            List<Need> needs = new ArrayList<>(participant.needs());
            needs.sort(Comparator.comparingInt(Need::priority));
            for (Need need : needs) {
                int best = -1;
                long bestKey = Long.MIN_VALUE;
                for (int r = 0; r < resources.size(); r++) {
                    Member resource = resources.get(r);
                    int level = resource.levelOn(need.topic());
                    if (level < minimum || hoursLeft[r] < need.hours()) {
                        continue;
                    }
                    boolean already = chosen.contains(r);
                    if (!already && (chosen.size() >= maxResourcePersons || participantsLeft[r] <= 0)) {
                        continue;
                    }
                    if (facts[r] == null) {
                        facts[r] = scoring.facts(participant, resource);
                    }
                    PairFacts pair = facts[r];
                    if (pair.conflicted() || pair.missingHalfDays() > 0) {
                        continue;
                    }
                    // level first, then a common sector, then novelty (costs stay far below 10^6)
                    long key = level * 10_000_000L + (pair.sameSector() ? 1_000_000L : 0) - pair.noveltyCost();
                    if (key > bestKey) {
                        best = r;
                        bestKey = key;
                    }
                }
                if (best < 0) {
                    continue;
                }
                if (chosen.add(best)) {
                    participantsLeft[best]--;
                }
                hoursLeft[best] -= need.hours();
                assignments.add(new Assignment(participant.id(), resources.get(best).id(), need.topic(),
                        need.priority(), need.hours(), false, null));
            }
        }
        return assignments;
    }
}
