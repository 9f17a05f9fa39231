package org.peermatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.peermatch.core.affinity.AffinityAssigner;
import org.peermatch.core.affinity.AffinityCsv;
import org.peermatch.core.affinity.AffinityCsvSources;
import org.peermatch.core.affinity.AffinityInputException;
import org.peermatch.core.affinity.AffinityOptions;
import org.peermatch.core.affinity.AffinityProblem;
import org.peermatch.core.affinity.AffinityResult;
import org.peermatch.core.affinity.DemandGap;
import org.peermatch.core.affinity.Fairness;
import org.peermatch.core.affinity.FeasibilityIssue;
import org.peermatch.core.affinity.InputProblem;
import org.peermatch.core.affinity.LoadGap;
import org.peermatch.core.affinity.RandomizedAssignment;
import org.peermatch.core.io.DurationText;
import org.peermatch.core.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peer-match assign}: the best assignment of resources to participants from a CSV of pair scores, under
 * demands, loads and conflicts. Writes {@code participant,resource,score}; progress and summary go to stderr.
 */
@Command(name = "assign", mixinStandardHelpOptions = true, sortOptions = false)
public final class AssignCommand implements Callable<Integer> {

    /** Every demand and load met. */
    static final int COMPLETE = 0;
    /** Solved, but some demands or min loads are not met. */
    static final int GAPS = 1;
    /** Invalid input or usage; nothing written. */
    static final int INVALID = 2;

    private static final int MAX_GAPS_LISTED = 20;
    /** Input problems listed at most; the count of the others follows. */
    private static final int MAX_PROBLEMS_LISTED = 50;
    private static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    /** The probability limit of --randomize without --max-probability. */
    private static final double DEFAULT_MAX_PROBABILITY = 0.5;

    @Spec
    private CommandSpec spec;

    /** The committee's options (forced pairs, groups, weighted scores, alternates), once the usage is checked. */
    private CommitteeOptions committee;

    @Option(names = "--scores", required = true, paramLabel = "scores.csv[:weight]")
    private List<String> scores;

    @Option(names = "--demand", required = true, paramLabel = "demand.csv|N")
    private String demand;

    @Option(names = "--loads", paramLabel = "loads.csv")
    private Path loads;

    @Option(names = "--max-load", paramLabel = "N")
    private Integer maxLoad;

    @Option(names = "--min-load", paramLabel = "N")
    private Integer minLoad;

    @Option(names = "--conflicts", paramLabel = "conflicts.csv")
    private Path conflicts;

    @Option(names = "--fairness", paramLabel = "none|maxmin", defaultValue = "none")
    private String fairness;

    @Option(names = "--time-limit", paramLabel = "D")
    private String timeLimit;

