package org.peermatch.core.affinity;

/**
 * A set of participant–resource pairs keyed by their indices, each with a value (e.g. the line that listed it):
 * open addressing on primitive longs with a mixing hash. {@code List.of(participant, resource)} keys in a
 * {@code HashMap} collide massively on ids like {@code p123}/{@code r45} (their hash codes differ by small sums),
 * which made reading 500,000 pairs take seconds.
 */
final class PairKeys {

    private long[] keys;
    private long[] values;
    private int size;

    PairKeys(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new long[capacity];
        java.util.Arrays.fill(keys, -1L);
    }

    /**
     * Adds the pair with its value unless present.
     *
     * @return -1 when added, else the value the pair already had
     */
    long putIfAbsent(int participant, int resource, long value) {
        long key = (long) participant << 32 | resource & 0xFFFFFFFFL;
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != -1L) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        java.util.Arrays.fill(keys, -1L);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1L) {
                putIfAbsent((int) (oldKeys[i] >>> 32), (int) oldKeys[i], oldValues[i]);
            }
        }
    }
}
