package org.peermatch.core.groups;

import java.util.SplittableRandom;

/**
 * A schedule with a cyclic automorphism, found by a small search: the construction of resolvable designs from
 * difference families (the Kirkman schoolgirls on Z_7 plus one fixed point, a resolvable (28, 4, 1) design on
 * Z_9 x {0, 1, 2} plus one point, and likewise for other shapes), searched for instead of read from a table.
 *
 * <p><b>Structure.</b> Take a divisor {@code m} of the rounds W and write {@code N = c * m + f}: person
 * {@code i * m + x} (for {@code i < c}, {@code x} in Z_m) is the element x of component i, and the last f people
 * are fixed. Only {@code r = W / m} base rounds are chosen; round {@code b * m + t} is base round b with every
 * element shifted by t (fixed people stay). Shifting a partition gives a partition, so every round is one. A pair
 * of people meets once per occurrence of its <i>orbit</i> (component pair and difference of elements) in the base
 * rounds, twice for a difference of order 2 inside a component ({@code 2d = m}), m times for two fixed people.
 * The schedule has no repeat exactly when every orbit occurs at most once (such orbits at most zero times), which
 * is a problem on r·N people instead of W·N: the tabu search below, over swaps of two people of different groups
 * in one base round, solves it within milliseconds to a second for 5-3-7, 6-3-8, 6-4-7 and 7-4-9. It does not solve
 * 8-4-10 (none of the structures for 32 people has a perfect base round: benchmarks/README.md lists their best
 * costs); {@link DoubledDesign} does.
 *
 * <p>Every group has the same size S. The plan found is certified again by the caller (and by
 * {@link RotatingGroupsCertifier} in the tests): nothing here is trusted.
 */
final class CyclicDesign {

    /** The most tabu steps over all structures, whatever the evaluation limit (small shapes step cheaply). */
    static final long MAX_STEPS = 100_000;

    private final int n;
    private final int size;
    private final int groups;
    private final int m;
    private final int[] shift;
    private final int baseRounds;
    private final int[] orbit;
    private final int[] weight;
    private final int[] count;
    private final int[][] base;
    private final SplittableRandom random;
    private final long[] tabu;
    private long cost;
    private long steps;

    private CyclicDesign(int n, int size, int rounds, int m, int[] cycles, long seed) {
        this.n = n;
        this.size = size;
        this.groups = n / size;
        this.m = m;
        this.baseRounds = rounds / m;
        this.random = new SplittableRandom(seed);
        this.shift = new int[n];
        int at = 0;
        for (int length : cycles) {
            for (int k = 0; k < length; k++) {
                shift[at + k] = at + (k + 1) % length;
            }
            at += length;
        }
        this.orbit = new int[n * n];
        java.util.Arrays.fill(orbit, -1);
        int[] weights = new int[n * n];
        int orbits = 0;
        for (int p = 0; p < n; p++) {
            for (int q = p + 1; q < n; q++) {
                if (orbit[p * n + q] >= 0) {
                    continue;
                }
                int length = 0;
                int x = p;
                int y = q;
                do {
                    orbit[x * n + y] = orbits;
                    orbit[y * n + x] = orbits;
                    x = shift[x];
                    y = shift[y];
                    length++;
                } while (!(x == p && y == q || x == q && y == p));
                // the orbit has `length` pairs (a divisor of m): each meets m / length times per occurrence
                weights[orbits++] = m / length;
            }
        }
        this.weight = java.util.Arrays.copyOf(weights, orbits);
        this.count = new int[orbits];
        this.base = new int[baseRounds][n];
        this.tabu = new long[baseRounds * n * n];
    }

    /**
     * @param n N people
     * @param size S, dividing N
     * @param rounds W
     * @param seed random seed (which schedule is found)
     * @param evaluationLimit the most swap evaluations to spend over all the structures tried (a step evaluates
     *        about {@code W / m * N * N / 2} swaps); bounds the time, about 5 million evaluations a second
     * @param deadline {@link System#nanoTime()} deadline, or {@link Long#MAX_VALUE} for none
     * @return W rounds of people in slot order (groups of S one after another) without any repeated pair, or null
     *         when none was found within the limits
     */
    static int[][] find(int n, int size, int rounds, long seed, long evaluationLimit, long deadline) {
        if (size < 2 || n % size != 0 || n / size < 2 || rounds < 2) {
            return null;
        }
        if (rounds > (n - 1) / (size - 1) || size > n / size) {
            // no schedule without repeats exists: someone would meet more people than there are, or a second
            // round's group would take two people from one group of the first
            return null;
        }
        java.util.List<int[]> structures = new java.util.ArrayList<>();
        for (int m = rounds; m >= 2; m--) {
            if (rounds % m != 0) {
                continue;
            }
            int f = n % m;
            for (int d = 1; d <= m; d++) {
                if (m % d == 0 && (f == 0 ? d == 1 : f % d == 0)) {
                    int[] cycles = new int[n / m + (f == 0 ? 0 : f / d)];
                    java.util.Arrays.fill(cycles, 0, n / m, m);
                    java.util.Arrays.fill(cycles, n / m, cycles.length, d);
                    structures.add(cycles);
                }
            }
        }
        // every structure in turn with 2,000 steps, then again with four times more, from a new random start:
        // a structure with easy solutions is found at once, a barren one costs a bounded share
        SplittableRandom seeds = new SplittableRandom(seed);
        long left = evaluationLimit;
        long stepsLeft = MAX_STEPS;
        for (long cap = 2_000; left > 0 && stepsLeft > 0; cap *= 4) {
            for (int[] cycles : structures) {
                int m = cycles[0];
                long perStep = (long) (rounds / m) * n * n / 2;
                long steps = Math.min(Math.min(cap, stepsLeft), left / perStep);
                if (steps <= 0 || deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
                    return null;
                }
                CyclicDesign design = new CyclicDesign(n, size, rounds, m, cycles, seeds.nextLong());
                int[][] plan = design.search(steps, deadline);
                left -= Math.max(1, design.steps) * perStep;
                stepsLeft -= Math.max(1, design.steps);
                if (plan != null) {
                    return plan;
                }
            }
        }
        return null;
    }

