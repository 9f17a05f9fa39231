package org.peermatch.core.orientation;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.text.Messages;

/** The words of orientation in the reader's language: mode names and lists of modes. */
final class OrientationWords {

    private OrientationWords() {
    }

    /** @return the mode's name, e.g. "individual accompaniment" or "accompagnement individuel" */
    static String mode(Messages text, Mode mode) {
        return text.get("orientation.mode." + mode.jsonName());
    }

    /** @return the modes' names joined, e.g. "workshops and immersion" */
    static String modes(Messages text, List<Mode> modes) {
        List<String> names = new ArrayList<>();
        for (Mode mode : modes) {
            names.add(mode(text, mode));
        }
        return text.and(names);
    }

    /** @return an amount of the mode's capacity unit, e.g. "10 hours", "2 days", "3 seats" */
    static String units(Messages text, Mode mode, long amount) {
        return text.get("orientation.unit." + mode.jsonName(), amount);
    }

    /** @return a topic id as words, e.g. {@code business-model} as "business model" */
    static String topic(String id) {
        return id.replace('-', ' ').replace('_', ' ');
    }
}
