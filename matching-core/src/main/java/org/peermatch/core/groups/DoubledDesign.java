package org.peermatch.core.groups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A schedule without any repeat for {@code 2 · 2^m} people in groups of 4 ({@code m} = 4 or 6), over up to
 * {@code 2 (2^m − 1) / 3} rounds, the most possible: 32 people in 10 rounds (the Social Golfer Problem's 8-4-10),
 * 128 people in 42 rounds. It is a resolvable group divisible design 4-RGDD of type 2^(2^m), built by doubling a
 * resolvable design in which every pair lies in two blocks.
 *
 * <p><b>Construction.</b> The "points" are the vectors x of GF(2)^m; person {@code 2x + s} ({@code s} = 0 or 1) is
 * copy s of point x. Take 2-dimensional subspaces U_1 … U_L of GF(2)^m that hold every non-zero vector exactly twice
 * (a double cover of the points of PG(m − 1, 2) by lines, found by a seeded backtracking search). The cosets of one
 * U_i split the points into blocks of 4, and as a pair of points x, y lies in the cosets of the two subspaces that
 * hold x + y, the L splits form a resolvable 2-(2^m, 4, 2) design. Each block B becomes two groups of people,
 * {@code {2x + e(B, x)}} and {@code {2x + e(B, x) + 1}} over x in B: they hold the people pairs of two points x and y
 * that are "straight" when {@code e(B, x) + e(B, y)} is 0 (copy 0 with copy 0, 1 with 1) and "crossed" otherwise. The
 * signs e solve a linear system over GF(2), one equation per pair of points: its two blocks have different parities,
 * so its four people pairs meet exactly once each. Round i is made of the groups of U_i's cosets. The two copies of a
 * point never meet: a perfect schedule of W = 2 (2^m − 1) / 3 rounds leaves each person exactly one person unmet.
 *
 * <p>Linear signs ({@code e(B, ·)} a linear form on U_i) can never work (the parities of a subspace's three directions
 * always add up to 0, while the equations add up to 1 over the 2^m − 1 directions), so the solution found by
 * elimination is not linear. When the system of a cover has no solution, another cover is drawn. The plan is
 * checked before it is returned, and certified again by the caller: nothing here is trusted.
 */
final class DoubledDesign {

    /** The largest m built: 128 people; beyond, the elimination's tables grow as 16^m. */
    private static final int MAX_DIMENSION = 6;
    private static final int MAX_COVERS = 50;
    private static final int MAX_NODES = 200_000;

    private final int m;
    private final int points;
    private final int[][] lines;
    /** For each point, the lines through it. */
    private final int[][] through;
    private final SplittableRandom random;

    private DoubledDesign(int m, long seed) {
        this.m = m;
        this.points = 1 << m;
        this.random = new SplittableRandom(seed);
        List<int[]> all = new ArrayList<>();
        for (int a = 1; a < points; a++) {
            for (int b = a + 1; b < points; b++) {
                if ((a ^ b) > b) {
                    all.add(new int[] {a, b, a ^ b});
                }
            }
        }
        this.lines = all.toArray(new int[0][]);
        int[] degree = new int[points];
        this.through = new int[points][(points - 2) / 2];
        for (int l = 0; l < lines.length; l++) {
            for (int p : lines[l]) {
                through[p][degree[p]++] = l;
            }
        }
    }

    /**
     * @param n N people
     * @param size S, the size of every group
     * @return how many rounds without repeats the design gives: {@code 2 (2^m − 1) / 3} when S = 4 and
     *         N = 2 · 2^m with m = 4 or 6; 0 otherwise
     */
    static int rounds(int n, int size) {
        int m = dimension(n, size);
        return m == 0 ? 0 : 2 * ((1 << m) - 1) / 3;
    }

    private static int dimension(int n, int size) {
        if (size != 4 || n < 8 || Integer.bitCount(n) != 1) {
            return 0;
        }
        int m = Integer.numberOfTrailingZeros(n) - 1;
        // m = 2 would need the same line twice: 8 people in groups of 4 cannot meet anew in a second round
        return m % 2 == 0 && m >= 4 && m <= MAX_DIMENSION ? m : 0;
    }

    /**
     * @param n N people
     * @param size S = 4
     * @param seed which cover is drawn first (the schedule is a deterministic function of the seed)
     * @return every round of the design (people in slot order, groups of 4 one after another), no pair meeting
     *         twice; null when the shape has none ({@link #rounds(int, int)} is 0) or no cover with solvable signs
     *         was found within the search's limits
     */
    static int[][] build(int n, int size, long seed) {
        int m = dimension(n, size);
        if (m == 0) {
            return null;
        }
        DoubledDesign design = new DoubledDesign(m, seed);
        for (int attempt = 0; attempt < MAX_COVERS; attempt++) {
            int[][] cover = design.cover();
            if (cover == null) {
                continue;
            }
            int[][] plan = design.lift(cover);
            if (plan != null && withoutRepeat(plan, n)) {
                return plan;
            }
        }
        return null;
    }

    /** Lines (as their three non-zero vectors) covering every non-zero vector exactly twice, or null. */
    private int[][] cover() {
        int wanted = 2 * (points - 1) / 3;
        int[] count = new int[points];
        boolean[] used = new boolean[lines.length];
        int[] chosen = new int[wanted];
        long[] nodes = {0};
        if (!extend(count, used, chosen, 0, nodes)) {
            return null;
        }
        int[][] cover = new int[wanted][];
        for (int i = 0; i < wanted; i++) {
            cover[i] = lines[chosen[i]];
        }
        return cover;
    }

    private boolean extend(int[] count, boolean[] used, int[] chosen, int depth, long[] nodes) {
        if (depth == chosen.length) {
            return true;
        }
        if (++nodes[0] > MAX_NODES) {
            return false;
        }
        // the point with the fewest lines still free through it (a point that can no longer be covered twice ends
        // the branch)
        List<Integer> options = null;
        for (int v = 1; v < points; v++) {
            if (count[v] == 2) {
                continue;
            }
            List<Integer> free = new ArrayList<>();
            for (int l : through[v]) {
                int[] line = lines[l];
                if (!used[l] && count[line[0]] < 2 && count[line[1]] < 2 && count[line[2]] < 2) {
                    free.add(l);
                }
            }
            if (free.size() < 2 - count[v]) {
                return false;
            }
            if (options == null || free.size() < options.size()) {
                options = free;
            }
        }
        for (int i = options.size() - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            Integer swap = options.get(i);
            options.set(i, options.get(k));
            options.set(k, swap);
        }
        for (int l : options) {
            used[l] = true;
            chosen[depth] = l;
            for (int p : lines[l]) {
                count[p]++;
            }
            if (extend(count, used, chosen, depth + 1, nodes)) {
                return true;
            }
            for (int p : lines[l]) {
                count[p]--;
            }
            used[l] = false;
        }
        return false;
    }

    /**
     * Solves the signs for a cover and lifts its blocks to rounds of people, or null when the system has no solution.
     * Block c of line i is the coset of the c-th smallest coset representative; variable {@code (i * blocks + c) * 4
     * + k} is the sign of its k-th smallest point.
     */
    private int[][] lift(int[][] cover) {
        int blocks = points / 4;
        int[][] coset = new int[cover.length][points];
        int[][][] members = new int[cover.length][blocks][];
        for (int i = 0; i < cover.length; i++) {
            int[] u = {0, cover[i][0], cover[i][1], cover[i][2]};
            int c = 0;
            Arrays.fill(coset[i], -1);
            for (int x = 0; x < points; x++) {
                if (coset[i][x] < 0) {
                    int[] block = {x ^ u[0], x ^ u[1], x ^ u[2], x ^ u[3]};
                    Arrays.sort(block);
                    for (int p : block) {
                        coset[i][p] = c;
                    }
                    members[i][c++] = block;
                }
            }
        }
        int variables = cover.length * points;
        int words = (variables + 64) / 64;
        List<long[]> equations = new ArrayList<>();
        for (int x = 0; x < points; x++) {
            for (int y = x + 1; y < points; y++) {
                long[] row = new long[words];
                int holders = 0;
                int d = x ^ y;
                for (int i = 0; i < cover.length; i++) {
                    if (cover[i][0] == d || cover[i][1] == d || cover[i][2] == d) {
                        int block = coset[i][x];
                        flip(row, variable(i, block, members[i][block], x, blocks));
                        flip(row, variable(i, block, members[i][block], y, blocks));
                        holders++;
                    }
                }
                if (holders != 2) {
                    return null;
                }
                flip(row, variables);
                equations.add(row);
            }
        }
        int[] sign = solve(equations, variables);
        if (sign == null) {
            return null;
        }
        int[][] plan = new int[cover.length][2 * points];
        for (int i = 0; i < cover.length; i++) {
            int at = 0;
            for (int c = 0; c < blocks; c++) {
                for (int copy = 0; copy < 2; copy++) {
                    for (int k = 0; k < 4; k++) {
                        int x = members[i][c][k];
                        plan[i][at++] = 2 * x + (sign[(i * blocks + c) * 4 + k] ^ copy);
                    }
                }
            }
        }
        return plan;
    }

    private static int variable(int line, int block, int[] members, int point, int blocks) {
        int k = 0;
        while (members[k] != point) {
            k++;
        }
        return (line * blocks + block) * 4 + k;
    }

    private static void flip(long[] row, int bit) {
        row[bit >>> 6] ^= 1L << (bit & 63);
    }

    private static boolean bit(long[] row, int bit) {
        return (row[bit >>> 6] >>> (bit & 63) & 1L) != 0;
    }

    /** Gaussian elimination over GF(2); column {@code variables} is the right-hand side. Free variables are 0. */
    private static int[] solve(List<long[]> equations, int variables) {
        long[][] rows = equations.toArray(new long[0][]);
        int[] pivotColumn = new int[rows.length];
        int rank = 0;
        for (int column = 0; column < variables && rank < rows.length; column++) {
            int pivot = rank;
            while (pivot < rows.length && !bit(rows[pivot], column)) {
                pivot++;
            }
            if (pivot == rows.length) {
                continue;
            }
            long[] swap = rows[pivot];
            rows[pivot] = rows[rank];
            rows[rank] = swap;
            for (int r = 0; r < rows.length; r++) {
                if (r != rank && bit(rows[r], column)) {
                    for (int w = 0; w < rows[r].length; w++) {
                        rows[r][w] ^= rows[rank][w];
                    }
                }
            }
            pivotColumn[rank++] = column;
        }
        for (int r = rank; r < rows.length; r++) {
            if (bit(rows[r], variables)) {
                return null;
            }
        }
        int[] value = new int[variables];
        for (int r = 0; r < rank; r++) {
            value[pivotColumn[r]] = bit(rows[r], variables) ? 1 : 0;
        }
        return value;
    }

    private static boolean withoutRepeat(int[][] plan, int n) {
        boolean[] met = new boolean[n * n];
        for (int[] round : plan) {
            boolean[] seen = new boolean[n];
            for (int g = 0; g < n; g += 4) {
                for (int a = g; a < g + 4; a++) {
                    if (seen[round[a]]) {
                        return false;
                    }
                    seen[round[a]] = true;
                    for (int b = g; b < a; b++) {
                        int pair = Math.min(round[a], round[b]) * n + Math.max(round[a], round[b]);
                        if (met[pair]) {
                            return false;
                        }
                        met[pair] = true;
                    }
                }
            }
        }
        return true;
    }
}
