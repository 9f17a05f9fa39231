/**
 * Immersion mentoring ("Vis ma vie"): each member who asks for an immersion day (a <em>mentee</em>) spends one
 * working day with a <em>mentor</em>, a more experienced peer of the same sector who offers a number of days, one
 * mentee a day.
 *
 * <p><b>Model.</b> {@link org.peermatch.core.immersion.MenteePlacement} is the planning entity: one per mentee, with
 * one variable, the {@link org.peermatch.core.immersion.MentorDay} (who hosts, and when), empty while the mentee is
 * unplaced. Each mentee only considers the mentor days that break no rule of the pair itself (sector when required,
 * no conflict of interest, more experience, both free all day), at most
 * {@value org.peermatch.core.immersion.ImmersionProblem#MAX_DAYS_PER_PAIR} days per pair, so the search stays small.
 * The rules that depend on other mentees (a mentor's days, one mentee a day) are the search's job. Every rule is
 * still a constraint ({@link org.peermatch.core.immersion.ImmersionConstraint}) and is re-checked after solving by
 * {@link org.peermatch.core.immersion.ImmersionCertifier}, independently of the solver.
 *
 * <p><b>Levels.</b> Hard: the rules above. Medium: every mentee placed. Soft: novelty (people who never worked
 * together, counting pairs planned in other modes of the same proposal), the mentee's objectives found in the
 * mentor's profile, a common sector when the programme only prefers it, short travel, and immersion days spread over
 * the calendar so the committee is not swamped with reports in one fortnight.
 *
 * <p><b>Solving.</b> {@link org.peermatch.core.immersion.ImmersionConstruction} places mentees greedily, then
 * places as many as possible along augmenting paths (a maximum flow), before local search changes or swaps mentor
 * days. {@link org.peermatch.core.immersion.ImmersionProposals} turns the best plan into pairings (day, the mentee's
 * objectives, report due date, reasons) and unplaced mentees with reasons.
 *
 * <p>Entry points: {@link org.peermatch.core.immersion.ImmersionProblem#build},
 * {@link org.peermatch.core.immersion.ImmersionProblem#solverConfig},
 * {@link org.peermatch.core.immersion.ImmersionProposals#of}.
 */
package org.peermatch.core.immersion;
