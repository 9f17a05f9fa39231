package org.peermatch.benchmarks.run;

/**
 * A better solution found during a run.
 *
 * @param seconds time since the run started (including building the problem)
 * @param score the score as the solver writes it, e.g. {@code 0hard/-12medium/3400soft}, or the affinity totals
 * @param value the benchmark's measure of quality: the covered priority weight (accompaniment) or the total score
 *        (affinity)
 */
public record ScorePoint(double seconds, String score, double value) {
}
