package org.peermatch.core.accompaniment;

/**
 * A pair of the baseline (the published proposal re-planned from) whose two members are still in the programme and
 * may still be paired, as a problem fact for {@code keep-baseline-pair}: forming it is not a new pair.
 *
 * @param participant the participant
 * @param resource the resource person
 */
public record BaselinePairFact(Participant participant, ResourcePerson resource) {
}
