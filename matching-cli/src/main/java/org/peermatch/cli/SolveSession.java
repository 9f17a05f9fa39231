package org.peermatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.decisions.Changes;
import org.peermatch.core.accompaniment.ReplanFact;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.peermatch.core.calendar.UnplacedSession;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.Gap;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.report.ChangesSection;
import org.peermatch.core.report.IcsExport;
import org.peermatch.core.report.ProposalJson;
import org.peermatch.core.report.SessionsCsv;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.text.Messages;
import org.peermatch.core.solve.ProgressListener;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.solve.Solving;

/**
 * One solve of a checked programme, as the commands run it: a start line, progress on stderr, the proposal and the
 * report written atomically, a summary and the gaps. {@link #interrupt()} (the Ctrl-C hook) stops the search early;
 * the best proposal found so far is still written.
 */
final class SolveSession {

    /** How long the Ctrl-C hook waits for the best proposal to be written before the JVM ends anyway. */
    private static final Duration HOOK_TIMEOUT = Duration.ofMinutes(2);

    /** The calendar folder's files: the whole programme, every session as CSV, and one calendar per person. */
    static final String PROGRAMME_ICS = "programme.ics";
    static final String SESSIONS_CSV = "sessions.csv";
    static final String PEOPLE = "people";

    private final Programme programme;
    private final Path proposalFile;
    private final Path reportFile;
    private final Path calendarFolder;
    private final PrintWriter err;
    private final ProgressListener observer;

    /** The published proposal re-planned from ({@link Baseline#NONE}: from scratch), and the budget of changes. */
    private Baseline baseline = Baseline.NONE;
    private int maxChanges = ReplanFact.UNLIMITED;
    private Changes changes;
    private List<List<String>> earlier = List.of();
    private Proposal proposal;

    private final Object lock = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private boolean interrupted;
    private Solving solving;

    /**
     * @param programme the checked programme, with its final solver settings
     * @param proposalFile where to write the proposal (JSON)
     * @param reportFile where to write the report (HTML)
     * @param calendarFolder where to write the calendar files (iCalendar and CSV), or null for none
     * @param err where progress, summary and gaps go
     */
    SolveSession(Programme programme, Path proposalFile, Path reportFile, Path calendarFolder, PrintWriter err) {
        this(programme, proposalFile, reportFile, calendarFolder, err, ProgressListener.NONE);
    }

    /** Like the other constructor, also telling {@code observer} about every better proposal (for tests). */
    SolveSession(Programme programme, Path proposalFile, Path reportFile, Path calendarFolder, PrintWriter err,
            ProgressListener observer) {
        this.programme = programme;
        this.proposalFile = proposalFile;
        this.reportFile = reportFile;
        this.calendarFolder = calendarFolder;
        this.err = err;
        this.observer = observer;
    }

    /** Re-plans from a published proposal with least change, at most {@code budget} changes (-1: no budget). */
    SolveSession replanningFrom(Baseline published, int budget) {
        this.baseline = published;
        this.maxChanges = budget;
        return this;
    }

    /** Solves an alternative: each accompaniment pair of {@code pairs} (of earlier alternatives) costs. */
    SolveSession avoiding(List<List<String>> pairs) {
        this.earlier = List.copyOf(pairs);
        return this;
    }

    /** @return the proposal of the last {@link #run()}, or null before */
    Proposal proposal() {
        return proposal;
    }

    /**
     * Solves, writes both files and reports.
     *
     * @return {@link ExitCode#COMPLETE}, {@link ExitCode#INCOMPLETE} or {@link ExitCode#INTERRUPTED}
     * @throws UserError when a file cannot be written ({@link ExitCode#FAILED})
     */
    ExitCode run() {
        try {
            SolverSettings settings = programme.solver();
            err.println("Solving \"" + programme.name() + "\": " + ProgrammeFiles.describe(programme) + "; "
                    + limits(settings) + ".");
            err.println("Press Ctrl-C to stop early and keep the best proposal found so far.");
            err.flush();
            ProgressPrinter printer = new ProgressPrinter(err, settings.timeLimit());
            Solving started = PeerMatch.start(programme, baseline, maxChanges, earlier, (score, elapsed) -> {
                printer.bestScoreImproved(score, elapsed);
                observer.bestScoreImproved(score, elapsed);
            }, EnvironmentMode.PHASE_ASSERT);
            synchronized (lock) {
                solving = started;
                if (interrupted) {
                    started.terminateEarly();
                }
            }
            Proposal proposal;
            try {
                proposal = started.await();
            } catch (InterruptedException e) {
                started.terminateEarly();
                Thread.currentThread().interrupt();
                throw new UserError(ExitCode.INTERRUPTED, "Interrupted while waiting for the proposal: nothing written.",
                        null, e);
            } catch (RuntimeException e) {
                if (wasInterrupted()) {
                    // Stopped before the solver had a first scored proposal: there is nothing worth writing.
                    throw new UserError(ExitCode.INTERRUPTED,
                            "Interrupted before a first proposal was ready: nothing written.",
                            "Maybe let the search run a few seconds before stopping it.", e);
                }
                throw e;
            }
            if (baseline != Baseline.NONE) {
                changes = Changes.between(baseline, Changes.snapshot(proposal, programme), programme,
                        Messages.english());
            }
            this.proposal = proposal;
            write(proposal);
            return report(proposal);
        } finally {
            finished.countDown();
        }
    }

