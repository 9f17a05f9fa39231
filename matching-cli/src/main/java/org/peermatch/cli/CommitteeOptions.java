package org.peermatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peermatch.core.affinity.AffinityConstraints;
import org.peermatch.core.affinity.AffinityCsv;
import org.peermatch.core.affinity.AffinityCsvSources;
import org.peermatch.core.affinity.AffinityInputException;
import org.peermatch.core.affinity.AffinityOptions;
import org.peermatch.core.affinity.AffinityProblem;
import org.peermatch.core.affinity.AffinityResult;
import org.peermatch.core.affinity.Alternate;
import org.peermatch.core.affinity.Alternates;
import org.peermatch.core.affinity.CommitteeCsv;
import org.peermatch.core.affinity.ConstrainedAssigner;
import org.peermatch.core.affinity.ConstrainedResult;
import org.peermatch.core.affinity.Fairness;
import org.peermatch.core.affinity.ForcedPair;
import org.peermatch.core.affinity.GroupGap;
import org.peermatch.core.affinity.GroupRule;
import org.peermatch.core.affinity.InputProblem;
import org.peermatch.core.text.Messages;

/**
 * {@code assign}'s committee options: weighted {@code --scores}, {@code --forced}, {@code --groups} with
 * {@code --group-rule}, and {@code --alternates}. Checks their usage, reads their files with the problem, solves
 * with {@link ConstrainedAssigner} when a pair is forced or a group ruled, and writes {@code alternates.csv}.
 */
final class CommitteeOptions {

    private static final int MAX_GAPS_LISTED = 20;
    /** The alternates' file name, beside {@code --out}. */
    private static final String ALTERNATES = "alternates.csv";

    private final List<CommitteeCsv.WeightedFile> scoreFiles = new ArrayList<>();
    private final Path forced;
    private final Integer alternates;
    private final Path groups;
    private final List<String> groupRules;
    private final LanguageOption language;
    /** The sentences, loaded on first use: most runs print none of them. */
    private Messages messages;
    private final List<InputProblem> usage = new ArrayList<>();
    private AffinityConstraints constraints = AffinityConstraints.NONE;
    private ConstrainedResult constrainedResult;

    CommitteeOptions(List<String> scores, Path forced, Integer alternates, Path groups, List<String> groupRules,
            LanguageOption language) {
        this.language = language;
        for (String text : scores) {
            scoreFiles.add(CommitteeCsv.weightedFile(text, this::messages, usage));
        }
        this.forced = forced;
        this.alternates = alternates;
        this.groups = groups;
        this.groupRules = groupRules == null ? List.of() : groupRules;
    }

    private Messages messages() {
        if (messages == null) {
            messages = language.messages();
        }
        return messages;
    }

    /** Adds the input files, so that {@code --out} never overwrites one. */
    void addInputs(Map<String, Path> inputs) {
        for (int i = 0; i < scoreFiles.size(); i++) {
            inputs.put(i == 0 ? "--scores" : "--scores (" + (i + 1) + ")", scoreFiles.get(i).file());
        }
        inputs.put("--forced", forced);
        inputs.put("--groups", groups);
    }

    /** @return whether the usage is valid; else the problems are printed, each with its advice */
    boolean valid(Fairness fairness, Path out, PrintWriter err) {
        boolean outIsAlternates = alternates != null && out.getFileName() != null
                && out.getFileName().toString().equals(ALTERNATES);
        if (outIsAlternates) {
            err.println(messages().get("assign.alternates.sameAsOut", out.toString()));
            err.println(messages().get("assign.alternates.sameAsOut.advice"));
        }
        if (alternates != null && alternates < 0) {
            err.println(messages().get("assign.alternates.count", alternates.toString()));
            err.println(messages().get("assign.alternates.count.advice"));
        }
        if (!groupRules.isEmpty() && groups == null) {
            err.println(messages().get("assign.rule.noGroups"));
            err.println(messages().get("assign.rule.noGroups.advice"));
        }
        boolean constrainedUsage = forced != null || groups != null || !groupRules.isEmpty();
        if (fairness == Fairness.MAXMIN && constrainedUsage) {
            err.println(messages().get("assign.maxmin.constrained"));
            err.println(messages().get("assign.maxmin.constrained.advice"));
        }
        for (InputProblem problem : usage) {
            err.println(problem.message());
            err.println(problem.advice());
        }
        return !outIsAlternates && (alternates == null || alternates >= 0) && (groupRules.isEmpty() || groups != null)
                && !(fairness == Fairness.MAXMIN && constrainedUsage) && usage.isEmpty();
    }

