package org.peermatch.core.accompaniment;

/**
 * A need the baseline (the published proposal re-planned from) covered and that is still possible with the same
 * resource person, as a problem fact for {@code keep-baseline-pair}: giving it to someone else, or leaving it
 * uncovered, is a change.
 *
 * @param needId the need's {@link NeedAssignment#getId() id}
 * @param participant the participant
 * @param resource the resource person the baseline gave it
 */
public record BaselineNeedFact(String needId, Participant participant, ResourcePerson resource) {
}
