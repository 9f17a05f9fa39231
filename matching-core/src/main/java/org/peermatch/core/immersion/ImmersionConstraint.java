package org.peermatch.core.immersion;

import java.util.Arrays;
import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of immersion mentoring ("Vis ma vie"): ids, levels, default weights and meaning. The ids are the
 * names in the README's constraint table and the keys of weight overrides; they carry the mode in their name
 * because ids are global to a programme.
 */
public enum ImmersionConstraint implements ModeConstraint {
    MENTOR_OTHER_SECTOR("mentor-other-sector", ConstraintLevel.HARD, false, 1,
            "A mentor and a mentee share no sector while the programme requires the same sector (never when the"
                    + " programme relaxes the rule)."),
    MENTOR_DAYS_EXCEEDED("mentor-days-exceeded", ConstraintLevel.HARD, false, 1,
            "A mentor hosts more mentees than the days they offer (per extra mentee)."),
    MENTOR_DOUBLE_BOOKED("mentor-double-booked", ConstraintLevel.HARD, false, 1,
            "A mentor hosts two mentees on the same day (per extra mentee)."),
    IMMERSION_DAY_UNAVAILABLE("immersion-day-unavailable", ConstraintLevel.HARD, false, 1,
            "The mentor or the mentee is not available for every half-day of the immersion day (per person); a day"
                    + " outside the programme's weekdays or on a closed day counts for both."),
    IMMERSION_CONFLICT_OF_INTEREST("immersion-conflict-of-interest", ConstraintLevel.HARD, false, 1,
            "A mentor and a mentee share an organization, declared a conflict, are forbidden by the committee, or"
                    + " are one person."),
    MENTOR_LESS_EXPERIENCED("mentor-less-experienced", ConstraintLevel.HARD, false, 1,
            "The mentor does not have more years of experience than the mentee (per missing year, at least 1)."),
    MENTEE_UNPLACED("mentee-unplaced", ConstraintLevel.MEDIUM, false, 1,
            "A mentee who asked for an immersion day has no mentor and day."),
    IMMERSION_REPEATED_INTERACTION("immersion-repeated-interaction", ConstraintLevel.SOFT, false, 1,
            "A mentor and a mentee who already worked together, directly or through common peers, cost their"
                    + " novelty cost (pairs planned in other modes of the same proposal count)."),
    OBJECTIVES_MATCHED("objectives-matched", ConstraintLevel.SOFT, true, 20,
            "Reward each objective of the mentee found among the mentor's profile tags."),
    MENTOR_SAME_SECTOR("mentor-same-sector", ConstraintLevel.SOFT, true, 30,
            "Reward a mentor and a mentee who work in a common sector (matters when the programme relaxes the"
                    + " same-sector rule)."),
    TRAVEL_DISTANCE("travel-distance", ConstraintLevel.SOFT, false, 1,
            "Each kilometre between a mentor's and a mentee's locations costs, when both are given."),
    IMMERSION_DAYS_CLOSE("immersion-days-close", ConstraintLevel.SOFT, false, 1,
            "Two immersion days fewer than 14 days apart cost 14 minus the gap (the same day costs 14), so that"
                    + " days spread over the calendar.");

    private final ConstraintDefinition definition;

    ImmersionConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight, String description) {
        this.definition = new ConstraintDefinition(id, Mode.IMMERSION, level, reward, defaultWeight, description);
    }

    /** @return the definitions of every constraint, in declaration order */
    public static List<ConstraintDefinition> definitions() {
        return Arrays.stream(values()).map(ImmersionConstraint::definition).toList();
    }

    @Override
    public ConstraintDefinition definition() {
        return definition;
    }
}
