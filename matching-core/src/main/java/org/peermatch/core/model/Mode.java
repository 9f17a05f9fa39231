package org.peermatch.core.model;

/**
 * The ways members of a peer-learning programme work together (the programme's "modes").
 */
public enum Mode {
    /** Regular 1:1 meetings between a participant and a resource person, within an hours budget. */
    ACCOMPANIMENT,
    /** A mentee spends one working day with a mentor of the same sector ("Vis ma vie"). */
    IMMERSION,
    /** A stable group of 4–8 peers; each session one member is the "client", the others consult. */
    CODEVELOPMENT,
    /** A themed half-day workshop led by a community member. */
    WORKSHOP,
    /** Any other earlier encounter worth remembering for novelty (a networking round, a project). */
    OTHER;

    /** @return the lower-case name used in programme documents, e.g. {@code accompaniment} */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
