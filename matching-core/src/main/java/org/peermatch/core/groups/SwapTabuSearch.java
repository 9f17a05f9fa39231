package org.peermatch.core.groups;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The engine of rotating groups: a construction, then an iterated tabu search over swaps of two people of
 * different groups in the same round. Works on int indexes only; {@link RotatingGroups} translates.
 *
 * <p><b>State.</b> For each round, an array of {@code n} slots; group {@code g} occupies slots
 * {@code [start[g], start[g + 1])}. {@code meet[a * n + b]} is the number of times a and b met in total (history
 * plus the plan), kept up to date, so the change of a swap is computed in O(S) from its two groups alone: moving
 * {@code a} out of group A saves {@code meet(a, x) - 1} for each other member {@code x} of A, moving {@code b} in
 * costs {@code meet(b, x)} (see {@link RepeatCost}). A forbidden pair together weighs {@link #HARD}, above any
 * novelty cost.
 *
 * <p><b>Construction.</b> A greedy that fills each round group by group with the people who met least, keeping the
 * most "freedom" (people met by none of the group) for later rounds, after Triska and Musliu; or, when every group
 * has the same size S and the number of groups g is a prime power at least S, the algebraic
 * {@link TransversalDesign} (g or g + 1 rounds without any repeat) with people relabelled at random, completed by
 * the greedy; when that design does not cover every round, the {@link DoubledDesign} when the shape has one (32
 * people in groups of 4 over 10 rounds), else a {@link CyclicDesign} searched once (at most
 * {@value #CYCLIC_EVALUATIONS} swap evaluations), used like the transversal design. See {@link #construct()} for
 * which comes first.
 *
 * <p><b>Search</b> (after Dotú and Van Hentenryck). A step scans every swap that moves at least one person in
 * conflict (sharing a group with someone met before, or with a forbidden partner): other swaps cannot improve.
 * It applies the best one that is not tabu, or a tabu one that beats the best plan (aspiration); ties are broken
 * at random. The swapped pair is then tabu in that round for a random tenure. After {@link #MAX_STABLE} steps
 * without a better plan, the search goes back to the best plan and applies a few random swaps (perturbation);
 * after {@link #PERTURBATIONS_PER_RESTART} fruitless perturbations it restarts from a new construction. A step
 * costs O(C·N·S) for C people in conflict.
 *
 * <p>Not thread-safe; one instance per solve.
 */
final class SwapTabuSearch {

    /** Weight of one forbidden pair together: above any novelty cost, so forbidden pairs compare first. */
    static final long HARD = 1L << 40;

    static final int TENURE_MIN = 4;
    static final int TENURE_MAX = 20;
    static final int MAX_STABLE = 2_000;
    static final int PERTURBATION_SWAPS = 3;
    static final int PERTURBATIONS_PER_RESTART = 50;
    private static final int MAX_CONSTRUCTION_PAIRS = 1_024;
    private static final int MAX_CONSTRUCTION_SINGLES = 128;
    /** The most people for which a {@link CyclicDesign} is searched (its tables are O(W·N²)). */
    static final int MAX_CYCLIC_PEOPLE = 120;
    /**
     * The seed of the {@link DoubledDesign}'s search: the design is the same for every solve, the people are
     * relabelled at random from the solve's seed.
     */
    static final long DOUBLED_SEED = 1;
    /** The swap evaluations a {@link CyclicDesign} may spend, about 4 s on one core when none is found. */
    static final long CYCLIC_EVALUATIONS = 20_000_000L;

    private final int n;
    private final int rounds;
    private final int groups;
    private final int[] start;
    private final int[] groupOfSlot;
    private final int[] before;
    private final boolean[] forbidden;
    private final SplittableRandom random;

    private final int[][] slot;
    private final int[] meet;
    private long hard;
    private long soft;

    private final int[][] bestSlot;
    private long bestScore = Long.MAX_VALUE;

    private final int[] conflictStamp;
    private final int[] conflicts;
    private int stamp;
    private final Map<Long, Long> tabuUntil = new HashMap<>();

    private long moves;
    private long perturbations;
    private long restarts;
    private long bestFoundAtMove;
    private long constructionCost = -1;
    private boolean designStart;
    private long deadline = Long.MAX_VALUE;
    private boolean searchedDesignTried;
    /** A design covering every round ({@link DoubledDesign} or {@link CyclicDesign}), or null. */
    private int[][] searchedDesign;

    /**
     * @param n people
     * @param rounds rounds
     * @param sizes size of each group of a round, summing to n, larger groups first
     * @param before history counts, {@code n * n}, symmetric
     * @param forbidden forbidden pairs, {@code n * n}, symmetric
     * @param seed random seed
     */
    SwapTabuSearch(int n, int rounds, int[] sizes, int[] before, boolean[] forbidden, long seed) {
        this.n = n;
        this.rounds = rounds;
        this.groups = sizes.length;
        this.start = new int[groups + 1];
        this.groupOfSlot = new int[n];
        for (int g = 0; g < groups; g++) {
            start[g + 1] = start[g] + sizes[g];
            Arrays.fill(groupOfSlot, start[g], start[g + 1], g);
        }
        if (start[groups] != n) {
            throw new IllegalArgumentException("The group sizes " + Arrays.toString(sizes) + " do not sum to " + n);
        }
        this.before = before;
        this.forbidden = forbidden;
        this.random = new SplittableRandom(seed);
        this.slot = new int[rounds][n];
        this.bestSlot = new int[rounds][n];
        this.meet = new int[n * n];
        this.conflictStamp = new int[rounds * n];
        this.conflicts = new int[rounds * n];
    }

    /**
     * Constructs, then searches until perfect or a limit.
     *
     * @param moveLimit most swaps, or 0 for none
     * @param deadline {@link System#nanoTime()} deadline, or {@link Long#MAX_VALUE} for none
     * @return why it stopped; the best plan is then in {@link #bestPlan()}
     */
    Termination run(long moveLimit, long deadline) {
        this.deadline = deadline;
        construct();
        constructionCost = score();
        saveBest();
        if (groups == 1) {
            return bestScore == 0 ? Termination.PERFECT : Termination.FORCED;
        }
        long stable = 0;
        long perturbationsSinceBest = 0;
        while (true) {
            if (bestScore == 0) {
                return Termination.PERFECT;
            }
            if (moveLimit > 0 && moves >= moveLimit) {
                return Termination.MOVE_LIMIT;
            }
            if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
                return Termination.TIME_LIMIT;
            }
            if (Thread.currentThread().isInterrupted()) {
                return Termination.INTERRUPTED;
            }
            step();
            if (score() < bestScore) {
                saveBest();
                stable = 0;
                perturbationsSinceBest = 0;
            } else if (++stable > MAX_STABLE) {
                stable = 0;
                tabuUntil.clear();
                if (++perturbationsSinceBest > PERTURBATIONS_PER_RESTART) {
                    perturbationsSinceBest = 0;
                    restarts++;
                    construct();
                } else {
                    perturbations++;
                    load(bestSlot);
                    for (int k = 0; k < PERTURBATION_SWAPS; k++) {
                        int r = random.nextInt(rounds);
                        int sa = random.nextInt(n);
                        swap(r, sa, randomSlotOutside(groupOfSlot[sa]));
                    }
                }
            }
        }
    }

    /** @return the best plan: for each round, the person in each slot, groups in the order of the sizes given */
    int[][] bestPlan() {
        return bestSlot;
    }

    /** @return forbidden pairs together times {@link #HARD}, plus the novelty cost, of the best plan */
    long bestScore() {
        return bestScore;
    }

    long moves() {
        return moves;
    }

    long perturbations() {
        return perturbations;
    }

    long restarts() {
        return restarts;
    }

    long bestFoundAtMove() {
        return bestFoundAtMove;
    }

    /** @return the score of the first construction */
    long constructionCost() {
        return constructionCost;
    }

    /** @return whether the first construction was the algebraic design */
    boolean designStart() {
        return designStart;
    }

    private long score() {
        return hard * HARD + soft;
    }

    private void saveBest() {
        bestScore = score();
        bestFoundAtMove = moves;
        for (int r = 0; r < rounds; r++) {
            System.arraycopy(slot[r], 0, bestSlot[r], 0, n);
        }
    }

    /** Sets the plan and recounts every meeting. */
    private void load(int[][] plan) {
        System.arraycopy(before, 0, meet, 0, n * n);
        hard = 0;
        soft = 0;
        for (int r = 0; r < rounds; r++) {
            System.arraycopy(plan[r], 0, slot[r], 0, n);
            addRound(r);
        }
    }

    private void addRound(int r) {
        int[] row = slot[r];
        for (int g = 0; g < groups; g++) {
            for (int s = start[g]; s < start[g + 1]; s++) {
                for (int t = start[g]; t < s; t++) {
                    addMeeting(row[s], row[t]);
                }
            }
        }
    }

    private void addMeeting(int x, int y) {
        soft += RepeatCost.nextMeetingCost(meet[x * n + y]);
        meet[x * n + y]++;
        meet[y * n + x]++;
        if (forbidden[x * n + y]) {
            hard++;
        }
    }

    private void removeMeeting(int x, int y) {
        meet[x * n + y]--;
        meet[y * n + x]--;
        soft -= RepeatCost.nextMeetingCost(meet[x * n + y]);
        if (forbidden[x * n + y]) {
            hard--;
        }
    }

    // ---------------------------------------------------------------- construction

    /**
     * Builds a plan, the greedy or, when the shape allows, the algebraic design. When the design covers every
     * round, the first construction is the better of the two (the design is perfect without history); when more
     * rounds are needed, a partial design is a deep local minimum for the search (every pair left unmet lies in a
     * few rigid blocks), so the greedy comes first. Restarts alternate between the two.
     */
    private void construct() {
        int size = start[1] - start[0];
        boolean uniform = size * groups == n;
        int designRounds = uniform ? TransversalDesign.rounds(groups, size) : 0;
        if (!searchedDesignTried) {
            searchedDesignTried = true;
            if (uniform && designRounds < rounds) {
                if (rounds <= DoubledDesign.rounds(n, size)) {
                    searchedDesign = DoubledDesign.build(n, size, DOUBLED_SEED);
                }
                if (searchedDesign == null && n <= MAX_CYCLIC_PEOPLE) {
                    searchedDesign = CyclicDesign.find(n, size, rounds, random.nextLong(), CYCLIC_EVALUATIONS,
                            deadline);
                }
            }
        }
        if (searchedDesign != null) {
            designRounds = searchedDesign.length;
        }
        if (designRounds == 0) {
            greedyPlan();
            return;
        }
        boolean complete = designRounds >= rounds;
        if (constructionCost >= 0) {
            if (restarts % 2 == (complete ? 0 : 1)) {
                designPlan(size, designRounds);
            } else {
                greedyPlan();
            }
            return;
        }
        if (!complete) {
            greedyPlan();
            return;
        }
        designPlan(size, designRounds);
        long designScore = score();
        int[][] design = new int[rounds][];
        for (int r = 0; r < rounds; r++) {
            design[r] = slot[r].clone();
        }
        if (designScore == 0) {
            designStart = true;
            return;
        }
        greedyPlan();
        designStart = designScore <= score();
        if (designStart) {
            load(design);
        }
    }

    private void greedyPlan() {
        System.arraycopy(before, 0, meet, 0, n * n);
        hard = 0;
        soft = 0;
        for (int r = 0; r < rounds; r++) {
            greedyRound(r);
        }
    }

    /** The design's rounds (a random subset when there are more than needed), people relabelled at random. */
    private void designPlan(int size, int designRounds) {
        int[][] design = searchedDesign != null ? searchedDesign : TransversalDesign.build(groups, size);
        int[] label = shuffled(n);
        int[] order = shuffled(designRounds);
        System.arraycopy(before, 0, meet, 0, n * n);
        hard = 0;
        soft = 0;
        for (int r = 0; r < rounds; r++) {
            if (r < designRounds) {
                int[] source = design[order[r]];
                for (int s = 0; s < n; s++) {
                    slot[r][s] = label[source[s]];
                }
                addRound(r);
            } else {
                greedyRound(r);
            }
        }
    }

    private int[] shuffled(int count) {
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[k];
            values[k] = swap;
        }
        return values;
    }

    /**
     * Fills round r greedily given the meetings so far (Triska and Musliu's "freedom"): each group starts with the
     * unplaced pair that met least and, among those, leaves the most people met by neither; then grows one person
     * at a time by the least added cost and the most freedom of the whole group. Ties are broken at random; with
     * many people, candidates are sampled. O(n²) per group for up to 45 people.
     */
    private void greedyRound(int r) {
        int words = (n + 63) >>> 6;
        long[][] fresh = new long[n][words];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (b != a && meet[a * n + b] == 0 && !forbidden[a * n + b]) {
                    fresh[a][b >>> 6] |= 1L << b;
                }
            }
        }
        int[] unplaced = shuffled(n);
        int left = n;
        long[] groupFreedom = new long[words];
        int[] row = slot[r];
        for (int g = 0; g < groups; g++) {
            int from = start[g];
            int to = start[g + 1];
            int filled = from;
            // the seed pair
            int bestI = -1;
            int bestJ = -1;
            long bestKey = Long.MAX_VALUE;
            int ties = 0;
            long pairs = (long) left * (left - 1) / 2;
            boolean sampled = pairs > MAX_CONSTRUCTION_PAIRS;
            long samples = sampled ? MAX_CONSTRUCTION_PAIRS : pairs;
            int i = 0;
            int j = 0;
            for (long k = 0; k < samples; k++) {
                if (sampled) {
                    i = random.nextInt(left);
                    j = random.nextInt(left - 1);
                    if (j >= i) {
                        j++;
                    }
                } else if (k == 0) {
                    i = 0;
                    j = 1;
                } else if (++j >= left) {
                    i++;
                    j = i + 1;
                }
                int a = unplaced[i];
                int b = unplaced[j];
                long key = pairKey(a, b) - common(fresh[a], fresh[b]);
                if (key < bestKey) {
                    bestKey = key;
                    bestI = i;
                    bestJ = j;
                    ties = 1;
                } else if (key == bestKey && random.nextInt(++ties) == 0) {
                    bestI = i;
                    bestJ = j;
                }
            }
            int a = unplaced[bestI];
            int b = unplaced[bestJ];
            row[filled++] = a;
            row[filled++] = b;
            left = remove(unplaced, left, Math.max(bestI, bestJ));
            left = remove(unplaced, left, Math.min(bestI, bestJ));
            for (int w = 0; w < words; w++) {
                groupFreedom[w] = fresh[a][w] & fresh[b][w];
            }
            // then one person at a time
            while (filled < to) {
                int bestK = -1;
                bestKey = Long.MAX_VALUE;
                ties = 0;
                boolean sample = left > MAX_CONSTRUCTION_SINGLES;
                int candidates = sample ? MAX_CONSTRUCTION_SINGLES : left;
                for (int c = 0; c < candidates; c++) {
                    int k = sample ? random.nextInt(left) : c;
                    int p = unplaced[k];
                    long key = -common(groupFreedom, fresh[p]);
                    for (int s = from; s < filled; s++) {
                        key += pairKey(p, row[s]);
                    }
                    if (key < bestKey) {
                        bestKey = key;
                        bestK = k;
                        ties = 1;
                    } else if (key == bestKey && random.nextInt(++ties) == 0) {
                        bestK = k;
                    }
                }
                int p = unplaced[bestK];
                row[filled++] = p;
                left = remove(unplaced, left, bestK);
                for (int w = 0; w < words; w++) {
                    groupFreedom[w] &= fresh[p][w];
                }
            }
            for (int s = from; s < to; s++) {
                for (int t = from; t < s; t++) {
                    addMeeting(row[s], row[t]);
                }
            }
        }
    }

    /** Greedy key of putting a and b together: forbidden first, then meetings; freedom (below 2^20) breaks ties. */
    private long pairKey(int a, int b) {
        return (forbidden[a * n + b] ? HARD : 0) + ((long) meet[a * n + b] << 20);
    }

    private static int common(long[] x, long[] y) {
        int count = 0;
        for (int w = 0; w < x.length; w++) {
            count += Long.bitCount(x[w] & y[w]);
        }
        return count;
    }

    /** Removes index {@code k} from the first {@code left} entries, keeping their order. */
    private static int remove(int[] list, int left, int k) {
        System.arraycopy(list, k + 1, list, k, left - k - 1);
        return left - 1;
    }

    // ---------------------------------------------------------------- local search

    /** One tabu step; see the class documentation. */
    private void step() {
        int count = collectConflicts();
        if (count == 0) {
            return;
        }
        long current = score();
        long bestDelta = Long.MAX_VALUE;
        int bestR = -1;
        int bestSa = -1;
        int bestSb = -1;
        int ties = 0;
        for (int c = 0; c < count; c++) {
            int r = conflicts[c] / n;
            int sa = conflicts[c] % n;
            int[] row = slot[r];
            int a = row[sa];
            int groupA = groupOfSlot[sa];
            for (int sb = 0; sb < n; sb++) {
                if (groupOfSlot[sb] == groupA) {
                    sb = start[groupA + 1] - 1;
                    continue;
                }
                if (sb < sa && conflictStamp[r * n + sb] == stamp) {
                    continue; // already evaluated from sb's side
                }
                int b = row[sb];
                long delta = delta(row, a, groupA, b, groupOfSlot[sb]);
                if (delta > bestDelta || isTabu(r, a, b) && current + delta >= bestScore) {
                    continue;
                }
                if (delta < bestDelta) {
                    bestDelta = delta;
                    bestR = r;
                    bestSa = sa;
                    bestSb = sb;
                    ties = 1;
                } else if (random.nextInt(++ties) == 0) {
                    bestR = r;
                    bestSa = sa;
                    bestSb = sb;
                }
            }
        }
        if (bestR < 0) {
            // every move is tabu: move a random person in conflict
            int c = conflicts[random.nextInt(count)];
            bestR = c / n;
            bestSa = c % n;
            bestSb = randomSlotOutside(groupOfSlot[bestSa]);
        }
        int a = slot[bestR][bestSa];
        int b = slot[bestR][bestSb];
        swap(bestR, bestSa, bestSb);
        tabuUntil.put(tabuKey(bestR, a, b), moves + TENURE_MIN + random.nextInt(TENURE_MAX - TENURE_MIN + 1));
        if ((moves & 1023) == 0) {
            long now = moves;
            tabuUntil.values().removeIf(until -> until <= now);
        }
    }

    /** Marks and lists the (round, slot) of every person sharing a group with a repeated or forbidden partner. */
    private int collectConflicts() {
        stamp++;
        int count = 0;
        for (int r = 0; r < rounds; r++) {
            int[] row = slot[r];
            for (int g = 0; g < groups; g++) {
                for (int s = start[g]; s < start[g + 1]; s++) {
                    int x = row[s];
                    for (int t = start[g]; t < s; t++) {
                        int y = row[t];
                        if (meet[x * n + y] >= 2 || forbidden[x * n + y]) {
                            count = mark(r * n + s, count);
                            count = mark(r * n + t, count);
                        }
                    }
                }
            }
        }
        return count;
    }

    private int mark(int key, int count) {
        if (conflictStamp[key] != stamp) {
            conflictStamp[key] = stamp;
            conflicts[count++] = key;
            return count;
        }
        return count;
    }

    /** Score change of swapping a (in group A) and b (in group B) within one round, in O(|A| + |B|). */
    private long delta(int[] row, int a, int groupA, int b, int groupB) {
        long d = 0;
        int an = a * n;
        int bn = b * n;
        for (int s = start[groupA]; s < start[groupA + 1]; s++) {
            int x = row[s];
            if (x != a) {
                d += meet[bn + x] - (meet[an + x] - 1);
                if (forbidden[bn + x]) {
                    d += HARD;
                }
                if (forbidden[an + x]) {
                    d -= HARD;
                }
            }
        }
        for (int s = start[groupB]; s < start[groupB + 1]; s++) {
            int y = row[s];
            if (y != b) {
                d += meet[an + y] - (meet[bn + y] - 1);
                if (forbidden[an + y]) {
                    d += HARD;
                }
                if (forbidden[bn + y]) {
                    d -= HARD;
                }
            }
        }
        return d;
    }

    private void swap(int r, int sa, int sb) {
        int[] row = slot[r];
        int a = row[sa];
        int b = row[sb];
        int groupA = groupOfSlot[sa];
        int groupB = groupOfSlot[sb];
        for (int s = start[groupA]; s < start[groupA + 1]; s++) {
            if (s != sa) {
                removeMeeting(a, row[s]);
                addMeeting(b, row[s]);
            }
        }
        for (int s = start[groupB]; s < start[groupB + 1]; s++) {
            if (s != sb) {
                removeMeeting(b, row[s]);
                addMeeting(a, row[s]);
            }
        }
        row[sa] = b;
        row[sb] = a;
        moves++;
    }

    private int randomSlotOutside(int group) {
        int size = start[group + 1] - start[group];
        int k = random.nextInt(n - size);
        return k < start[group] ? k : k + size;
    }

    private boolean isTabu(int r, int a, int b) {
        Long until = tabuUntil.get(tabuKey(r, a, b));
        return until != null && until > moves;
    }

    private long tabuKey(int r, int a, int b) {
        return ((long) r * n + Math.min(a, b)) * n + Math.max(a, b);
    }
}
