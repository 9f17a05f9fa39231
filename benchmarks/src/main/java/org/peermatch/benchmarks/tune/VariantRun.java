package org.peermatch.benchmarks.tune;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.benchmarks.run.AccompanimentBench;
import org.peermatch.benchmarks.run.HeapMonitor;
import org.peermatch.core.accompaniment.AccompanimentConstraint;
import org.peermatch.core.accompaniment.AccompanimentPlan;
import org.peermatch.core.accompaniment.AccompanimentProblem;
import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.accompaniment.AccompanimentProposals;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.ConstraintScores;
import org.peermatch.core.scoring.PairScoring;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One variant on one programme with one seed, in a JVM of its own (started by {@link TuningRunner}, so that one
 * variant's memory cannot disturb another's figures): solves the programme's individual accompaniment with the
 * variant's limits, move mix and weights, and writes what it measured as JSON.
 *
 * <pre>
 * java -cp peer-match-benchmarks.jar org.peermatch.benchmarks.tune.VariantRun PROGRAMME TUNING VARIANT SEED RESULT
 * </pre>
 */
public final class VariantRun {

    private VariantRun() {
    }

    /**
     * Entry point of the child JVM; exits 0 when the result is written, 2 on bad arguments, 3 when the run fails.
     *
     * @param args the programme document, the tuning file, the variant's name, the seed and the result file
     */
    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("Usage: VariantRun PROGRAMME TUNING VARIANT SEED RESULT");
            System.exit(2);
        }
        try {
            Variant variant = Variants.read(Path.of(args[1])).stream().filter(v -> v.name().equals(args[2]))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("No variant " + args[2] + "."));
            Programme programme = ProgrammeReader.read(Path.of(args[0]));
            ObjectNode result = run(programme, variant, Long.parseLong(args[3]));
            Files.writeString(Path.of(args[4]), JsonMapper.builder().build().writeValueAsString(result),
                    StandardCharsets.UTF_8);
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(3);
        }
    }

    /**
     * @param programme the programme, as read
     * @param variant the variant: its weights are laid over the programme's
     * @param seed the solver's seed
     * @return the measures: wall and solver seconds, the final score and covered priority weight, violations,
     *         moves, heap, the better scores over time, and the best plan scored with the programme's own weights
     *         ({@code programmeScore}, the yardstick the ranking compares) with each constraint's part of it
     */
    static ObjectNode run(Programme programme, Variant variant, long seed) throws InterruptedException {
        Map<String, Long> weights = new LinkedHashMap<>(programme.weights());
        weights.putAll(variant.weights());
        Programme tuned = programme.withWeights(weights)
                .withSolver(new SolverSettings(variant.timeLimit(), null, variant.moveLimit(), seed));
        long totalWeight = totalWeight(tuned);
        ObjectNode result = JsonMapper.builder().build().createObjectNode();
        List<double[]> times = Collections.synchronizedList(new ArrayList<>());
        List<String> scores = Collections.synchronizedList(new ArrayList<>());
        try (HeapMonitor heap = HeapMonitor.start()) {
            long start = System.nanoTime();
            PairScoring scoring = new PairScoring(tuned);
            AccompanimentPlan problem = AccompanimentProblem.build(tuned, scoring);
            // as the facade configures it: the coverage packing where it pays
            SolverFactory<AccompanimentPlan> factory = SolverFactory.create(AccompanimentProblem.solverConfig(
                    tuned.solver(), EnvironmentMode.PHASE_ASSERT, variant.search(), false,
                    AccompanimentProblem.packs(problem)));
            try (SolverManager<AccompanimentPlan> manager = SolverManager.create(factory)) {
                SolverJob<AccompanimentPlan> job = manager.solveBuilder()
                        .withProblemId(variant.name() + "-" + seed)
                        .withProblem(problem)
                        .withBestSolutionEventConsumer(event -> {
                            synchronized (times) {
                                times.add(new double[] {(System.nanoTime() - start) / 1e9});
                                scores.add(event.solution().getScore().toString());
                            }
                        })
                        .run();
                AccompanimentPlan best;
                try {
                    best = job.getFinalBestSolution();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Variant " + variant.name() + " failed.", e.getCause());
                }
                AccompanimentProposal proposal = AccompanimentProposals.of(tuned, scoring, factory, best);
                result.put("wall", (System.nanoTime() - start) / 1e9);
                result.put("solverSeconds", job.getSolvingDuration().toNanos() / 1e9);
                result.put("score", proposal.score());
                result.put("value", AccompanimentBench.coveredWeight(proposal.assignments()));
                result.put("violations", proposal.violations().size());
                result.put("moves", job.getMoveEvaluationCount());
                result.put("movesPerSecond", job.getMoveEvaluationSpeed());
                result.put("peakHeapMb", heap.peakUsedBytes() / 1048576.0);
                result.put("liveHeapMb", heap.peakLiveBytes() / 1048576.0);
                ArrayNode points = result.putArray("points");
                synchronized (times) {
                    for (int i = 0; i < times.size(); i++) {
                        HardMediumSoftScore score = HardMediumSoftScore.parseScore(scores.get(i));
                        points.addObject().put("seconds", times.get(i)[0]).put("score", scores.get(i))
                                .put("value", AccompanimentBench.coveredFromScore(totalWeight, tuned.weights(), score));
                    }
                }
                // The common yardstick of every variant: the best plan scored with the programme's own weights.
                best.setConstraintWeightOverrides(AccompanimentProblem.weightOverrides(programme.weights()));
                ConstraintScores yardstick = ConstraintScores.of(factory, best, AccompanimentConstraint.definitions(),
                        programme.weights());
                result.put("programmeScore", yardstick.score().toString());
                ArrayNode constraints = result.putArray("constraints");
                for (ConstraintScore constraint : yardstick.constraints()) {
                    constraints.addObject().put("id", constraint.id()).put("level", constraint.level().name())
                            .put("weight", constraint.weight()).put("score", constraint.score());
                }
            }
        }
        return result;
    }

    /** @return the priority weight of every accompaniment need (3, 2, 1 for priorities 1, 2, 3) */
    static long totalWeight(Programme programme) {
        long total = 0;
        for (Member member : programme.members()) {
            if (member.requests(Mode.ACCOMPANIMENT)) {
                for (Need need : member.needs()) {
                    total += need.priorityWeight();
                }
            }
        }
        return total;
    }
}