    /**
     * {@link #run()} with a JVM shutdown hook that, on Ctrl-C (or SIGTERM), stops the search, lets this session
     * write the best proposal found so far and only then lets the JVM end.
     */
    ExitCode runStoppableByCtrlC() {
        Thread hook = new Thread(() -> {
            interrupt();
            try {
                awaitFinished(HOOK_TIMEOUT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "peer-match-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is shutting down and the hook is running: nothing to remove.
            }
        }
    }

    /** Stops the search as soon as possible; {@link #run()} then writes the best proposal so far. Thread-safe. */
    void interrupt() {
        synchronized (lock) {
            if (interrupted) {
                return;
            }
            interrupted = true;
            if (solving != null) {
                solving.terminateEarly();
            }
        }
        err.println("Interrupted: stopping the search and writing the best proposal found so far.");
        err.flush();
    }

    /** @return whether {@link #run()} ended within the timeout */
    boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean wasInterrupted() {
        synchronized (lock) {
            return interrupted;
        }
    }

    private void write(Proposal proposal) {
        List<AtomicFiles.Output> outputs = new ArrayList<>(List.of(
                new AtomicFiles.Output(proposalFile, out -> ProposalJson.write(proposal, programme, changes, out)),
                new AtomicFiles.Output(reportFile, out -> ChangesSection.write(proposal, programme, changes,
                        Messages.english(), out))));
        ProgrammeCalendar calendar = proposal.calendar();
        if (calendarFolder != null && calendar != null) {
            outputs.add(text(calendarFolder.resolve(PROGRAMME_ICS), IcsExport.programme(programme, calendar)));
            outputs.add(text(calendarFolder.resolve(SESSIONS_CSV), SessionsCsv.toCsv(programme, calendar)));
            for (String member : IcsExport.people(programme, calendar)) {
                outputs.add(text(calendarFolder.resolve(PEOPLE).resolve(member + ".ics"),
                        IcsExport.person(programme, calendar, member)));
            }
        }
        try {
            AtomicFiles.write(outputs);
        } catch (IOException e) {
            throw new UserError(ExitCode.FAILED, "Cannot write the proposal: " + describe(e),
                    "Maybe check that you may write in that folder, or choose other files with --out and --report.",
                    e);
        }
    }

    private ExitCode report(Proposal proposal) {
        int total = ProgrammeFiles.needCount(programme);
        int covered = total - proposal.accompaniment().uncovered().size();
        var statistics = proposal.statistics();
        boolean stopped = wasInterrupted();
        err.printf(Locale.ROOT, "%s %d of %d needs, score %s, in %s (%d moves, %d moves/s).%n",
                stopped ? "Interrupted: covered" : "Covered", covered, total, proposal.accompaniment().score(),
                Durations.formatElapsed(statistics.spent()), statistics.moveCount(), statistics.movesPerSecond());
        for (ModeProposal mode : proposal.modes()) {
            if (mode.mode() != Mode.ACCOMPANIMENT) {
                err.println(mode.summary());
            }
        }
        if (proposal.calendar() != null) {
            err.printf(Locale.ROOT, "Calendar: %s, %s could not be dated, %s.%n",
                    ProgrammeFiles.count(proposal.calendar().sessions().size(), "session", "sessions"),
                    ProgrammeFiles.count(proposal.calendar().unplaced().size(), "session", "sessions"),
                    proposal.calendarViolations().isEmpty() ? "nobody booked twice"
                            : ProgrammeFiles.count(proposal.calendarViolations().size(), "clash", "clashes"));
        }
        if (changes != null) {
            changes.lines(Messages.english()).forEach(err::println);
        }
        err.println("Wrote " + proposalFile);
        err.println("Wrote " + reportFile);
        if (calendarFolder != null && proposal.calendar() != null) {
            err.printf(Locale.ROOT, "Wrote %s: %s (%s), %s and one calendar per person in %s%n", calendarFolder,
                    PROGRAMME_ICS, ProgrammeFiles.count(proposal.calendar().sessions().size(), "session",
                            "sessions"), SESSIONS_CSV, PEOPLE + "/");
        }
        if (stopped && !proposal.complete()) {
            // The search was cut short: its gaps say little about the programme, the report has them all.
            List<String> gaps = new ArrayList<>();
            for (ModeProposal mode : proposal.modes()) {
                if (!mode.gaps().isEmpty()) {
                    gaps.add(mode.gapsClause(mode.gaps().size()));
                }
            }
            if (proposal.calendar() != null && !proposal.calendar().unplaced().isEmpty()) {
                gaps.add(ProgrammeFiles.count(proposal.calendar().unplaced().size(), "session", "sessions")
                        + " could not be dated");
            }
            if (!proposal.feasible()) {
                gaps.add(ProgrammeFiles.count(Math.max(1, proposal.allViolations().size()), "hard rule is",
                        "hard rules are") + " not met");
            }
            err.println("The search was stopped early: " + String.join(" and ", gaps) + ".");
            err.println("Maybe run again with a longer --time-limit; " + reportFile + " lists the gaps.");
            err.flush();
            return ExitCode.INTERRUPTED;
        }
        for (ModeProposal mode : proposal.modes()) {
            List<Gap> gaps = mode.gaps();
            if (mode.mode() == Mode.ACCOMPANIMENT && !gaps.isEmpty()) {
                err.println(ProgrammeFiles.count(gaps.size(), "need is", "needs are") + " not covered:");
            }
            for (Gap gap : gaps) {
                err.printf(Locale.ROOT, "  - %s%s: %s%n", gap.member() == null ? "" : person(gap.member()),
                        gap.what(), gap.reason());
            }
        }
        if (proposal.calendar() != null) {
            for (UnplacedSession session : proposal.calendar().unplaced()) {
                err.printf(Locale.ROOT, "  - %s could not be dated: %s%n", session.title(), session.reason());
            }
        }
        List<String> broken = new ArrayList<>();
        for (Violation violation : proposal.allViolations()) {
            broken.add(violation.message());
        }
        if (broken.isEmpty() && !proposal.feasible()) {
            List<String> scores = new ArrayList<>();
            for (ModeProposal mode : proposal.modes()) {
                scores.add(label(mode.mode()) + " " + mode.score());
            }
            broken.add("The score's hard part is not 0 (" + String.join(", ", scores) + ").");
        }
        if (!broken.isEmpty()) {
            err.println(ProgrammeFiles.count(broken.size(), "hard rule is", "hard rules are") + " not met:");
            for (String message : broken) {
                err.println("  - " + message);
            }
        }
        if (!proposal.complete()) {
            err.println("Maybe open " + reportFile + ": it shows every candidate and what blocks each.");
        }
        err.flush();
        if (stopped) {
            return ExitCode.INTERRUPTED;
        }
        return proposal.complete() ? ExitCode.COMPLETE : ExitCode.INCOMPLETE;
    }

    private static AtomicFiles.Output text(Path target, String content) {
        return new AtomicFiles.Output(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    private String person(String memberId) {
        Member member = programme.member(memberId);
        return member == null ? memberId : member.name() + " (" + memberId + ")";
    }

    private static String limits(SolverSettings settings) {
        List<String> parts = new ArrayList<>();
        if (settings.timeLimit() != null) {
            parts.add("time limit " + Durations.format(settings.timeLimit()));
        }
        if (settings.unimprovedTimeLimit() != null) {
            parts.add("stop after " + Durations.format(settings.unimprovedTimeLimit()) + " without improvement");
        }
        if (settings.moveCountLimit() != null) {
            parts.add("move limit " + settings.moveCountLimit());
        }
        parts.add("seed " + settings.seed() + (PeerMatch.isReproducible(settings) ? " (reproducible)" : ""));
        return String.join(", ", parts);
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fileSystem && fileSystem.getFile() != null) {
            String reason = fileSystem.getReason();
            return "'" + fileSystem.getFile() + "'" + (reason == null ? " cannot be written." : ": " + reason + ".");
        }
        return e.getMessage() + ".";
    }

    /** @return the mode as the summary names it, e.g. "co-development" */
    private static String label(Mode mode) {
        return switch (mode) {
            case CODEVELOPMENT -> "co-development";
            case WORKSHOP -> "workshops";
            default -> mode.jsonName();
        };
    }
}
