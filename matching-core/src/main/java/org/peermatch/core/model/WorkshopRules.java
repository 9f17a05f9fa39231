package org.peermatch.core.model;

import java.util.List;

/**
 * The programme's rules for collective workshops: half-day workshops on themes taken from the participants' needs,
 * each led by a member of the community (the animator).
 *
 * @param count how many workshops to hold, or 0 to let peer-match choose from the demand
 * @param minimumLevel the lowest competence level an animator needs on the theme
 * @param minAttendance fewest participants for a workshop to take place
 * @param maxAttendance most participants in one workshop
 * @param preferredHalfDays weekly half-days the committee prefers for workshops (empty: no preference)
 * @param themes topics the committee chose (empty: peer-match chooses from the needs)
 */
public record WorkshopRules(int count, int minimumLevel, int minAttendance, int maxAttendance,
        List<WeeklyHalfDay> preferredHalfDays, List<String> themes) {

    /** The defaults: peer-match chooses how many, animators at level 4+, 4 to 16 participants, no preference. */
    public static final WorkshopRules DEFAULT = new WorkshopRules(0, 4, 4, 16, List.of(), List.of());

    public WorkshopRules {
        preferredHalfDays = List.copyOf(preferredHalfDays);
        themes = List.copyOf(themes);
    }
}
