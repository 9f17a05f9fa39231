package org.peermatch.core.calendar;

import java.util.Locale;

import org.peermatch.core.model.SessionStatus;

/** Where a session of the programme calendar stands. */
public enum SessionState {
    /** Newly planned by peer-match. */
    PLANNED,
    /** It took place (a past fact from the committee's record). */
    HELD,
    /** It was cancelled (a past fact from the committee's record). */
    CANCELLED,
    /** Fixed at its date and half-day by the committee; the rest of the calendar is planned around it. */
    FIXED;

    /** @return the state of a session the committee recorded */
    public static SessionState of(SessionStatus status) {
        return switch (status) {
            case HELD -> HELD;
            case CANCELLED -> CANCELLED;
            case FIXED -> FIXED;
        };
    }

    /** @return whether a session in this state is still to take place: planned or fixed */
    public boolean upcoming() {
        return this == PLANNED || this == FIXED;
    }

    /** @return the lower-case name used in files, e.g. {@code planned} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
