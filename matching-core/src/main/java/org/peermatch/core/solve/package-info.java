/**
 * Only the facade: {@link org.peermatch.core.solve.PeerMatch} takes a validated programme, solves each mode in turn
 * (accompaniment, then immersion, co-development and workshops, each counting the pairs planned before it for
 * novelty, within a shared time budget), dates every session on one calendar and returns a
 * {@link org.peermatch.core.solve.Proposal}: one {@link org.peermatch.core.plan.ModeProposal} per mode, the calendar
 * and its certifier's findings, and how the search went. {@link org.peermatch.core.solve.ConstraintCatalog} lists
 * every mode's constraints in the order of the README's tables.
 */
package org.peermatch.core.solve;
