package org.peermatch.core.affinity;

/**
 * A participant of an affinity assignment and how many distinct resources it must receive.
 *
 * @param id the participant's id, unique among participants
 * @param demand how many distinct resources the participant must get (0 or more)
 */
public record AffinityParticipant(String id, int demand) {

    /** Checks the id and the demand. */
    public AffinityParticipant {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A participant has no id.\nMaybe give every participant an id.");
        }
        if (demand < 0) {
            throw new IllegalArgumentException("The demand (" + demand + ") of participant (" + id
                    + ") is negative.\nMaybe use 0 for a participant that needs no resource.");
        }
    }
}
