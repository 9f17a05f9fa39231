package org.peermatch.core.plan;

import org.peermatch.core.model.Mode;
import org.peermatch.core.text.Messages;

/**
 * One constraint as the README's constraint table lists it.
 *
 * @param id the constraint id, used in weight overrides and in proposals
 * @param mode the planning problem it belongs to, or null for the orientation stage that decides the modes
 *        before they are planned ({@code org.peermatch.core.orientation})
 * @param level the score level it weighs on
 * @param reward true when it adds to the score (a quality to seek), false when it subtracts (a cost)
 * @param defaultWeight the weight used when the programme does not override it
 * @param description what it means, in the committee's words
 */
public record ConstraintDefinition(String id, Mode mode, ConstraintLevel level, boolean reward, long defaultWeight,
        String description) {

    /**
     * A definition whose description is the English one of the constraints bundle ({@code constraints.ID}), the
     * same text the README's table and the report give: one source for every language.
     *
     * @return the definition
     */
    public static ConstraintDefinition of(String id, Mode mode, ConstraintLevel level, boolean reward,
            long defaultWeight) {
        return new ConstraintDefinition(id, mode, level, reward, defaultWeight,
                Messages.english().get("constraints." + id));
    }
}
