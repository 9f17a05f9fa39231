package org.peermatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

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

    @Parameters(index = "0", paramLabel = "PROGRAMME",
            description = "The programme document (JSON), or its workbook (.xlsx, or a folder of CSV files).")
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

    @Option(names = "--xlsx", paramLabel = "FILE",
            description = "Also write the proposal as a workbook (XLSX) for the committee; its pairs sheet has a "
                    + "decision column (keep / forbid) to fill, then give it back with --decisions.")
    Path xlsx;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "An edited proposal workbook: each pair marked keep (garder) is pinned, each marked forbid "
                    + "(interdire) is forbidden, the rest is planned again.")
    Path decisions;

    @Mixin
    LanguageOption languageOption;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        verbose.applyToLogging();
        Path proposalFile = out != null ? out : sibling(programmeFile, "-proposal.json");
        Path reportFile = report != null ? report : sibling(programmeFile, "-report.html");
        refuseToOverwrite(programmeFile, proposalFile, "proposal", "--out", "-proposal.json");
        refuseToOverwrite(programmeFile, reportFile, "report", "--report", "-report.html");
        if (sameFile(proposalFile, reportFile)) {
            throw new UserError(ExitCode.INVALID_INPUT,
                    languageOption.messages().get("cli.error.sameFile", proposalFile.toString()),
                    languageOption.messages().get("cli.error.sameFile.advice",
                            sibling(programmeFile, "-report.html").toString()));
        }
        Messages messages = languageOption.messages();
        if (xlsx != null) {
            InputGuard.refuseOverwrite("--xlsx", xlsx, decisionInputs());
            if (sameFile(xlsx, proposalFile) || sameFile(xlsx, reportFile)) {
                throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.error.xlsxSame", xlsx.toString()),
                        messages.get("cli.error.xlsxSame.advice", sibling(programmeFile, "-proposal.xlsx").toString()));
            }
        }
        Programme programme = decisions == null ? ProgrammeFiles.read(programmeFile, messages)
                : ProgrammeFiles.readWithDecisions(programmeFile, decisions, messages);
        programme = languageOption.apply(programme.withSolver(solverOptions.apply(programme.solver())));
        Path calendarFolder = calendar != null ? calendar : sibling(programmeFile, "-calendar");
        if (sameFile(programmeFile, calendarFolder)) {
            throw new UserError(ExitCode.INVALID_INPUT, "The calendar folder '" + calendarFolder
                    + "' is the programme document itself.", "Maybe leave --calendar out (it then writes "
                    + sibling(programmeFile, "-calendar") + ") or name another folder.");
        }
        Map<String, Path> input = decisionInputs();
        InputGuard.refuseOverwrite("--calendar", calendarFolder.resolve(SolveSession.PROGRAMME_ICS), input);
        InputGuard.refuseOverwrite("--calendar", calendarFolder.resolve(SolveSession.SESSIONS_CSV), input);
        Path folder = programmeFile.toAbsolutePath().getParent();
        if (folder != null && sameFile(folder, calendarFolder.resolve(SolveSession.PEOPLE))) {
            throw new UserError(ExitCode.INVALID_INPUT, "The calendar's people folder '"
                    + calendarFolder.resolve(SolveSession.PEOPLE) + "' holds the programme document, whose name could"
                    + " be a person's calendar file.", "Maybe name another --calendar folder.");
        }
        for (Path output : new Path[] {proposalFile, reportFile}) {
            if (decisions != null && sameFile(decisions, output)) {
                throw new UserError(ExitCode.INVALID_INPUT, "'" + output + "' is the --decisions workbook itself: "
                        + "peer-match never overwrites its input.", "Maybe name another output file.");
            }
        }
        SolveSession session = new SolveSession(programme, proposalFile, reportFile, calendarFolder,
                spec.commandLine().getErr()).withWorkbook(xlsx, programme.messages());
        return session.runStoppableByCtrlC().code();
    }

    /** @return the inputs no output may overwrite: the programme and the decisions workbook */
    private Map<String, Path> decisionInputs() {
        Map<String, Path> inputs = new java.util.LinkedHashMap<>();
        inputs.put("programme", programmeFile);
        inputs.put("--decisions", decisions);
        return inputs;
    }

    /** @return {@code folder/NAME<suffix>} for a programme {@code folder/NAME.json} */
    static Path sibling(Path programmeFile, String suffix) {
        String name = programmeFile.getFileName() == null ? "programme" : programmeFile.getFileName().toString();
        for (String extension : new String[] {".json", ".xlsx"}) {
            if (name.toLowerCase(Locale.ROOT).endsWith(extension) && name.length() > extension.length()) {
                name = name.substring(0, name.length() - extension.length());
            }
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
