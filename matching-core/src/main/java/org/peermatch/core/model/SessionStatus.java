package org.peermatch.core.model;

/** What happened to a session of an earlier calendar, as the committee records it before planning again. */
public enum SessionStatus {
    /** It took place. */
    HELD,
    /** It was cancelled; with {@code late} and no reason, its hours still count against the participant's budget. */
    CANCELLED,
    /** It is fixed at this date and half-day (e.g. moved by the people themselves): plan around it. */
    FIXED;

    /** @return the lower-case name used in programme documents, e.g. {@code held} */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
