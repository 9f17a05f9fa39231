package org.peermatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.peermatch.core.report.HtmlReport;
import org.peermatch.core.report.IcsExport;
import org.peermatch.core.report.ProposalJson;
import org.peermatch.core.report.ProposalWorkbook;
import org.peermatch.core.report.SessionsCsv;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.text.Messages;
import org.peermatch.core.solve.ProgressListener;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.solve.Solving;
import org.peermatch.core.text.Messages;

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
    private final Messages messages;
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
    private Path workbookFile;

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
        this.messages = programme.messages();
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
     * Also writes the proposal as a workbook (XLSX) with the other files, in the programme's language.
     *
     * @param file where to write it, or null for none
     * @return this session
     */
    SolveSession withWorkbook(Path file) {
        this.workbookFile = file;
        return this;
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
            err.println(messages.get("cli.solving", programme.name(), ProgrammeFiles.describe(programme),
                    limits(messages, settings)));
            err.println(messages.get("cli.pressCtrlC"));
            err.flush();
            ProgressPrinter printer = new ProgressPrinter(err, settings.timeLimit(), messages);
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
                throw new UserError(ExitCode.INTERRUPTED, messages.get("cli.error.interruptedWaiting"), null, e);
            } catch (RuntimeException e) {
                if (wasInterrupted()) {
                    // Stopped before the solver had a first scored proposal: there is nothing worth writing.
                    throw new UserError(ExitCode.INTERRUPTED, messages.get("cli.error.interruptedEarly"),
                            messages.get("cli.error.interruptedEarly.advice"), e);
                }
                throw e;
            }
            if (baseline != Baseline.NONE) {
                changes = Changes.between(baseline, Changes.snapshot(proposal, programme), programme, messages);
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
        err.println(messages.get("cli.interrupting"));
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
                new AtomicFiles.Output(reportFile,
                        out -> HtmlReport.write(proposal, programme, proposal.calendar(), messages, changes, out))));
        if (workbookFile != null) {
            outputs.add(new AtomicFiles.Output(workbookFile,
                    out -> out.write(ProposalWorkbook.toXlsx(proposal, programme, programme.messages()))));
        }
        ProgrammeCalendar calendar = proposal.calendar();
        if (calendarFolder != null && calendar != null) {
            // Each file is written as a stream when its turn comes, never held whole in memory.
            IcsExport.Files ics = IcsExport.files(programme, calendar);
            outputs.add(new AtomicFiles.Output(calendarFolder.resolve(PROGRAMME_ICS), ics::writeProgramme));
            outputs.add(new AtomicFiles.Output(calendarFolder.resolve(SESSIONS_CSV),
                    out -> SessionsCsv.write(programme, calendar, out)));
            for (String member : ics.people()) {
                outputs.add(new AtomicFiles.Output(calendarFolder.resolve(PEOPLE).resolve(member + ".ics"),
                        out -> ics.writePerson(member, out)));
            }
        }
        try {
            AtomicFiles.write(outputs);
        } catch (IOException e) {
            throw new UserError(ExitCode.FAILED, messages.get("cli.error.cannotWrite", describe(messages, e)),
                    messages.get("cli.error.cannotWrite.advice"),
                    e);
        }
    }

    private ExitCode report(Proposal proposal) {
        if (proposal.orientation() != null) {
            OrientationLines.print(proposal.orientation(), err, messages);
        }
        int total = ProgrammeFiles.needCount(PeerMatch.planned(programme, proposal));
        int covered = total - proposal.accompaniment().uncovered().size();
        var statistics = proposal.statistics();
        boolean stopped = wasInterrupted();
        err.println(messages.get(stopped ? "cli.coveredInterrupted" : "cli.covered", covered, total,
                proposal.accompaniment().score(), Durations.formatElapsed(statistics.spent()),
                statistics.moveCount(), statistics.movesPerSecond()));
        for (ModeProposal mode : proposal.modes()) {
            if (mode.mode() != Mode.ACCOMPANIMENT) {
                err.println(mode.summary(messages));
            }
        }
        if (proposal.calendar() != null) {
            err.println(messages.get("cli.calendar",
                    messages.get("cli.count.sessions", proposal.calendar().sessions().size()),
                    messages.get("cli.count.sessions", proposal.calendar().unplaced().size()),
                    proposal.calendarViolations().isEmpty() ? messages.get("cli.calendar.noClash")
                            : messages.get("cli.count.clashes", proposal.calendarViolations().size())));
        }
        err.println(messages.get("cli.wrote", proposalFile.toString()));
        err.println(messages.get("cli.wrote", reportFile.toString()));
        if (workbookFile != null) {
            err.println(messages.get("cli.wrote", workbookFile.toString()));
        }
        if (changes != null) {
            changes.lines(messages).forEach(err::println);
        }
        if (calendarFolder != null && proposal.calendar() != null) {
            err.println(messages.get("cli.wroteCalendar", calendarFolder.toString(), PROGRAMME_ICS,
                    messages.get("cli.count.sessions", proposal.calendar().sessions().size()), SESSIONS_CSV,
                    PEOPLE + "/"));
        }
        if (stopped && !proposal.complete()) {
            // The search was cut short: its gaps say little about the programme, the report has them all.
            List<String> gaps = new ArrayList<>();
            for (ModeProposal mode : proposal.modes()) {
                if (!mode.gaps().isEmpty()) {
                    gaps.add(mode.gapsClause(mode.gaps().size(), messages));
                }
            }
            if (proposal.calendar() != null && !proposal.calendar().unplaced().isEmpty()) {
                gaps.add(messages.get("cli.stopped.undated",
                        messages.get("cli.count.sessions", proposal.calendar().unplaced().size())));
            }
            if (!proposal.feasible()) {
                gaps.add(messages.get("cli.stopped.broken", Math.max(1, proposal.allViolations().size())));
            }
            err.println(messages.get("cli.stopped", String.join(messages.get("cli.stopped.and"), gaps)));
            err.println(messages.get("cli.stopped.hint", reportFile.toString()));
            err.flush();
            return ExitCode.INTERRUPTED;
        }
        for (ModeProposal mode : proposal.modes()) {
            List<Gap> gaps = mode.gaps(messages);
            if (mode.mode() == Mode.ACCOMPANIMENT && !gaps.isEmpty()) {
                err.println(messages.get("cli.gaps.needs", gaps.size()));
            }
            for (Gap gap : gaps) {
                err.println(messages.get("cli.gap", gap.member() == null ? "" : person(gap.member()), gap.what(),
                        gap.reason()));
            }
        }
        if (proposal.calendar() != null) {
            for (UnplacedSession session : proposal.calendar().unplaced()) {
                err.println(messages.get("cli.gaps.undated", session.title(), session.reason()));
            }
        }
        List<String> broken = new ArrayList<>();
        for (Violation violation : proposal.allViolations()) {
            broken.add(violation.message());
        }
        if (broken.isEmpty() && !proposal.feasible()) {
            List<String> scores = new ArrayList<>();
            for (ModeProposal mode : proposal.modes()) {
                scores.add(label(messages, mode.mode()) + " " + mode.score());
            }
            broken.add(messages.get("cli.broken.score", String.join(", ", scores)));
        }
        if (!broken.isEmpty()) {
            err.println(messages.get("cli.broken", broken.size()));
            for (String message : broken) {
                err.println("  - " + message);
            }
        }
        if (!proposal.complete()) {
            err.println(messages.get("cli.openReport", reportFile.toString()));
        }
        err.flush();
        if (stopped) {
            return ExitCode.INTERRUPTED;
        }
        return proposal.complete() ? ExitCode.COMPLETE : ExitCode.INCOMPLETE;
    }

    private String person(String memberId) {
        Member member = programme.member(memberId);
        return member == null ? memberId : member.name() + " (" + memberId + ")";
    }

    private static String limits(Messages messages, SolverSettings settings) {
        List<String> parts = new ArrayList<>();
        if (settings.timeLimit() != null) {
            parts.add(messages.get("cli.limit.time", Durations.format(settings.timeLimit())));
        }
        if (settings.unimprovedTimeLimit() != null) {
            parts.add(messages.get("cli.limit.unimproved", Durations.format(settings.unimprovedTimeLimit())));
        }
        if (settings.moveCountLimit() != null) {
            parts.add(messages.get("cli.limit.moves", settings.moveCountLimit()));
        }
        parts.add(messages.get(PeerMatch.isReproducible(settings) ? "cli.limit.seedReproducible" : "cli.limit.seed",
                settings.seed()));
        return String.join(", ", parts);
    }

    private static String describe(Messages messages, IOException e) {
        if (e instanceof FileSystemException fileSystem && fileSystem.getFile() != null) {
            String reason = fileSystem.getReason();
            return reason == null ? messages.get("cli.io.cannotBeWritten", fileSystem.getFile())
                    : messages.get("cli.io.failed", fileSystem.getFile(), reason);
        }
        return e.getMessage() + ".";
    }

    /** @return the mode as the summary names it, e.g. "co-development" */
    private static String label(Messages messages, Mode mode) {
        return messages.get(switch (mode) {
            case ACCOMPANIMENT -> "cli.mode.accompaniment";
            case IMMERSION -> "cli.mode.immersion";
            case CODEVELOPMENT -> "cli.mode.codevelopment";
            case WORKSHOP -> "cli.mode.workshop";
            default -> "cli.mode.other";
        });
    }
}
