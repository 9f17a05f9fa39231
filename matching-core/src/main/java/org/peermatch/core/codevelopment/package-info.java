/**
 * Co-development groups (co-développement, after Payette and Champagne): members who ask for it form stable groups
 * of peers who meet roughly once a month; at each session one member (or two) is the "client" who brings a
 * situation from their practice, and the others consult.
 *
 * <p><b>Model.</b> One {@link org.peermatch.core.codevelopment.CodevelopmentParticipant} per member who asked,
 * whose planning variable is the {@link org.peermatch.core.codevelopment.GroupSlot} they join, or none. There are
 * as many slots as the committee fixed groups, else ⌊participants / minimum size⌋ (at least one): the most groups
 * the minimum size allows. A slot nobody joins is simply not formed, at no cost, so the solver chooses how many
 * groups to form. Local search changes one member's group (or takes them out), swaps two members, moves or
 * swaps parts of groups (pillar moves), and makes compound moves (two changes at once, or part of a group plus one
 * change), so that a group can be formed, merged, split or dissolved in one step without passing through a group
 * of illegal size (a hard rule, which late acceptance never accepts breaking). Measured: on 12 tiny instances
 * (5 to 9 members, minimum size 2 or 3) the solver's score equals the brute-force optimum over all partitions
 * within 20,000 moves; a generated programme of 40 members (sizes 5 to 8) solves feasibly with everyone placed in
 * about 3 to 5 seconds for 5,000 to 50,000 moves on a shared 2-core machine.
 *
 * <p><b>Rules</b> ({@link org.peermatch.core.codevelopment.CodevelopmentConstraint}):
 * <ul>
 * <li>hard: a formed group has between the minimum and the maximum number of members (per missing or extra
 * member); no two members of a group work for the same organization, declared a conflict (either side) or are a
 * pair the committee forbade (per pair);</li>
 * <li>medium: every member who asked is in a group (per member left out);</li>
 * <li>soft: novelty — each pair of a group costs ⌈c² / 100⌉ for the novelty cost c of the pair
 * ({@link org.peermatch.core.scoring.NoveltyModel#pairCost}, which already counts the pairs the proposal plans in
 * other modes), so one earlier meeting costs 100, two cost 400, a pair who only share a common peer at most 25
 * (7 for the default peer cost) and strangers nothing; sector diversity — a sector held by more than half of a
 * group costs 50 per member beyond half; common time — a group whose members share an available half-day in fewer
 * calendar months than the sessions it needs costs 100 per missing month.</li>
 * </ul>
 *
 * <p><b>Session plan</b> (deterministic post-processing, not search): a group of s members holds
 * ⌈s / clientsPerSession⌉ sessions so that each member is client once, clients taking turns in the order of the
 * member list (document order). Sessions aim at even intervals over the programme from its start, each on a day
 * every member is available, in distinct months when the members share enough months; when no common half-day is
 * near the aim the nearest is taken, and when none remains the session is left undated — the group's reasons say
 * so in both cases.
 *
 * <p><b>Entry points</b> for the facade: {@link org.peermatch.core.codevelopment.CodevelopmentProblem#build},
 * {@link org.peermatch.core.codevelopment.CodevelopmentProblem#solverConfig} and
 * {@link org.peermatch.core.codevelopment.CodevelopmentProposals#of}; the result records
 * ({@link org.peermatch.core.codevelopment.CodevelopmentProposal} and its parts) hold no solver types.
 */
package org.peermatch.core.codevelopment;
