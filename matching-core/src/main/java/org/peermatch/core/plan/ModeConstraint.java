package org.peermatch.core.plan;

/**
 * A constraint of one mode's planning problem, as its enum lists it: every mode's constraint enum implements this,
 * holding its {@link ConstraintDefinition}.
 */
public interface ModeConstraint {

    /** @return the definition as listed in the README's table */
    ConstraintDefinition definition();

    /** @return the constraint id, the name in the README's table and the key of weight overrides */
    default String id() {
        return definition().id();
    }

    /** @return the score level */
    default ConstraintLevel level() {
        return definition().level();
    }
}
