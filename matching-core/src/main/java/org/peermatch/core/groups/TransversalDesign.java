package org.peermatch.core.groups;

/**
 * An algebraic start for rotating groups when the shape allows it: {@code N = g * S} people (all groups of size S)
 * and {@code g} a prime power with {@code S <= g}. Person {@code (x, j)}, with {@code x} in the finite field GF(g)
 * and {@code j < S}, sits in group {@code x - m * j} in round {@code m}: two people of different {@code j} meet in
 * exactly one of these {@code g} rounds, two people of the same {@code j} in none (a resolvable transversal design
 * TD(S, g)). When S divides g, one more round groups people of the same {@code j} together. For 32 people in groups
 * of 4 this gives 9 rounds without any repeat (the Social Golfer Problem 8-4-9) at once; local search then works
 * on further rounds, history and forbidden pairs.
 *
 * <p>Finite fields GF(p^k) are built by brute force (an irreducible polynomial found by checking that every
 * non-zero element has an inverse), O(g^2 k^2); only for {@code g <= 256}.
 */
final class TransversalDesign {

    private static final int MAX_FIELD = 256;

    private TransversalDesign() {
    }

    /**
     * @param groups g, the number of groups per round
     * @param size S, the size of every group
     * @return how many rounds without repeats the design gives: g, or g + 1 when S divides g; 0 when the shape
     *         does not allow it
     */
    static int rounds(int groups, int size) {
        if (size > groups || groups > MAX_FIELD || primeOf(groups) == 0) {
            return 0;
        }
        return groups % size == 0 ? groups + 1 : groups;
    }

    /**
     * The design's rounds, on people {@code 0..g*S-1} where person {@code x * S + j} stands for {@code (x, j)}.
     *
     * @param groups g (a prime power, at least {@code size})
     * @param size S
     * @return for each of {@link #rounds(int, int)} rounds, the people in slot order (group after group)
     */
    static int[][] build(int groups, int size) {
        int count = rounds(groups, size);
        if (count == 0) {
            throw new IllegalArgumentException("No transversal design for " + groups + " groups of " + size + ".");
        }
        int[][] multiply = multiplicationTable(groups);
        int n = groups * size;
        int[][] plan = new int[count][n];
        for (int m = 0; m < groups; m++) {
            for (int x = 0; x < groups; x++) {
                for (int j = 0; j < size; j++) {
                    int group = subtract(x, multiply[m][j], groups);
                    plan[m][group * size + j] = x * size + j;
                }
            }
        }
        if (count > groups) {
            int at = 0;
            for (int j = 0; j < size; j++) {
                for (int x = 0; x < groups; x++) {
                    plan[groups][at++] = x * size + j;
                }
            }
        }
        return plan;
    }

    /** @return p when q = p^k for a prime p, else 0 */
    static int primeOf(int q) {
        if (q < 2) {
            return 0;
        }
        int p = 2;
        while (q % p != 0) {
            p++;
        }
        int rest = q;
        while (rest % p == 0) {
            rest /= p;
        }
        return rest == 1 ? p : 0;
    }

    /** Field elements are base-p digit vectors (polynomial coefficients); addition is digit-wise mod p. */
    private static int subtract(int a, int b, int q) {
        int p = primeOf(q);
        int result = 0;
        int weight = 1;
        while (weight < q) {
            int da = a / weight % p;
            int db = b / weight % p;
            result += Math.floorMod(da - db, p) * weight;
            weight *= p;
        }
        return result;
    }

    /** The multiplication table of GF(q), q = p^k. */
    static int[][] multiplicationTable(int q) {
        int p = primeOf(q);
        int k = 0;
        for (int x = 1; x < q; x *= p) {
            k++;
        }
        // try monic polynomials x^k + c(x) until the product is a field
        for (int c = 0; c < q; c++) {
            int[][] table = new int[q][q];
            for (int a = 0; a < q; a++) {
                for (int b = 0; b < q; b++) {
                    table[a][b] = multiply(a, b, c, p, k);
                }
            }
            if (isField(table, q)) {
                return table;
            }
        }
        throw new IllegalStateException("No irreducible polynomial found for GF(" + q + ").");
    }

    private static boolean isField(int[][] table, int q) {
        for (int a = 1; a < q; a++) {
            boolean inverse = false;
            for (int b = 1; b < q && !inverse; b++) {
                inverse = table[a][b] == 1;
            }
            if (!inverse) {
                return false;
            }
        }
        return true;
    }

    /** Multiplies polynomials a and b over GF(p) modulo x^k + c(x), all as base-p digit vectors. */
    private static int multiply(int a, int b, int c, int p, int k) {
        int[] product = new int[2 * k];
        int[] da = digits(a, p, k);
        int[] db = digits(b, p, k);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                product[i + j] = (product[i + j] + da[i] * db[j]) % p;
            }
        }
        int[] dc = digits(c, p, k);
        // x^k = -c(x)
        for (int d = 2 * k - 1; d >= k; d--) {
            int coefficient = product[d];
            if (coefficient != 0) {
                product[d] = 0;
                for (int i = 0; i < k; i++) {
                    product[d - k + i] = Math.floorMod(product[d - k + i] - coefficient * dc[i], p);
                }
            }
        }
        int result = 0;
        for (int i = k - 1; i >= 0; i--) {
            result = result * p + product[i];
        }
        return result;
    }

    private static int[] digits(int value, int p, int k) {
        int[] digits = new int[k];
        for (int i = 0; i < k; i++) {
            digits[i] = value % p;
            value /= p;
        }
        return digits;
    }
}
