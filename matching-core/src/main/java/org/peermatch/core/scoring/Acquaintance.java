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
 * @param plannedMeetings how many of the direct meetings are not history but planned in the same proposal (by a
 *        mode solved before, see {@link NoveltyModel#withPlannedMeetings})
 */
public record Acquaintance(int directMeetings, LocalDate lastMeeting, List<String> commonPeers, long cost,
        int plannedMeetings) {

    /** Two people who never met, directly or through a common peer. */
    public static final Acquaintance NONE = new Acquaintance(0, null, List.of(), 0, 0);

    /** An acquaintance from history only. */
    public Acquaintance(int directMeetings, LocalDate lastMeeting, List<String> commonPeers, long cost) {
        this(directMeetings, lastMeeting, commonPeers, cost, 0);
    }

    /** @return how many times they worked together before the programme (direct meetings that are history) */
    public int earlierMeetings() {
        return directMeetings - plannedMeetings;
    }

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
