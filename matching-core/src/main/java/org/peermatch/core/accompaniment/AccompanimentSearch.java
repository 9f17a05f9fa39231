package org.peermatch.core.accompaniment;

/**
 * How the accompaniment's local search explores, for tuning it on one's own programmes (the benchmarks' variants):
 * the late acceptance size and how often each kind of move is selected, relative to one another.
 *
 * @param lateAcceptanceSize late acceptance compares with the score this many steps back (at least 1)
 * @param slotChange weight of changing the resource person of a participant's slot
 * @param slotSwap weight of swapping the resource persons of two slots
 * @param needChange weight of moving a need to another slot of its participant
 * @param cover weight of the cover move (a need gets a competent resource person in one step)
 * @param chain weight of the cover move's ejection chain
 * @param ruinRecreate weight of ruining and recreating one to three resource persons' pairs
 */
public record AccompanimentSearch(int lateAcceptanceSize, double slotChange, double slotSwap, double needChange,
        double cover, double chain, double ruinRecreate) {

    /**
     * The default: late acceptance over 100 steps (400 wanders too far at M), the cover move three times as often as
     * each generic move, the chain and the ruin and recreate twice as often (benchmarks/README.md, "Findings for
     * tuning").
     */
    public static final AccompanimentSearch DEFAULT = new AccompanimentSearch(100, 1.0, 1.0, 1.0, 3.0, 2.0, 2.0);

    public AccompanimentSearch {
        if (lateAcceptanceSize < 1) {
            throw new IllegalArgumentException("The late acceptance size (" + lateAcceptanceSize
                    + ") is below 1.\nMaybe use 100, the default.");
        }
        double[] weights = {slotChange, slotSwap, needChange, cover, chain, ruinRecreate};
        double total = 0;
        for (double weight : weights) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("A move weight (" + weight + ") is not a finite number >= 0.\n"
                        + "Maybe use 0 to leave a move out, or 1 for as often as a generic move.");
            }
            total += weight;
        }
        if (total == 0) {
            throw new IllegalArgumentException("Every move weight is 0, so the search could not move.\n"
                    + "Maybe give the cover move a weight of 3, as the default does.");
        }
    }
}
