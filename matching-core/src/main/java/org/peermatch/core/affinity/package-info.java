/**
 * Affinity assignment: the core every pairing mode shares. Participants receive exactly {@code demand} distinct
 * resources among scored pairs, every resource's load stays within [min, max], conflict pairs are never used, and
 * the scores are as good as possible.
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * AffinityProblem problem = AffinityCsv.read(new AffinityCsvSources(scores, demand, null, loads, null, null, null));
 * List<FeasibilityIssue> issues = AffinityAssigner.check(problem);       // explained before solving
 * AffinityResult result = AffinityAssigner.solve(problem,
 *         new AffinityOptions(Duration.ofSeconds(20), null, 0L, Fairness.MAXMIN));
 * List<String> broken = AffinityCertifier.violations(problem, result.pairs()); // independent re-check
 * }</pre>
 *
 * <h2>{@link org.peermatch.core.affinity.Fairness#NONE}: exact min-cost flow</h2>
 * Without side rules the problem is a transportation problem: source → participant (its demand) → resource
 * (one unit per allowed pair, cost = minus the score) → sink (min load earns a dominant bonus, up to max load
 * free). {@code AssignmentFlow} solves it exactly by successive shortest paths with Dijkstra on reduced costs,
 * one path per demanded slot, each search stopped when the sink is settled; scores are scaled to longs (up to
 * 10^8 for the largest |score|) so sums are exact. When the rules cannot all be met it still returns the most
 * complete assignment (maximum routed demand, then most min loads, then best total) and the result lists the gaps.
 * We wrote our own flow rather than use JGraphT's {@code CapacityScalingMinimumCostFlow} because on generated
 * 2,000 × 300 problems with about 500,000 pairs ours takes 0.5–2.7 s and about 50 MB of heap, JGraphT 68–271 s and
 * 470–680 MB (same optimum); JGraphT stays in the tests as the independent exact reference.
 *
 * <h2>{@link org.peermatch.core.affinity.Fairness#MAXMIN}: floors, relaxations and exchange cycles</h2>
 * The objective is lexicographic: first the worst participant total, then the total. {@code MaxMinSearch}:
 * <ol>
 * <li><b>Bounds.</b> The {@code NONE} optimum gives the total bound and a first worst. Every participant's best
 * {@code demand} scores, ignoring everybody else, bound the worst: {@code UB = min_p topSum(p)}.</li>
 * <li><b>A floor T as a relaxation.</b> For a floor T, an arc (p, r) can appear in an assignment meeting T only if
 * its score plus p's best {@code demand - 1} other scores reaches T; every other arc is removed. The min-cost flow
 * on the remaining arcs is a relaxation: its total bounds every assignment meeting T, and if all participants
 * reach T in it, it is the proven best total for T.</li>
 * <li><b>Repair when the relaxation misses the floor.</b> A late-acceptance local search
 * ({@code FloorLocalSearch}: reassign or swap one resource, O(1) evaluation) minimises the shortfall below T, then
 * maximises the total; if it fails, participants below T get their scores re-weighted (×1.5 + 0.5, up to 16:
 * a Lagrangian-style boost) and the flow is solved again, repairing after each round.</li>
 * <li><b>Floor search.</b> T = UB first (proven optimal worst when met); otherwise a bisection between the best
 * worst found and UB, each floor limited to a share of the budget, the search to 60% of it.</li>
 * <li><b>Total at the best floor.</b> The participants below T in the relaxation keep their repaired sets while
 * everybody else is re-solved exactly ({@code fixAndFlow}; whoever then falls below T is protected in the next
 * round); then improving exchange cycles that keep every participant at or above T are cancelled
 * ({@code FloorCycleCanceler}: the flow optimality condition restricted by the floor, found by queue-based
 * Bellman–Ford), then local search, then cycles again.</li>
 * <li><b>Proof.</b> {@code ExactMaxMin}, a branch and bound on participants' sets, raises the floor one scaled
 * unit above the best worst until no complete assignment reaches it, then finds the best total at that floor;
 * each node is pruned by the Lagrangian bound of the set-partitioning formulation ({@code ConfigurationBound})
 * and by the flow relaxation. When it finishes within the limits, both are proven.</li>
 * </ol>
 * On MIDL 2018 (118 × 177, demand 3, max load 4) the floor UB = 0.944839 is met (so the worst is proven optimal)
 * and the total reaches 201.768731, the proven lexicographic optimum 0.94484 / 201.769, in well under a second;
 * the relaxation bounds the total at that floor by 201.781. Exactness is checked against brute-force enumeration on
 * hundreds of small random problems with conflicts and min loads. Bounded by a move limit (no time limit), the
 * search is deterministic for a seed.
 */
package org.peermatch.core.affinity;
