package org.peermatch.benchmarks.run;

import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured, ready for the report writers.
 *
 * @param profile the profile's name
 * @param environment what the figures depend on (Java, cores, max heap, date), in display order
 * @param totalSeconds wall-clock time of the whole run
 * @param runs every run, in running order
 * @param notes datasets skipped and runs that failed, in words
 */
public record BenchmarkRun(String profile, Map<String, String> environment, double totalSeconds,
        List<RunResult> runs, List<String> notes) {

    public BenchmarkRun {
        environment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environment));
        runs = List.copyOf(runs);
        notes = List.copyOf(notes);
    }
}
