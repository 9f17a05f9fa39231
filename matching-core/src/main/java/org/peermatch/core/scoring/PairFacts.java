package org.peermatch.core.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything that matters about putting a participant and a resource person together, whatever the topic.
 *
 * @param conflict why the pair is a conflict of interest, in domain words, or null when it is not
 * @param commonHalfDays half-days of the programme both are available
 * @param requiredHalfDays the programme's minimum of common half-days over its whole length
 * @param commonSectors sectors both work in
 * @param earlierInteractions how many times they worked together before
 * @param lastInteraction the last time, or null
 * @param commonPeers ids of people both worked with, when these common peers rather than direct meetings set the
 *        novelty cost (see {@link Acquaintance#commonPeers()}), freshest first; empty otherwise
 * @param noveltyCost the cost of putting them together given their history (direct meetings or common peers), 0
 *        when new or when continuity was asked
 * @param continuityAsked whether the participant asked to keep working with the resource person
 * @param preferenceRank rank of the resource person in the participant's preferences (1 = first), 0 when unranked
 */
public record PairFacts(String conflict, int commonHalfDays, int requiredHalfDays, List<String> commonSectors,
        int earlierInteractions, LocalDate lastInteraction, List<String> commonPeers, long noveltyCost,
        boolean continuityAsked, int preferenceRank) {

    public PairFacts {
        commonSectors = List.copyOf(commonSectors);
        commonPeers = List.copyOf(commonPeers);
    }

    /** Facts of a pair whose novelty cost, if any, comes from direct meetings only (no common peers). */
    public PairFacts(String conflict, int commonHalfDays, int requiredHalfDays, List<String> commonSectors,
            int earlierInteractions, LocalDate lastInteraction, long noveltyCost, boolean continuityAsked,
            int preferenceRank) {
        this(conflict, commonHalfDays, requiredHalfDays, commonSectors, earlierInteractions, lastInteraction,
                List.of(), noveltyCost, continuityAsked, preferenceRank);
    }

    /** @return whether the pair is a conflict of interest */
    public boolean conflicted() {
        return conflict != null;
    }

    /** @return half-days missing to reach the programme's minimum of common availability, 0 when enough */
    public int missingHalfDays() {
        return Math.max(0, requiredHalfDays - commonHalfDays);
    }

    /** @return whether they work in a common sector */
    public boolean sameSector() {
        return !commonSectors.isEmpty();
    }

    /** @return the points of the participant's ranking: 4 for the first choice, 3, 2, then 1; 0 when unranked */
    public int preferencePoints() {
        return preferencePoints(preferenceRank);
    }

    /** @return the points of a rank in a participant's preferences: 4 for the first, 3, 2, then 1; 0 for 0 */
    public static int preferencePoints(int preferenceRank) {
        return preferenceRank == 0 ? 0 : Math.max(1, 5 - preferenceRank);
    }
}
