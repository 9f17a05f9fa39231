package org.peermatch.core.model;

/**
 * A need found in a participant's pre-diagnostic interview.
 *
 * @param topic the topic id (e.g. {@code business-model})
 * @param priority 1 (essential) to 3 (nice to have)
 * @param hours the hours of accompaniment the need calls for, at least 1
 */
public record Need(String topic, int priority, int hours) {

    /** The highest (most important) priority. */
    public static final int MOST_IMPORTANT = 1;
    /** The lowest priority. */
    public static final int LEAST_IMPORTANT = 3;

    /**
     * @return how much covering this need is worth relative to other needs: 3 for priority 1, 2 for priority 2,
     *         1 for priority 3
     */
    public int priorityWeight() {
        return LEAST_IMPORTANT + 1 - priority;
    }
}
