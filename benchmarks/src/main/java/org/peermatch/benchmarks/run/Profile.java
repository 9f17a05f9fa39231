package org.peermatch.benchmarks.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peermatch.benchmarks.datasets.GolferInstance;
import org.peermatch.benchmarks.datasets.Size;

/**
 * A named set of datasets with seeds and limits.
 *
 * @param name the profile's name
 * @param datasets the datasets, in running order
 */
public record Profile(String name, List<DatasetSpec> datasets) {

    /** The accompaniment family. */
    public static final String ACCOMPANIMENT = "accompaniment";
    /** The affinity family (the pure assignment core). */
    public static final String AFFINITY = "affinity";
    /** The Social Golfer family (rotating groups). */
    public static final String GOLFER = "golfer";
    /** The MIDL 2018 fixture's dataset name. */
    public static final String MIDL18 = "midl18";

    public Profile {
        datasets = List.copyOf(datasets);
    }

    /**
     * {@code quick}: accompaniment S (10 s) and M (20 s), affinity S and M, MIDL 2018; two seeds each (one for
     * MIDL 2018), affinity L once (its max–min search 10 s), the six Social Golfer instances (5 s), CP-SAT's exact reference at S and M (30 s, 60 s); under
     * four minutes on 2 cores. {@code full}: adds L and XL (60 s) and the affinity L, three seeds (two at XL),
     * golfers 60 s. {@code smoke}: one short run of each family,
     * for tests.
     *
     * @param name quick, full or smoke
     * @return the profile
     * @throws IllegalArgumentException for another name
     */
    public static Profile named(String name) {
        List<DatasetSpec> datasets = new ArrayList<>();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "quick" -> {
                List<Long> seeds = List.of(1L, 2L);
                datasets.add(accompaniment(Size.S, seeds, 10, true));
                datasets.add(accompaniment(Size.M, seeds, 20, true));
                datasets.add(affinity(Size.S, seeds, 5, true));
                datasets.add(affinity(Size.M, seeds, 10, true));
                datasets.add(affinity(Size.L, List.of(1L), 10, false));
                datasets.add(new DatasetSpec(MIDL18, AFFINITY, null, List.of(1L), Duration.ofSeconds(10), true));
                golfers(datasets, List.of(1L), 5);
            }
            case "full" -> {
                List<Long> seeds = List.of(1L, 2L, 3L);
                datasets.add(accompaniment(Size.S, seeds, 10, true));
                datasets.add(accompaniment(Size.M, seeds, 30, true));
                datasets.add(accompaniment(Size.L, seeds, 60, false));
                datasets.add(accompaniment(Size.XL, List.of(1L, 2L), 60, false));
                datasets.add(affinity(Size.S, seeds, 5, true));
                datasets.add(affinity(Size.M, seeds, 10, true));
                datasets.add(affinity(Size.L, seeds, 30, false));
                datasets.add(new DatasetSpec(MIDL18, AFFINITY, null, List.of(1L), Duration.ofSeconds(20), true));
                golfers(datasets, seeds, 60);
            }
            case "smoke" -> {
                datasets.add(accompaniment(Size.S, List.of(1L), 2, true));
                datasets.add(affinity(Size.S, List.of(1L), 1, true));
                datasets.add(new DatasetSpec(MIDL18, AFFINITY, null, List.of(1L), Duration.ofSeconds(1), false));
                datasets.add(new DatasetSpec(GOLFER + "-5-3-7", GOLFER, null, List.of(1L), Duration.ofSeconds(1),
                        false));
            }
            default -> throw new IllegalArgumentException("Unknown profile (" + name + ").\n"
                    + "Maybe use quick, full or smoke.");
        }
        return new Profile(name.toLowerCase(Locale.ROOT), datasets);
    }

    private static void golfers(List<DatasetSpec> datasets, List<Long> seeds, int seconds) {
        for (GolferInstance instance : GolferInstance.ISSUE_6) {
            datasets.add(new DatasetSpec(GOLFER + "-" + instance.name(), GOLFER, null, seeds,
                    Duration.ofSeconds(seconds), false));
        }
    }

    private static DatasetSpec accompaniment(Size size, List<Long> seeds, int seconds, boolean check) {
        Duration exact = size == Size.S ? Duration.ofSeconds(30) : size == Size.M ? Duration.ofSeconds(60) : null;
        return new DatasetSpec(ACCOMPANIMENT + "-" + size, ACCOMPANIMENT, size, seeds, Duration.ofSeconds(seconds),
                check, List.of(), exact);
    }

    private static DatasetSpec affinity(Size size, List<Long> seeds, int seconds, boolean check) {
        return new DatasetSpec(AFFINITY + "-" + size, AFFINITY, size, seeds, Duration.ofSeconds(seconds), check);
    }
}
