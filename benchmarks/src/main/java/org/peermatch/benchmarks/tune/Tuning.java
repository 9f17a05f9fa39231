package org.peermatch.benchmarks.tune;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.benchmarks.run.RunResult;

/**
 * What a tuning run measured: the references of each programme and every variant's outcome, in running order.
 *
 * @param references the greedy baseline and the exact reference of each programme
 * @param outcomes every variant's run on every programme with every seed
 * @param notes runs that failed, in words
 */
public record Tuning(List<RunResult> references, List<VariantOutcome> outcomes, List<String> notes) {

    public Tuning {
        references = List.copyOf(references);
        outcomes = List.copyOf(outcomes);
        notes = List.copyOf(notes);
    }

    /** @return every run, programme by programme: its references, then its variants' runs */
    public List<RunResult> runs() {
        List<RunResult> runs = new ArrayList<>();
        for (String programme : programmes()) {
            references.stream().filter(run -> run.dataset().equals(programme)).forEach(runs::add);
            outcomes.stream().filter(outcome -> outcome.run().dataset().equals(programme))
                    .forEach(outcome -> runs.add(outcome.run()));
        }
        return runs;
    }

    /** @return the programmes' names, in running order */
    public List<String> programmes() {
        List<String> programmes = new ArrayList<>();
        for (RunResult reference : references) {
            if (!programmes.contains(reference.dataset())) {
                programmes.add(reference.dataset());
            }
        }
        return programmes;
    }
}
