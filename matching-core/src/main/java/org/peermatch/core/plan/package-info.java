/**
 * The kit every mode builds on: constraint definitions and levels ({@link org.peermatch.core.plan.ModeConstraint},
 * {@link org.peermatch.core.plan.ConstraintDefinition}), weight overrides
 * ({@link org.peermatch.core.plan.ConstraintWeights}), each constraint's part of a score
 * ({@link org.peermatch.core.plan.ConstraintScores}), broken rules ({@link org.peermatch.core.plan.Violation}),
 * the limits that end a search ({@link org.peermatch.core.plan.SolverLimits}) and the
 * {@link org.peermatch.core.plan.ModeProposal} every mode's proposal implements.
 *
 * <p>Depends on {@code model} only; every mode package depends on it.
 */
package org.peermatch.core.plan;