    private long pairCost(int o, int occurrences) {
        long meetings = (long) occurrences * weight[o];
        return meetings * (meetings - 1) / 2;
    }

    private int[][] search(long stepLimit, long deadline) {
        for (int b = 0; b < baseRounds; b++) {
            int[] people = shuffled();
            System.arraycopy(people, 0, base[b], 0, n);
            for (int g = 0; g < groups; g++) {
                for (int s = g * size; s < (g + 1) * size; s++) {
                    for (int t = g * size; t < s; t++) {
                        add(base[b][s], base[b][t], 1);
                    }
                }
            }
        }
        long best = cost;
        long stable = 0;
        while (cost > 0 && steps < stepLimit) {
            if ((steps & 63) == 0 && (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0
                    || Thread.currentThread().isInterrupted())) {
                break;
            }
            steps++;
            step(best);
            if (cost < best) {
                best = cost;
                stable = 0;
            } else if (++stable > 20L * n) {
                stable = 0;
                for (int k = 0; k < 2; k++) {
                    int b = random.nextInt(baseRounds);
                    int sa = random.nextInt(n);
                    int sb = random.nextInt(n);
                    if (sa / size != sb / size) {
                        swap(b, sa, sb);
                    }
                }
                best = cost;
            }
        }
        return cost == 0 ? expand() : null;
    }

    private void add(int p, int q, int change) {
        int o = orbit[p * n + q];
        cost -= pairCost(o, count[o]);
        count[o] += change;
        cost += pairCost(o, count[o]);
    }

    private void step(long best) {
        long bestDelta = Long.MAX_VALUE;
        int bestB = -1;
        int bestSa = -1;
        int bestSb = -1;
        int ties = 0;
        for (int b = 0; b < baseRounds; b++) {
            int[] row = base[b];
            for (int sa = 0; sa < n; sa++) {
                for (int sb = (sa / size + 1) * size; sb < n; sb++) {
                    long delta = delta(row, sa, sb);
                    boolean isTabu = tabu[(b * n + row[sa]) * n + row[sb]] > steps;
                    if (delta > bestDelta || isTabu && cost + delta >= best) {
                        continue;
                    }
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        ties = 1;
                        bestB = b;
                        bestSa = sa;
                        bestSb = sb;
                    } else if (random.nextInt(++ties) == 0) {
                        bestB = b;
                        bestSa = sa;
                        bestSb = sb;
                    }
                }
            }
        }
        if (bestB < 0) {
            return;
        }
        int a = base[bestB][bestSa];
        int c = base[bestB][bestSb];
        swap(bestB, bestSa, bestSb);
        long until = steps + 3 + random.nextInt(8);
        tabu[(bestB * n + a) * n + c] = until;
        tabu[(bestB * n + c) * n + a] = until;
    }

    /** The change of cost of swapping slots sa and sb (different groups) of one base round, applied then undone. */
    private long delta(int[] row, int sa, int sb) {
        long before = cost;
        int a = row[sa];
        int c = row[sb];
        move(row, sa, a, c);
        move(row, sb, c, a);
        long after = cost;
        move(row, sb, a, c);
        move(row, sa, c, a);
        return after - before;
    }

    /** Replaces {@code from} by {@code to} in the group of slot s (the slot itself still holds from). */
    private void move(int[] row, int s, int from, int to) {
        int g = s / size;
        for (int t = g * size; t < (g + 1) * size; t++) {
            if (t != s) {
                add(from, row[t], -1);
                add(to, row[t], 1);
            }
        }
    }

    private void swap(int b, int sa, int sb) {
        int[] row = base[b];
        int a = row[sa];
        int c = row[sb];
        move(row, sa, a, c);
        move(row, sb, c, a);
        row[sa] = c;
        row[sb] = a;
    }

    private int[][] expand() {
        int[][] plan = new int[baseRounds * m][n];
        for (int b = 0; b < baseRounds; b++) {
            for (int t = 0; t < m; t++) {
                int[] round = plan[b * m + t];
                for (int s = 0; s < n; s++) {
                    int p = base[b][s];
                    for (int k = 0; k < t; k++) {
                        p = shift[p];
                    }
                    round[s] = p;
                }
            }
        }
        return plan;
    }

    private int[] shuffled() {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[k];
            values[k] = swap;
        }
        return values;
    }
}
