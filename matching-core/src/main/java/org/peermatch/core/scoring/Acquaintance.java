package org.peermatch.core.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * What a {@link NoveltyModel} knows about two people: how they met, for the explanations of a proposal.
 *
 * @param directMeetings how many times they worked together
 * @param lastMeeting when they last worked together, or null when never
 * @param commonPeers the ids of people both worked with, when these common peers set the cost rather than the
 *        direct meetings, the most relevant first ({@link DecayingNovelty}: freshest link first, then by id); empty
 *        when the direct meetings alone set the cost or when they have no common peer
 * @param cost the novelty cost of putting them together (see {@link NoveltyModel} for the units)
 */
public record Acquaintance(int directMeetings, LocalDate lastMeeting, List<String> commonPeers, long cost) {

    /** Two people who never met, directly or through a common peer. */
    public static final Acquaintance NONE = new Acquaintance(0, null, List.of(), 0);

    public Acquaintance {
        commonPeers = List.copyOf(commonPeers);
    }

    /** @return whether they worked together */
    public boolean metDirectly() {
        return directMeetings > 0;
    }

    /** @return whether their common peers set the cost (they never worked together, or long ago) */
    public boolean throughPeers() {
        return !commonPeers.isEmpty();
    }
}
