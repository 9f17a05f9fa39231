package org.peermatch.benchmarks.datasets;

/** The sizes of generated datasets, by number of participants. */
public enum Size {
    /** A small programme: 30 participants. */
    S(30),
    /** A regional programme: 300 participants. */
    M(300),
    /** A national programme: 3,000 participants. */
    L(3_000),
    /** A federation of programmes: 10,000 participants. */
    XL(10_000);

    private final int participants;

    Size(int participants) {
        this.participants = participants;
    }

    /** @return how many participants a dataset of this size has */
    public int participants() {
        return participants;
    }
}
