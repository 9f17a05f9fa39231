package org.peermatch.core.accompaniment;

import java.util.Arrays;
import java.util.List;
import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintLevel;
import org.peermatch.core.plan.ModeConstraint;

/**
 * The constraints of individual accompaniment: ids, levels, default weights and meaning. The ids are the names in
 * the README's constraint table and the keys of weight overrides.
 */
public enum AccompanimentConstraint implements ModeConstraint {
    COMPETENCE_TOO_LOW("competence-too-low", ConstraintLevel.HARD, false, 1,
            "A resource person covers a need on a topic below the programme's minimum level (per missing level)."),
    RESOURCE_HOURS_EXCEEDED("resource-hours-exceeded", ConstraintLevel.HARD, false, 1,
            "A resource person is given more hours than they offer (per extra hour)."),
    RESOURCE_PARTICIPANTS_EXCEEDED("resource-participants-exceeded", ConstraintLevel.HARD, false, 1,
            "A resource person accompanies more participants than they offer (per extra participant)."),
    CONFLICT_OF_INTEREST("conflict-of-interest", ConstraintLevel.HARD, false, 1,
            "A pair shares an organization, declared a conflict, is forbidden by the committee, or is one person."),
    TOO_LITTLE_COMMON_AVAILABILITY("too-little-common-availability", ConstraintLevel.HARD, false, 1,
            "A pair has fewer common available half-days per month than the programme's minimum (per missing half-day"
                    + " over the programme)."),
    MEETINGS_CANNOT_BE_DATED("meetings-cannot-be-dated", ConstraintLevel.HARD, false, 1,
            "A pair's common available half-days on open days, at least minWeeksBetweenMeetings apart, cannot date"
                    + " the meetings its covered hours call for (meetingHours each), per meeting missing."),
    PINNED_PAIR_MISSING("pinned-pair-missing", ConstraintLevel.HARD, false, 1,
            "A pair the committee pinned is not in the proposal."),
    TOO_MANY_RESOURCE_PERSONS("too-many-resource-persons", ConstraintLevel.HARD, false, 1,
            "A participant has more distinct resource persons than the programme allows (per extra person)."),
    BASELINE_CHANGES_EXCEEDED("baseline-changes-exceeded", ConstraintLevel.HARD, false, 1,
            "Re-planning from a published proposal with a budget of changes (--max-changes N): the changes (see"
                    + " keep-baseline-pair) beyond N, per extra change."),
    NEED_UNCOVERED("need-uncovered", ConstraintLevel.MEDIUM, false, 1,
            "A need is left without a resource person, weighted by priority: by default an essential need costs one"
                    + " more than all lower-priority needs together, a priority-2 need one more than all priority-3"
                    + " needs, a priority-3 need 1 (rules.accompaniment.priorityWeights sets other weights)."),
    COMPETENCE_ABOVE_MINIMUM("competence-above-minimum", ConstraintLevel.SOFT, true, 10,
            "Reward a resource person's level above the minimum, times the need's priority weight."),
    SAME_SECTOR("same-sector", ConstraintLevel.SOFT, true, 30,
            "Reward a pair who work in a common sector (peers of the same filière)."),
    REPEATED_INTERACTION("repeated-interaction", ConstraintLevel.SOFT, false, 1,
            "A pair who worked together before costs up to 100 per earlier interaction, halving every half-life;"
                    + " a pair who both worked with a third person costs up to 25 per such common peer (the two"
                    + " freshest count), when that is more; nothing when the participant asked for continuity."),
    SEVERAL_RESOURCE_PERSONS("several-resource-persons", ConstraintLevel.SOFT, false, 40,
            "Each resource person beyond the first for one participant costs (fewer people to meet is simpler)."),
    UNBALANCED_LOAD("unbalanced-load", ConstraintLevel.SOFT, false, 1,
            "Loads of resource persons relative to their capacity (in ‰) should be even."),
    WORST_OFF_PARTICIPANT("worst-off-participant", ConstraintLevel.SOFT, false, 10,
            "A participant's uncovered priority weight costs its square: spread gaps rather than pile them on one."),
    PREFERRED_RESOURCE_PERSON("preferred-resource-person", ConstraintLevel.SOFT, true, 10,
            "Reward pairing a participant with a resource person they ranked: 4 for their first choice, 3, 2, then 1."),
    KEEP_BASELINE_PAIR("keep-baseline-pair", ConstraintLevel.SOFT, false, 1000,
            "Re-planning from a published proposal: each of its needs still possible that the plan takes from its"
                    + " resource person, and each pair the plan adds, is a change and costs; pairs already introduced"
                    + " stay unless changing them serves coverage."),
    ALTERNATIVE_PAIR_REUSED("alternative-pair-reused", ConstraintLevel.SOFT, false, 200,
            "Solving alternatives (--alternatives K): each pair of the plan that an earlier alternative already holds"
                    + " costs, so that the alternatives differ.");

    private final ConstraintDefinition definition;

    AccompanimentConstraint(String id, ConstraintLevel level, boolean reward, long defaultWeight,
            String description) {
        this.definition = new ConstraintDefinition(id, Mode.ACCOMPANIMENT, level, reward, defaultWeight, description);
    }

    /** @return the definitions of every constraint, in declaration order */
    public static List<ConstraintDefinition> definitions() {
        return Arrays.stream(values()).map(AccompanimentConstraint::definition).toList();
    }

    @Override
    public ConstraintDefinition definition() {
        return definition;
    }
}
