/**
 * Individual accompaniment as a planning problem: each need of a participant ({@link
 * org.peermatch.core.accompaniment.NeedAssignment}, the planning entity) gets a resource person or stays uncovered.
 * {@link org.peermatch.core.accompaniment.AccompanimentProblem} builds it from a programme,
 * {@link org.peermatch.core.accompaniment.AccompanimentConstraintProvider} scores it with the constraints listed in
 * {@link org.peermatch.core.accompaniment.AccompanimentConstraint} (the README's constraint table).
 */
package org.peermatch.core.accompaniment;