    @Option(names = "--move-limit", paramLabel = "N")
    private Long moveLimit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "assignment.csv")
    private Path out;

    @Option(names = "--forced", paramLabel = "forced.csv")
    private Path forced;

    @Option(names = "--alternates", paramLabel = "K")
    private Integer alternates;

    @Option(names = "--groups", paramLabel = "groups.csv")
    private Path groups;

    @Option(names = "--group-rule", paramLabel = "group:min:max")
    private List<String> groupRules;

    @Option(names = "--randomize")
    private boolean randomize;

    @Option(names = "--max-probability", paramLabel = "Q")
    private Double maxProbability;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = language.messages();
        Fairness chosenFairness = parseFairness(err, messages);
        Duration limit = timeLimit == null ? (moveLimit == null ? DEFAULT_TIME_LIMIT : null) : Durations.parse(timeLimit);
        boolean limitValid = timeLimit == null || limit != null && DurationText.usable(limit);
        if (!limitValid) {
            err.println(messages.get("assign.timeLimit.invalid", timeLimit));
            err.println(messages.get("assign.timeLimit.invalid.advice"));
        }
        AffinityCsvSources sources = sources(err, messages);
        if (sources != null) {
            Map<String, Path> inputs = new LinkedHashMap<>();
            committee = new CommitteeOptions(scores, forced, alternates, groups, groupRules, language);
            committee.addInputs(inputs);
            inputs.put("--demand", sources.demandFile());
            inputs.put("--loads", sources.loadsFile());
            inputs.put("--conflicts", sources.conflicts());
            InputGuard.refuseOverwrite(language.messages(), "--out", out, inputs);
        }
        if (chosenFairness != null && !randomizeValid(chosenFairness, err)) {
            err.flush();
            return INVALID;
        }
        if (chosenFairness == null || sources == null || !limitValid || !committee.valid(chosenFairness, out, err)) {
            err.flush();
            return INVALID;
        }
        AffinityProblem problem;
        long readStart = System.nanoTime();
        try {
            problem = committee.read(sources);
        } catch (AffinityInputException e) {
            err.println(messages.get("assign.invalid", e.problems().size()));
            List<InputProblem> shown = e.problems().subList(0, Math.min(e.problems().size(), MAX_PROBLEMS_LISTED));
            for (InputProblem problemFound : shown) {
                err.println(problemFound.describe(messages));
            }
            if (e.problems().size() > shown.size()) {
                err.println(messages.get("assign.moreProblems", e.problems().size() - shown.size()));
            }
            err.flush();
            return INVALID;
        }
        long pairCount = problem.pairs().size();
        err.println(messages.get("assign.read", problem.participants().size(), problem.resources().size(),
                pairCount, problem.totalDemand(), (System.nanoTime() - readStart) / 1e9,
                chosenFairness.name().toLowerCase(Locale.ROOT)));
        List<FeasibilityIssue> issues = AffinityAssigner.check(problem, messages);
        for (FeasibilityIssue issue : issues) {
            err.println(issue.message());
            err.println(cliAdvice(issue, messages));
        }
        if (!issues.isEmpty()) {
            err.println(messages.get("assign.check.gaps"));
        }
        err.flush();
        if (randomize) {
            return randomized(problem, err);
        }
        AffinityOptions options = new AffinityOptions(limit, moveLimit, seed, chosenFairness);
        AffinityResult result = committee.constrained() ? committee.solve(problem, options, err)
                : AffinityAssigner.solve(problem, options, (worst, total, elapsed) -> {
            if (chosenFairness == Fairness.MAXMIN) {
                err.println(messages.get("assign.bestSoFar", worst, total, elapsed.toMillis() / 1000.0));
                err.flush();
            }
        });
        try {
            AffinityCsv.writeAssignment(result.pairs(), out);
            if (!committee.writeAlternates(problem, result, out, err)) {
                return ExitCode.FAILED.code();
            }
        } catch (IOException e) {
            // The same failure as solve's: the input was fine, the output could not be written.
            err.println(messages.get("assign.cannotWrite", out, e.getMessage()));
            err.println(messages.get("assign.cannotWrite.advice"));
            err.flush();
            return ExitCode.FAILED.code();
        }
        err.println(messages.get("assign.total", result.totalScore(), result.worstParticipantTotal(),
                result.pairs().size(), result.statistics().spent().toMillis() / 1000.0,
                messages.get(!result.statistics().optimal() ? "assign.total.notProven"
                        : result.complete() ? "assign.total.optimal" : "assign.total.optimalComplete")));
        err.println(messages.get("cli.wrote", out));
        if (!result.complete()) {
            reportGaps(result, err, messages);
        }
        boolean groupsComplete = committee.reportGroupGaps(err);
        err.flush();
        return result.complete() && groupsComplete ? COMPLETE : GAPS;
    }

    /** @return whether --randomize and --max-probability are usable together with the other options (else told) */
    private boolean randomizeValid(Fairness chosenFairness, PrintWriter err) {
        Messages messages = language.messages();
        if (!randomize) {
            if (maxProbability != null) {
                err.println(messages.get("assign.randomize.probabilityAlone"));
                err.println(messages.get("assign.randomize.probabilityAlone.advice"));
                return false;
            }
            return true;
        }
        double q = maxProbability == null ? DEFAULT_MAX_PROBABILITY : maxProbability;
        if (!(q > 0) || q > 1 || Math.floor(q * RandomizedAssignment.UNITS + 1e-9) < 1) {
            err.println(messages.get("assign.randomize.probability", String.valueOf(q)));
            err.println(messages.get("assign.randomize.probability.advice"));
            return false;
        }
        if (chosenFairness != Fairness.NONE || forced != null || groups != null || groupRules != null
                || alternates != null) {
            err.println(messages.get("assign.randomize.alone"));
            err.println(messages.get("assign.randomize.alone.advice"));
            return false;
        }
        return true;
    }

    /** Solves the fractional assignment, draws one assignment from it and writes it. */
    private int randomized(AffinityProblem problem, PrintWriter err) {
        Messages messages = language.messages();
        double q = maxProbability == null ? DEFAULT_MAX_PROBABILITY : maxProbability;
        RandomizedAssignment.Result result;
        try {
            result = RandomizedAssignment.solve(problem, q, seed);
        } catch (IllegalArgumentException e) {
            err.println(messages.get("assign.randomize.infeasible", String.valueOf(q)));
            err.println(messages.get("assign.randomize.infeasible.advice"));
            err.flush();
            return INVALID;
        }
        try {
            AffinityCsv.writeAssignment(result.pairs(), out);
        } catch (IOException e) {
            err.println(messages.get("cli.error.cannotWriteFile", out.toString(), String.valueOf(e.getMessage())));
            err.println(messages.get("cli.error.cannotWriteFile.advice"));
            err.flush();
            return ExitCode.FAILED.code();
        }
        err.println(messages.get("assign.randomize.done", String.format(Locale.ROOT, "%.6f", result.expectedScore()),
                String.valueOf(q), String.format(Locale.ROOT, "%.6f", result.drawnScore()), result.pairs().size(),
                String.valueOf(seed)));
        err.println(messages.get("cli.wrote", out.toString()));
        err.flush();
        return COMPLETE;
    }

    private void reportGaps(AffinityResult result, PrintWriter err, Messages messages) {
        err.println(messages.get("assign.gaps", result.demandGaps().size(), result.loadGaps().size()));
        int listed = 0;
        for (DemandGap gap : result.demandGaps()) {
            if (listed++ == MAX_GAPS_LISTED) {
                break;
            }
            err.println(messages.get("assign.gaps.participant", gap.participant(), gap.assigned(), gap.demand()));
        }
        listed = 0;
        for (LoadGap gap : result.loadGaps()) {
            if (listed++ == MAX_GAPS_LISTED) {
                break;
            }
            err.println(messages.get("assign.gaps.resource", gap.resource(), gap.load(), gap.minLoad()));
        }
        if (result.demandGaps().size() > MAX_GAPS_LISTED || result.loadGaps().size() > MAX_GAPS_LISTED) {
            err.println(messages.get("assign.gaps.more"));
        }
    }

    /** The advice of an issue, in terms of this command's options where they apply. */
    private String cliAdvice(FeasibilityIssue issue, Messages messages) {
        if (issue.kind() == FeasibilityIssue.Kind.DEMAND_EXCEEDS_MAX_LOAD && maxLoad != null) {
            return messages.get("assign.check.demandExceedsMax.option", issue.suggestedValue());
        }
        if (issue.kind() == FeasibilityIssue.Kind.MIN_LOAD_EXCEEDS_DEMAND && minLoad != null) {
            return messages.get("assign.check.minExceedsDemand.option", issue.suggestedValue());
        }
        return issue.advice();
    }

    private Fairness parseFairness(PrintWriter err, Messages messages) {
        String value = fairness.strip().toLowerCase(Locale.ROOT);
        if (value.equals("none")) {
            return Fairness.NONE;
        }
        if (value.equals("maxmin")) {
            return Fairness.MAXMIN;
        }
        err.println(messages.get("assign.fairness.invalid", fairness));
        err.println(messages.get("assign.fairness.invalid.advice"));
        return null;
    }

    private AffinityCsvSources sources(PrintWriter err, Messages messages) {
        boolean valid = true;
        if (moveLimit != null && moveLimit < 0) {
            err.println(messages.get("assign.moveLimit.negative", moveLimit));
            err.println(messages.get("assign.moveLimit.negative.advice"));
            valid = false;
        }
        if ((loads == null) == (maxLoad == null)) {
            err.println(messages.get(loads == null ? "assign.loads.neither" : "assign.loads.both"));
            err.println(messages.get("assign.loads.one.advice"));
            valid = false;
        }
        if (loads != null && minLoad != null) {
            err.println(messages.get("assign.minLoad.withLoads"));
            err.println(messages.get("assign.minLoad.withLoads.advice"));
            valid = false;
        }
        Path demandFile = null;
        Integer demandEach = null;
        String value = demand.strip();
        if (value.matches("-?\\d+")) {
            try {
                demandEach = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                demandEach = -1;
            }
            if (demandEach < 0) {
                err.println(messages.get("assign.demand.option", demand));
                err.println(messages.get("assign.demand.option.advice"));
                valid = false;
            }
        } else {
            demandFile = Path.of(value);
        }
        return valid ? new AffinityCsvSources(Path.of(scores.get(0)), demandFile, demandEach, loads, maxLoad, minLoad, conflicts)
                : null;
    }
}
