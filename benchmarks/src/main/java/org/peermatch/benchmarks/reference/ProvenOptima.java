package org.peermatch.benchmarks.reference;

import java.util.List;
import java.util.Optional;

/**
 * Optima of the accompaniment value proven outside the profiles, for datasets whose exact solve takes longer than a
 * profile allows. Each is tied to its instance by its needs and allowed pairs, so a generator change that alters the
 * instance drops it, and says how it was proven and how to prove it again.
 */
public final class ProvenOptima {

    /**
     * @param dataset the dataset's name, e.g. {@code accompaniment-M}
     * @param seed its seed
     * @param needs its needs
     * @param pairs its allowed (need, resource person) pairs, as {@link CoverageModel#arcCount()} counts them
     * @param value the optimum of the covered priority weight
     * @param how the solver, its time and the command that proves it again
     */
    public record Optimum(String dataset, long seed, int needs, long pairs, long value, String how) {
    }

    private static final List<Optimum> KNOWN = List.of(
            new Optimum("accompaniment-M", 1, 635, 8_422, 1_140,
                    "proven by HiGHS (OR-Tools' MIP wrapper, one thread) in 482 s on 2026-11-28; "
                            + "benchmarks/README.md, Tighter proven references"),
            new Optimum("accompaniment-M", 2, 584, 6_832, 1_065,
                    "proven by SCIP (OR-Tools, one thread) in 1,668 s on 2026-12-06: benchmarks/run-benchmarks "
                            + "--profile quick --datasets accompaniment-M --seeds 2 --exact-solver scip "
                            + "--exact-limit 3000"));

    private ProvenOptima() {
    }

    /**
     * @param dataset the dataset's name
     * @param seed its seed
     * @param model its allowed pairs, which name the instance with its needs
     * @return the optimum proven for exactly that instance, if any
     */
    public static Optional<Optimum> of(String dataset, long seed, CoverageModel model) {
        return of(dataset, seed, model.needCount(), model.arcCount());
    }

    static Optional<Optimum> of(String dataset, long seed, int needs, long pairs) {
        return KNOWN.stream().filter(o -> o.dataset().equals(dataset) && o.seed() == seed && o.needs() == needs
                && o.pairs() == pairs).findFirst();
    }

    /** @return every optimum known */
    public static List<Optimum> all() {
        return KNOWN;
    }
}
