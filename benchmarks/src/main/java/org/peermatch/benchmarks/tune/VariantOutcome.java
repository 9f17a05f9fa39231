package org.peermatch.benchmarks.tune;

import java.util.List;

import org.peermatch.benchmarks.run.RunResult;
import org.peermatch.core.plan.ConstraintScore;

/**
 * One variant's run on one programme with one seed: what the benchmark measures of every run, and its best plan
 * scored with the programme's own weights, whatever weights the variant searched with, so that variants compare.
 *
 * @param variant the variant's name
 * @param run the run's measures, as the benchmark report shows them (its score is the variant's own objective)
 * @param programmeScore the best plan's score with the programme's own weights
 * @param constraints each accompaniment constraint's part of {@code programmeScore}, in the table's order
 */
public record VariantOutcome(String variant, RunResult run, String programmeScore, List<ConstraintScore> constraints) {

    public VariantOutcome {
        constraints = List.copyOf(constraints);
    }
}
