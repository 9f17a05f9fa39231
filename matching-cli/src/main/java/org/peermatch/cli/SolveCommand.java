package org.peermatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.peermatch.core.accompaniment.ReplanFact;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peer-match solve PROGRAMME}: reads, solves, writes the proposal and the report. */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Solves a programme document: pairs each participant's needs with resource persons, places mentees "
                    + "for immersion days, forms co-development groups, dates every session on one calendar, then "
                    + "writes the proposal (JSON), the report for the committee (HTML) and the calendar (iCalendar "
                    + "and CSV).",
            "Progress and a summary go to stderr; the programme document is never overwritten."})
final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAMME", description = "The programme document (JSON).")
    Path programmeFile;

    @Mixin
    SolverOptions solverOptions;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write the proposal (JSON). Default: for a programme NAME.json, "
                    + "NAME-proposal.json in the same folder.")
    Path out;

    @Option(names = {"-r", "--report"}, paramLabel = "FILE",
            description = "Where to write the report (HTML). Default: NAME-report.html in the programme's folder.")
    Path report;

    @Option(names = {"-c", "--calendar"}, paramLabel = "DIR",
            description = "Where to write the calendar: DIR/programme.ics (every session), DIR/sessions.csv and "
                    + "DIR/people/ID.ics (one per person). Default: NAME-calendar in the programme's folder.")
    Path calendar;

    @Option(names = "--baseline", paramLabel = "PROPOSAL",
            description = "Re-plan from this published proposal (a proposal JSON written by solve) with least "
                    + "change: its pairs still possible are kept unless changing them serves coverage; what is no "
                    + "longer possible is released. The files then have a \"Changes\" section.")
    Path baseline;

    @Option(names = "--max-changes", paramLabel = "N",
            description = "With --baseline: at most N changes (needs taken from their resource person, pairs "
                    + "added; released pairs do not count), a hard rule.")
    Integer maxChanges;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        verbose.applyToLogging();
        Path proposalFile = out != null ? out : sibling(programmeFile, "-proposal.json");
        Path reportFile = report != null ? report : sibling(programmeFile, "-report.html");
        refuseToOverwrite(programmeFile, proposalFile, "proposal", "--out", "-proposal.json");
        refuseToOverwrite(programmeFile, reportFile, "report", "--report", "-report.html");
        if (baseline != null) {
            InputGuard.refuseOverwrite("--out", proposalFile, Map.of("--baseline", baseline));
            InputGuard.refuseOverwrite("--report", reportFile, Map.of("--baseline", baseline));
        }
        if (sameFile(proposalFile, reportFile)) {
            throw new UserError(ExitCode.INVALID_INPUT,
                    "--out and --report name the same file '" + proposalFile + "'.",
                    "Maybe give the report another name, e.g. " + sibling(programmeFile, "-report.html") + ".");
        }
        if (maxChanges != null && baseline == null) {
            throw new UserError(ExitCode.INVALID_INPUT, "--max-changes " + maxChanges + " needs --baseline.",
                    "Maybe add --baseline PUBLISHED-proposal.json, the proposal to stay close to.");
        }
        if (maxChanges != null && maxChanges < 0) {
            throw new UserError(ExitCode.INVALID_INPUT, "--max-changes " + maxChanges + " is negative.",
                    "Maybe give 0 (keep every pair still possible) or more.");
        }
        Programme programme = ProgrammeFiles.read(programmeFile);
        Baseline published = baseline == null ? Baseline.NONE
                : ProposalFiles.read(baseline, "--baseline", Messages.english());
        programme = programme.withSolver(solverOptions.apply(programme.solver()));
        Path calendarFolder = calendar != null ? calendar : sibling(programmeFile, "-calendar");
        if (sameFile(programmeFile, calendarFolder)) {
            throw new UserError(ExitCode.INVALID_INPUT, "The calendar folder '" + calendarFolder
                    + "' is the programme document itself.", "Maybe leave --calendar out (it then writes "
                    + sibling(programmeFile, "-calendar") + ") or name another folder.");
        }
        Map<String, Path> input = baseline == null ? Map.of("programme", programmeFile)
                : Map.of("programme", programmeFile, "baseline", baseline);
        InputGuard.refuseOverwrite("--calendar", calendarFolder.resolve(SolveSession.PROGRAMME_ICS), input);
        InputGuard.refuseOverwrite("--calendar", calendarFolder.resolve(SolveSession.SESSIONS_CSV), input);
        Path folder = programmeFile.toAbsolutePath().getParent();
        if (folder != null && sameFile(folder, calendarFolder.resolve(SolveSession.PEOPLE))) {
            throw new UserError(ExitCode.INVALID_INPUT, "The calendar's people folder '"
                    + calendarFolder.resolve(SolveSession.PEOPLE) + "' holds the programme document, whose name could"
                    + " be a person's calendar file.", "Maybe name another --calendar folder.");
        }
        SolveSession session = new SolveSession(programme, proposalFile, reportFile, calendarFolder,
                spec.commandLine().getErr());
        if (published != Baseline.NONE) {
            session.replanningFrom(published, maxChanges == null ? ReplanFact.UNLIMITED : maxChanges);
        }
        return session.runStoppableByCtrlC().code();
    }

    /** @return {@code folder/NAME<suffix>} for a programme {@code folder/NAME.json} */
    static Path sibling(Path programmeFile, String suffix) {
        String name = programmeFile.getFileName() == null ? "programme" : programmeFile.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json") && name.length() > ".json".length()) {
            name = name.substring(0, name.length() - ".json".length());
        }
        return programmeFile.resolveSibling(name + suffix);
    }

    private static void refuseToOverwrite(Path programmeFile, Path output, String what, String option,
            String suffix) {
        if (sameFile(programmeFile, output)) {
            throw new UserError(ExitCode.INVALID_INPUT,
                    "The " + what + " file '" + output + "' is the programme document itself: "
                            + "peer-match never overwrites its input.",
                    "Maybe leave " + option + " out (it then writes " + sibling(programmeFile, suffix)
                            + ") or name another file.");
        }
    }

    /** @return whether both paths name the same file, also through links or different spellings */
    static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