    /**
     * Reads the problem from its (weighted) scores files, then the groups, rules and forced pairs.
     *
     * @throws AffinityInputException listing every problem of every file
     */
    AffinityProblem read(AffinityCsvSources sources) throws AffinityInputException {
        List<Path> files = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (CommitteeCsv.WeightedFile file : scoreFiles) {
            files.add(file.file());
            weights.add(file.weight());
        }
        AffinityProblem problem = AffinityCsv.read(sources, files, weights, messages());
        if (forced == null && groups == null && groupRules.isEmpty()) {
            return problem;
        }
        List<InputProblem> problems = new ArrayList<>();
        Map<String, String> groupOf = groups == null ? Map.of()
                : CommitteeCsv.groups(groups, problem, messages(), problems);
        List<GroupRule> rules = CommitteeCsv.rules(groupRules, groupOf, messages(), problems);
        List<ForcedPair> forcedPairs = forced == null ? List.of()
                : CommitteeCsv.forced(forced, problem, groupOf, rules, messages(), problems);
        if (!problems.isEmpty()) {
            throw new AffinityInputException(problems);
        }
        constraints = new AffinityConstraints(forcedPairs, groupOf, rules);
        return problem;
    }

    /** @return whether a pair is forced or a group ruled */
    boolean constrained() {
        return !constraints.forced().isEmpty() || constraints.grouped();
    }

    /** Solves under the constraints (exact, fairness none) and says how many forced pairs were kept. */
    AffinityResult solve(AffinityProblem problem, AffinityOptions options, PrintWriter err) {
        constrainedResult = ConstrainedAssigner.solve(problem, constraints, options);
        if (!constraints.forced().isEmpty()) {
            err.println(messages().get("assign.forced.kept", constraints.forced().size()));
        }
        return constrainedResult.result();
    }

    /**
     * Writes {@code alternates.csv} beside {@code out} when {@code --alternates} is given.
     *
     * @return false when it could not be written (the reason printed)
     */
    boolean writeAlternates(AffinityProblem problem, AffinityResult result, Path out, PrintWriter err) {
        if (alternates == null) {
            return true;
        }
        List<Alternate> found = Alternates.find(problem, constraints, result.pairs(), alternates);
        Path target = out.toAbsolutePath().resolveSibling(ALTERNATES);
        try {
            AtomicFiles.write(List.of(new AtomicFiles.Output(target,
                    stream -> CommitteeCsv.writeAlternates(found, stream))));
        } catch (java.io.IOException e) {
            err.println(messages().get("assign.alternates.cannotWrite", target.toString(), e.getMessage()));
            err.println(messages().get("assign.alternates.cannotWrite.advice"));
            return false;
        }
        err.println(messages().get("assign.alternates.wrote", found.size(), target.toString()));
        return true;
    }

    /** @return whether every group minimum is met; else the gaps are printed */
    boolean reportGroupGaps(PrintWriter err) {
        if (constrainedResult == null || constrainedResult.groupGaps().isEmpty()) {
            return true;
        }
        List<GroupGap> gaps = constrainedResult.groupGaps();
        err.println(messages().get("assign.gaps.groups", gaps.size()));
        for (GroupGap gap : gaps.subList(0, Math.min(MAX_GAPS_LISTED, gaps.size()))) {
            err.println(messages().get("assign.gaps.group", gap.participant(), gap.assigned(), gap.group(), gap.min()));
        }
        return false;
    }
}
