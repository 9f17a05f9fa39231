/**
 * Rotating groups: networking rounds and break-out tables where the same people are split into small groups
 * several times, so that they meet as many new people as possible.
 *
 * <p><b>Use.</b> Build a {@link org.peermatch.core.groups.RotatingGroupsProblem} (people, group size S, rounds W,
 * earlier meetings, forbidden pairs) directly or with {@link org.peermatch.core.groups.RotatingGroupsCsv#read},
 * call {@link org.peermatch.core.groups.RotatingGroups#solve} with
 * {@link org.peermatch.core.groups.RotatingGroupsOptions} (time and/or move limit, seed), and check or write the
 * {@link org.peermatch.core.groups.RotatingGroupsResult}
 * ({@link org.peermatch.core.groups.RotatingGroupsCertifier}, {@link org.peermatch.core.groups.RotatingGroupsCsv#write}).
 *
 * <p><b>Rules.</b> Every round puts every person in exactly one group; each round has {@code floor(N / S)} groups,
 * the first {@code N mod S} of them with one extra member. Hard: a forbidden pair never shares a group. Soft: a pair
 * meeting {@code k} times in total, earlier events included, costs {@code k(k-1)/2}
 * ({@link org.peermatch.core.groups.RepeatCost}), more than linearly, so that the plan spreads unavoidable repeats
 * over many pairs instead of piling them on a few. Without history, a plan of cost 0 is a solution of the Social
 * Golfer Problem g-S-W.
 *
 * <p><b>Algorithm.</b> A dedicated local search, not a Timefold model. The Social Golfer Problem is a classic of
 * local search whose best-known methods need three things a generic solver does not give cheaply: (1) the move
 * "swap two people of different groups in the same round", scored in O(S) from a matrix of pair meetings kept up
 * to date (a constraint-stream model would re-group every pair of every round); (2) a neighbourhood restricted to
 * people in conflict, scanned exhaustively each step, with a tabu list on swapped pairs and aspiration
 * (Dotú and Van Hentenryck, "Scheduling social golfers locally", CPAIOR 2005); (3) problem-specific constructions:
 * the "freedom" greedy of Triska and Musliu ("An effective greedy heuristic for the Social Golfer Problem", Annals
 * of OR 194, 2012) and an algebraic start from finite fields (a resolvable transversal design, see
 * {@code TransversalDesign}) when N = g·S with g a prime power at least S, a doubled design for 32 or 128 people
 * in groups of 4 ({@code DoubledDesign}) when more rounds are asked, otherwise a schedule with a cyclic
 * symmetry whose few base rounds are searched so that no pair orbit occurs twice ({@code CyclicDesign}, the
 * difference-family construction of resolvable designs). Timefold's custom moves are a preview
 * API, and its community edition has no nearby selection; a 500-line engine with its own certifier is simpler to
 * trust and reproduce. The search is deterministic for a given problem and seed when bounded by a move limit;
 * with a time limit it stops at the limit or as soon as no pair meets twice and no forbidden pair meets.
 *
 * <p><b>How good</b> (60 s per run, seeds 0 to 2, two shared cores; {@code RotatingGroupsBenchmark}). Social Golfer
 * 8-4-9 (32 people, groups of 4, 9 rounds): no repeat, at once, from the algebraic start. 8-4-10, the proven
 * maximum: no repeat, at once (0.05 s), from the doubled design ({@code DoubledDesign}: a resolvable design in
 * which every pair of 16 points meets twice, each point doubled and the copies signed by a linear system over
 * GF(2)); before it, 16 repeated pairs for every seed. The same construction gives 128 people 42 rounds.
 * Kirkman 5-3-7, 6-3-8, 7-4-9 (a resolvable (28, 4, 1) design, every pair exactly once) and 6-4-7: no repeat,
 * from the cyclic construction, in 1 ms to 1.2 s (before it: 7-4-9 20 to 21 repeats, 6-4-7 3 to 5). Without the algebraic start the swap search stalls near
 * 6 repeats on 8-4-9. Practical events, far from the maximum number of rounds, are solved in milliseconds.
 *
 * <p><b>Cost.</b> Memory O(N² + W·N) (at most {@value org.peermatch.core.groups.RotatingGroupsProblem#MAX_PEOPLE}
 * people); one step O(C·N·S) for C people in conflict; the greedy O(W·g·N²/64) for N up to about 45, sampled
 * beyond.
 */
package org.peermatch.core.groups;
