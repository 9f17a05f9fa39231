package org.peermatch.core.accompaniment;

/**
 * A pair the committee pinned, as a problem fact for {@code pinned-pair-missing}.
 *
 * @param participant the participant
 * @param resource the resource person
 */
public record PinnedPairFact(Participant participant, ResourcePerson resource) {
}
