/**
 * Orientation and selection: before the modes are planned, which of their wished modes each applicant gets (none:
 * not admitted this session), within every mode's capacity, as the steering committee does from the registration
 * questionnaires.
 *
 * <p><b>Model.</b> {@link org.peermatch.core.orientation.ApplicantOrientation} is the planning entity: one per member
 * who applies with wishes, whose one variable is an {@link org.peermatch.core.orientation.OrientationOption}, a
 * subset of the applicant's wishes that the committee's decisions allow (pinned modes always in, forbidden ones never).
 * A need is <em>served</em> when a mode given suits its topic ({@link org.peermatch.core.orientation.OrientationScoring}
 * scores that fit, 0 to 3, and what a mode takes from its capacity); each mode's capacity is what is left once the
 * members whose modes are decided take their part ({@link org.peermatch.core.orientation.ModeCapacity}).
 *
 * <p><b>Levels.</b> Hard ({@link org.peermatch.core.orientation.OrientationConstraint}): only wished modes, never a
 * forbidden one, every pinned one, no mode over its capacity or its participant limit, no more beneficiaries than the
 * programme allows. Medium: every need served, weighted by priority. Soft: the worst-off applicant first, priority
 * groups (first-time applicants, small structures, territories), the best-suited modes, first wishes, no mode that
 * serves nothing.
 *
 * <p><b>Solving.</b> {@link org.peermatch.core.orientation.OrientationConstruction} builds a greedy plan and
 * improves it by an exact-score descent; local search then changes one or two applicants at a time.
 * {@link org.peermatch.core.orientation.OrientationCertifier} re-checks every hard rule independently of the solver,
 * and {@code OrientationExplainer} tells the committee why each applicant got their
 * modes, and for the waiting list what would admit them.
 *
 * <p>Entry points: {@link org.peermatch.core.orientation.OrientationProposals#solve},
 * {@link org.peermatch.core.orientation.OrientationProblem#build},
 * {@link org.peermatch.core.orientation.OrientationProposals#oriented}.
 */
package org.peermatch.core.orientation;
