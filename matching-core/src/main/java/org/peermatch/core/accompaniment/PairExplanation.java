package org.peermatch.core.accompaniment;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a participant and a resource person fit, in the committee's words, computed from the same scoring functions
 * as the constraints.
 *
 * @param level the resource person's level on the need's topic (0 when none)
 * @param minimumLevel the programme's minimum level
 * @param commonSectors the sectors both work in (empty when none)
 * @param earlierInteractions how many times they worked together before
 * @param lastInteraction the date of the last one, or null when they never met
 * @param commonPeers ids of people both worked with, when these set the novelty cost (freshest first), else empty
 * @param noveltyCost the cost of repeating their interaction (0 when new, or when continuity was asked)
 * @param continuityAsked whether the participant asked to keep working with this resource person
 * @param preferenceRank the rank of the resource person in the participant's preferences (1 = first), or 0
 * @param commonHalfDays how many half-days of the programme both are available
 * @param sentences the explanation, one sentence per reason, e.g. "covers business-model at level 4/5"
 */
public record PairExplanation(int level, int minimumLevel, List<String> commonSectors, int earlierInteractions,
        LocalDate lastInteraction, List<String> commonPeers, long noveltyCost, boolean continuityAsked, int preferenceRank, int commonHalfDays,
        List<String> sentences) {

    public PairExplanation {
        commonSectors = List.copyOf(commonSectors);
        commonPeers = List.copyOf(commonPeers);
        sentences = List.copyOf(sentences);
    }
}
