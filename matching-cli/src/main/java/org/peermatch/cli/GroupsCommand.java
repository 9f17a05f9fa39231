package org.peermatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.peermatch.core.groups.GroupsCertificate;
import org.peermatch.core.groups.GroupsInputException;
import org.peermatch.core.groups.GroupsInputProblem;
import org.peermatch.core.groups.RotatingGroups;
import org.peermatch.core.groups.RotatingGroupsCertifier;
import org.peermatch.core.groups.RotatingGroupsCsv;
import org.peermatch.core.groups.RotatingGroupsOptions;
import org.peermatch.core.groups.RotatingGroupsProblem;
import org.peermatch.core.groups.RotatingGroupsResult;
import org.peermatch.core.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peer-match groups}: plans rotating groups (networking rounds, break-out tables) so that as few pairs as
 * possible meet twice, and writes {@code round,group,person}. The summary goes to stderr. Exit codes: 0 when no
 * pair meets twice (history included) and no forbidden pair meets, 1 when the plan has repeats or violations (the
 * file is still written), 2 for invalid input or usage (nothing written).
 */
@Command(name = "groups", mixinStandardHelpOptions = true, sortOptions = false)
public final class GroupsCommand implements Callable<Integer> {

    /** Problems listed at most; the count of the others follows. */
    static final int MAX_LISTED = 50;

    /** Time limit when neither --time-limit nor --move-limit is given. */
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Option(names = "--people", required = true, paramLabel = "people.csv|N")
    String people;

    @Option(names = "--size", required = true, paramLabel = "S")
    int size;

    @Option(names = "--rounds", required = true, paramLabel = "W")
    int rounds;

    @Option(names = "--history", paramLabel = "history.csv")
    Path history;

    @Option(names = "--forbidden", paramLabel = "pairs.csv")
    Path forbidden;

    @Option(names = "--time-limit", paramLabel = "D", converter = Durations.class)
    Duration timeLimit;

    @Option(names = "--move-limit", paramLabel = "N", defaultValue = "0")
    long moveLimit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "rounds.csv")
    Path out;

    @Mixin
    LanguageOption languageOption;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = languageOption.messages();
        if (moveLimit < 0) {
            err.println(messages.get("groups.moveLimit.negative", moveLimit));
            err.println(messages.get("groups.moveLimit.negative.advice"));
            err.flush();
            return 2;
        }
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("--people", isNumber(people) ? null : pathOrNull(people));
        inputs.put("--history", history);
        inputs.put("--forbidden", forbidden);
        InputGuard.refuseOverwrite(messages, "--out", out, inputs);
        RotatingGroupsProblem problem;
        try {
            problem = RotatingGroupsCsv.read(people, size, rounds, history, forbidden, messages);
        } catch (GroupsInputException invalid) {
            List<GroupsInputProblem> found = invalid.problems();
            for (GroupsInputProblem problemFound : found.subList(0, Math.min(found.size(), MAX_LISTED))) {
                err.println(describe(problemFound, messages));
            }
            if (found.size() > MAX_LISTED) {
                err.println(messages.get("groups.summary.moreProblems", found.size() - MAX_LISTED));
            }
            err.println(messages.get("groups.summary.problems", found.size()));
            err.flush();
            return 2;
        }
        Duration limit = timeLimit == null && moveLimit == 0 ? DEFAULT_TIME_LIMIT : timeLimit;
        RotatingGroupsOptions options = new RotatingGroupsOptions(limit, moveLimit, seed);
        RotatingGroupsResult result = RotatingGroups.solve(problem, options);
        GroupsCertificate certificate = RotatingGroupsCertifier.certify(problem, result, messages);
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            RotatingGroupsCsv.write(out, result);
        } catch (IOException unwritable) {
            // The same failure as solve's, with its status: the input was fine, the output could not be written.
            err.println(messages.get("groups.out.cannotWrite", out, unwritable.getMessage()));
            err.println(messages.get("groups.out.cannotWrite.advice"));
            err.flush();
            return ExitCode.FAILED.code();
        }
        summarize(err, problem, result, certificate, messages);
        err.flush();
        return certificate.perfect() ? 0 : 1;
    }

    private void summarize(PrintWriter err, RotatingGroupsProblem problem, RotatingGroupsResult result,
            GroupsCertificate certificate, Messages messages) {
        int n = problem.people().size();
        int groups = problem.groupCount();
        int extra = n % problem.groupSize();
        String sizes = extra == 0 ? messages.get("groups.summary.sizes", problem.groupSize())
                : messages.get("groups.summary.mixedSizes", extra, problem.groupSize() + 1, groups - extra,
                        problem.groupSize());
        err.println(messages.get("groups.summary.planned", problem.rounds(), groups, sizes, n));
        err.println(messages.get("groups.summary.repeats", result.repeatedPairs(), result.repeatMeetings(),
                result.maxMeetings(), result.forbiddenPairsTogether()));
        var statistics = result.statistics();
        err.println(messages.get("groups.summary.search", statistics.spent().toNanos() / 1e9, statistics.moves(),
                statistics.seed(), messages.get("groups.summary.stopped." + statistics.termination().name())));
        for (String violation : certificate.violations()) {
            err.println(messages.get("groups.summary.checkFailed", violation));
        }
        err.println(messages.get("cli.wrote", out));
    }

    /** @return the path, or null when the text cannot be one (the reader then says so) */
    private static Path pathOrNull(String text) {
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** @return whether {@code --people} is a number of people rather than a file */
    private static boolean isNumber(String value) {
        return !value.isBlank() && value.strip().chars().allMatch(Character::isDigit);
    }

    private static String describe(GroupsInputProblem problem, Messages messages) {
        if (problem.source() == null) {
            return new GroupsInputProblem(null, 0, "--" + problem.field(), problem.message(), problem.advice())
                    .describe(messages);
        }
        return problem.describe(messages);
    }

}
