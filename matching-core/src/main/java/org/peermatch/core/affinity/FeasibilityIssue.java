package org.peermatch.core.affinity;

/**
 * A reason why no assignment can meet every hard rule, found before solving.
 *
 * @param kind what kind of impossibility
 * @param subject the participant or resource concerned (empty for the whole problem)
 * @param message what is impossible, in domain words, e.g. {@code Total demand 354 exceeds total max load 320.}
 * @param advice how to fix it, a line starting with {@code Maybe}
 * @param suggestedValue for {@link Kind#DEMAND_EXCEEDS_MAX_LOAD}: the smallest max load per resource that would
 *        give enough places; for {@link Kind#MIN_LOAD_EXCEEDS_DEMAND}: the largest min load per resource that total
 *        demand can meet; otherwise 0
 */
public record FeasibilityIssue(Kind kind, String subject, String message, String advice, int suggestedValue) {

    /** Kinds of impossibility. */
    public enum Kind {
        /** The total demand exceeds the total max load. */
        DEMAND_EXCEEDS_MAX_LOAD,
        /** The total min load exceeds the total demand. */
        MIN_LOAD_EXCEEDS_DEMAND,
        /** A participant has fewer allowed, non-conflicting resources than its demand. */
        TOO_FEW_RESOURCES,
        /** A resource has fewer allowed, non-conflicting participants than its min load. */
        TOO_FEW_PARTICIPANTS
    }

    /** @return the message and the advice on two lines */
    @Override
    public String toString() {
        return message + "\n" + advice;
    }
}
