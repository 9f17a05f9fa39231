package org.peermatch.core.immersion;

import java.util.List;

/**
 * What the rules and the quality of one mentee–mentor pair depend on, computed once when the problem is built by
 * {@link ImmersionScoring} (the constraints and the explanations both read these facts).
 *
 * @param conflict why the two may not work together ("both work for Opéra Nomade"), or null when they may
 * @param commonSectors the sectors both work in, in the mentee's order
 * @param mentorYears the mentor's years of experience
 * @param menteeYears the mentee's years of experience
 * @param matchedObjectives the mentee's objective tags found among the mentor's profile tags, in the mentee's order
 * @param noveltyCost the novelty cost of the pair ({@link org.peermatch.core.scoring.NoveltyModel#pairCost})
 * @param kilometres the distance between their locations, rounded to whole kilometres; -1 when a location is
 *        missing
 */
public record ImmersionPairFacts(String conflict, List<String> commonSectors, int mentorYears, int menteeYears,
        List<String> matchedObjectives, long noveltyCost, long kilometres) {

    public ImmersionPairFacts {
        commonSectors = List.copyOf(commonSectors);
        matchedObjectives = List.copyOf(matchedObjectives);
    }

    /** @return whether a conflict of interest forbids the pair */
    public boolean conflicted() {
        return conflict != null;
    }

    /** @return whether they share a sector */
    public boolean sameSector() {
        return !commonSectors.isEmpty();
    }

    /** @return the years the mentor lacks to have more experience than the mentee, 0 when the mentor has more */
    public int experienceShortfall() {
        return ImmersionScoring.experienceShortfall(mentorYears, menteeYears);
    }

    /** @return whether both locations are known */
    public boolean distanceKnown() {
        return kilometres >= 0;
    }
}
