package org.peermatch.core.io;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.peermatch.core.model.Mode;

/** The names of enumerated values in programme documents. */
final class Modes {

    /** Modes a member can request or offer: every mode but {@code other}, by document name. */
    static final Map<String, Mode> PARTICIPATION;
    /** Modes of an earlier interaction: every mode, {@code other} included. */
    static final Map<String, Mode> INTERACTION;
    /** Days of the week as written in weekly half-days: {@code MON} to {@code SUN}. */
    static final Map<String, DayOfWeek> DAYS;

    static {
        Map<String, Mode> participation = new LinkedHashMap<>();
        Map<String, Mode> interaction = new LinkedHashMap<>();
        for (Mode mode : Mode.values()) {
            interaction.put(mode.jsonName(), mode);
            if (mode != Mode.OTHER) {
                participation.put(mode.jsonName(), mode);
            }
        }
        PARTICIPATION = Collections.unmodifiableMap(participation);
        INTERACTION = Collections.unmodifiableMap(interaction);
        Map<String, DayOfWeek> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day.name().substring(0, 3), day);
        }
        DAYS = Collections.unmodifiableMap(days);
    }

    private Modes() {
    }
}
