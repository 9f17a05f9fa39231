package org.peermatch.core.accompaniment;

/**
 * A change of the plan against its baseline, as {@code keep-baseline-pair} counts it: a need of the baseline taken
 * from its resource person, or a new pair.
 *
 * @param participant the participant
 * @param resource the baseline's resource person of the need, or the new pair's
 * @param needId the need taken from its resource person, or null for a new pair
 */
public record PairChange(Participant participant, ResourcePerson resource, String needId) {

    /** @return whether the change takes a need from its baseline resource person (else it adds a pair) */
    public boolean dropped() {
        return needId != null;
    }

    @Override
    public String toString() {
        return dropped() ? "takes " + needId + " from " + resource : "adds " + participant + " with " + resource;
    }
}
