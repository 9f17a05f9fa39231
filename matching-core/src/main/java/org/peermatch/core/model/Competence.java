package org.peermatch.core.model;

/**
 * What a member can teach or advise on.
 *
 * @param topic the topic id
 * @param level 1 (notions) to 5 (expert)
 */
public record Competence(String topic, int level) {
    /** The lowest competence level. */
    public static final int MIN_LEVEL = 1;
    /** The highest competence level. */
    public static final int MAX_LEVEL = 5;
}
