/**
 * Individual accompaniment, a mode like the others: each need of a participant ({@link
 * org.peermatch.core.accompaniment.NeedAssignment}) is covered through one of the participant's resource-person
 * slots ({@link org.peermatch.core.accompaniment.ResourceSlot}) or stays uncovered.
 * {@link org.peermatch.core.accompaniment.AccompanimentProblem} builds the problem and its solver configuration,
 * {@link org.peermatch.core.accompaniment.AccompanimentConstraintProvider} scores it with the constraints listed in
 * {@link org.peermatch.core.accompaniment.AccompanimentConstraint} (the README's constraint table),
 * {@link org.peermatch.core.accompaniment.AccompanimentProposals} turns the solved plan into an
 * {@link org.peermatch.core.accompaniment.AccompanimentProposal}: pairs explained by the
 * {@link org.peermatch.core.accompaniment.AccompanimentExplainer}, broken rules found by the independent
 * {@link org.peermatch.core.accompaniment.AccompanimentCertifier}. The search moves (cover, chain, ruin and
 * recreate over a {@code PlanDraft}), the loads they keep and the plan's cloner are internal.
 */
package org.peermatch.core.accompaniment;
