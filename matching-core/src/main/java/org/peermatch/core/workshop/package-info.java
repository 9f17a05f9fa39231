/**
 * The workshop programme (ateliers collectifs): half-day workshops on themes taken from the needs the participants
 * expressed at registration (or chosen by the committee), each led by a member of the community who offers to
 * animate workshops and masters the theme (the <em>animator</em>), with the participants who need the theme.
 *
 * <p><b>Model.</b> {@link org.peermatch.core.workshop.PlannedWorkshop} is the planning entity: one per workshop of
 * the programme (how many: the committee's count, or peer-match's rule in
 * {@link org.peermatch.core.workshop.WorkshopProblem}). Its variables are the {@link org.peermatch.core.workshop.Lead}
 * (an animator together with a theme they master, so the theme is chosen with the animator), the
 * {@link org.peermatch.core.workshop.HalfDay} and the {@link org.peermatch.core.workshop.WorkshopRoom} (when rooms
 * are planned). A workshop without a lead or half-day does not take place. Workshops kept from an earlier calendar
 * (fixed or held sessions) are pinned with their attendees.
 *
 * <p><b>Enrolment.</b> Who attends is not a planning variable: for each theme,
 * {@link org.peermatch.core.workshop.ThemeEnrolment#of} seats the participants who need it on the theme's held
 * workshops (available then, never the animator, one workshop per theme), essential needs first, exactly (see
 * there). The constraints read that enrolment inside the score, so the solver sees the consequence of every move on
 * attendance, seats and demand, and the proposal shows the same enrolment. Nobody is ever enrolled on a topic they
 * did not ask for.
 *
 * <p><b>Levels.</b> Hard: a competent animator who offers to animate, available, within the workshops they offer,
 * one workshop at a time; open days only; a room big enough, available and used once per half-day; attendance
 * within the programme's range; nobody in two workshops at once. Medium: every workshop takes place, every
 * essential need has a seat. Soft: the demand covered (priority weights), workshops spread over the months, the
 * committee's preferred half-days. Every rule is a constraint
 * ({@link org.peermatch.core.workshop.WorkshopConstraint}) and the hard ones are re-checked after solving by
 * {@link org.peermatch.core.workshop.WorkshopCertifier}, independently of the solver.
 *
 * <p><b>Solving.</b> {@link org.peermatch.core.workshop.WorkshopConstruction} places workshops greedily, then local
 * search changes a workshop's lead, half-day or room, or swaps two workshops' values.
 * {@link org.peermatch.core.workshop.WorkshopProposals} turns the best plan into workshops with reasons and the
 * needs left without a seat with reasons.
 *
 * <p>Entry points: {@link org.peermatch.core.workshop.WorkshopProblem#build},
 * {@link org.peermatch.core.workshop.WorkshopProblem#solverConfig},
 * {@link org.peermatch.core.workshop.WorkshopProposals#of}.
 */
package org.peermatch.core.workshop;
