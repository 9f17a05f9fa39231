package org.peermatch.core.accompaniment;

/**
 * A pair an earlier alternative holds, as a problem fact for {@code alternative-pair-reused}.
 *
 * @param participant the participant
 * @param resource the resource person
 */
public record EarlierPairFact(Participant participant, ResourcePerson resource) {
}
