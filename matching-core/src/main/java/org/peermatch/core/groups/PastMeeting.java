package org.peermatch.core.groups;

/**
 * Two people who met before the plan, and how many times. Their earlier meetings count when the plan puts them
 * together again: the novelty cost of a pair grows with all its meetings, earlier ones included.
 *
 * @param first a person id
 * @param second another person id
 * @param times how many times they met, at least 1
 */
public record PastMeeting(String first, String second, int times) {

    /** Checks the arguments. */
    public PastMeeting {
        if (first == null || second == null) {
            throw new IllegalArgumentException("A past meeting needs two person ids, got (" + first + ", " + second
                    + ").\nMaybe fill in both person1 and person2.");
        }
        if (times < 1) {
            throw new IllegalArgumentException("The past meeting of (" + first + ") and (" + second
                    + ") has times (" + times + ") below 1.\nMaybe leave the pair out when they never met.");
        }
    }
}
