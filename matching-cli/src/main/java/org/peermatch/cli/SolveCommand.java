package org.peermatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.peermatch.core.accompaniment.ReplanFact;
import org.peermatch.core.decisions.Alternatives;
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
        versionProvider = VersionProvider.class)
final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAMME", descriptionKey = "programme")
    Path programmeFile;

    @Mixin
    SolverOptions solverOptions;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE")
    Path out;

    @Option(names = {"-r", "--report"}, paramLabel = "FILE")
    Path report;

    @Option(names = {"-c", "--calendar"}, paramLabel = "DIR")
    Path calendar;

    @Option(names = "--xlsx", paramLabel = "FILE")
    Path xlsx;

    @Option(names = "--decisions", paramLabel = "FILE")
    Path decisions;

    @Mixin
    LanguageOption languageOption;

    @Option(names = "--baseline", paramLabel = "PROPOSAL")
    Path baseline;

    @Option(names = "--max-changes", paramLabel = "N")
    Integer maxChanges;

    @Option(names = "--alternatives", paramLabel = "K")
    Integer alternatives;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        verbose.applyToLogging();
        Path proposalFile = out != null ? out : sibling(programmeFile, "-proposal.json");
        Path reportFile = report != null ? report : sibling(programmeFile, "-report.html");
        Messages said = languageOption.messages();
        refuseToOverwrite(said, programmeFile, proposalFile, "cli.error.inputItself.proposal", "--out",
                "-proposal.json");
        refuseToOverwrite(said, programmeFile, reportFile, "cli.error.inputItself.report", "--report",
                "-report.html");
        if (baseline != null) {
            InputGuard.refuseOverwrite(said, "--out", proposalFile, Map.of("--baseline", baseline));
            InputGuard.refuseOverwrite(said, "--report", reportFile, Map.of("--baseline", baseline));
        }
        if (sameFile(proposalFile, reportFile)) {
            throw new UserError(ExitCode.INVALID_INPUT,
                    languageOption.messages().get("cli.error.sameFile", proposalFile.toString()),
                    languageOption.messages().get("cli.error.sameFile.advice",
                            sibling(programmeFile, "-report.html").toString()));
        }
        Messages loop = languageOption.messages();
        if (maxChanges != null && baseline == null) {
            throw new UserError(ExitCode.INVALID_INPUT, loop.get("cli.maxChanges.noBaseline", maxChanges),
                    loop.get("cli.maxChanges.noBaseline.advice"));
        }
        if (alternatives != null && (alternatives < 1 || alternatives > Alternatives.MAX)) {
            throw new UserError(ExitCode.INVALID_INPUT, loop.get("cli.alternatives.range", alternatives,
                    Alternatives.MAX), loop.get("cli.alternatives.range.advice"));
        }
        if (maxChanges != null && maxChanges < 0) {
            throw new UserError(ExitCode.INVALID_INPUT, loop.get("cli.maxChanges.negative", maxChanges),
                    loop.get("cli.maxChanges.negative.advice"));
        }
        Messages messages = languageOption.messages();
        if (xlsx != null) {
            InputGuard.refuseOverwrite(messages, "--xlsx", xlsx, decisionInputs());
            if (sameFile(xlsx, proposalFile) || sameFile(xlsx, reportFile)) {
                throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.error.xlsxSame", xlsx.toString()),
                        messages.get("cli.error.xlsxSame.advice", sibling(programmeFile, "-proposal.xlsx").toString()));
            }
        }
        Programme programme = decisions == null ? ProgrammeFiles.read(programmeFile, messages)
                : ProgrammeFiles.readWithDecisions(programmeFile, decisions, messages);
        programme = languageOption.apply(programme.withSolver(solverOptions.apply(programme.solver())));
        Baseline published = baseline == null ? Baseline.NONE
                : ProposalFiles.read(baseline, "--baseline", programme.messages());
        Path calendarFolder = calendar != null ? calendar : sibling(programmeFile, "-calendar");
        if (sameFile(programmeFile, calendarFolder)) {
            throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.error.calendarItself",
                    calendarFolder.toString()), messages.get("cli.error.calendarItself.advice",
                    sibling(programmeFile, "-calendar").toString()));
        }
        Map<String, Path> input = decisionInputs();
        InputGuard.refuseOverwrite(messages, "--calendar", calendarFolder.resolve(SolveSession.PROGRAMME_ICS), input);
        InputGuard.refuseOverwrite(messages, "--calendar", calendarFolder.resolve(SolveSession.SESSIONS_CSV), input);
        Path folder = programmeFile.toAbsolutePath().getParent();
        if (folder != null && sameFile(folder, calendarFolder.resolve(SolveSession.PEOPLE))) {
            throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.error.peopleFolder",
                    calendarFolder.resolve(SolveSession.PEOPLE).toString()),
                    messages.get("cli.error.peopleFolder.advice"));
        }
        for (Path output : new Path[] {proposalFile, reportFile}) {
            if (decisions != null && sameFile(decisions, output)) {
                throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.error.decisionsItself",
                        output.toString()), messages.get("cli.error.decisionsItself.advice"));
            }
        }
        SolveSession session = new SolveSession(programme, proposalFile, reportFile, calendarFolder,
                spec.commandLine().getErr()).withWorkbook(xlsx);
        if (published != Baseline.NONE) {
            session.replanningFrom(published, maxChanges == null ? ReplanFact.UNLIMITED : maxChanges);
        }
        if (alternatives == null || alternatives == 1) {
            return session.runStoppableByCtrlC().code();
        }
        return alternatives(programme, published, session, proposalFile, reportFile);
    }

    /** Solves the alternatives one after the other, each avoiding the pairs of the ones before, then compares. */
    private int alternatives(Programme programme, Baseline published, SolveSession first, Path proposalFile,
            Path reportFile) {
        List<Alternatives.Row> rows = new ArrayList<>();
        List<List<String>> earlier = new ArrayList<>();
        int worst = 0;
        for (int number = 1; number <= alternatives; number++) {
            SolveSession session = number == 1 ? first : new SolveSession(programme,
                    numbered(proposalFile, number), numbered(reportFile, number), null,
                    spec.commandLine().getErr());
            if (number > 1 && published != Baseline.NONE) {
                session.replanningFrom(published, maxChanges == null ? ReplanFact.UNLIMITED : maxChanges);
            }
            int code = session.avoiding(earlier).runStoppableByCtrlC().code();
            worst = Math.max(worst, code);
            if (session.proposal() == null || code == ExitCode.INTERRUPTED.code()) {
                return code;
            }
            rows.add(Alternatives.row(number, session.proposal(), earlier));
            earlier.addAll(Alternatives.pairs(session.proposal()).stream().filter(p -> !earlier.contains(p))
                    .toList());
        }
        var err = spec.commandLine().getErr();
        Alternatives.table(rows, programme.messages()).forEach(err::println);
        Path comparison = comparisonFile(proposalFile);
        try (OutputStream out = Files.newOutputStream(comparison)) {
            Alternatives.writeCsv(rows, out);
        } catch (IOException e) {
            throw new UserError(ExitCode.FAILED, programme.messages().get("cli.alternatives.cannotWrite",
                    comparison.toString(), e.getMessage()), programme.messages().get("cli.error.cannotWrite.advice"));
        }
        err.println(programme.messages().get("cli.alternatives.written", comparison.toString()));
        err.flush();
        return worst;
    }

    /** @return {@code folder/NAME-alternatives.csv} for a file {@code folder/NAME.EXT}: the comparison */
    static Path comparisonFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-alternatives.csv");
    }

    /** @return {@code folder/NAME-alternative-N.EXT} for a file {@code folder/NAME.EXT} */
    static Path numbered(Path file, int number) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        return file.resolveSibling(stem + "-alternative-" + number + extension);
    }

    /** @return the inputs no output may overwrite: the programme, the decisions workbook and the baseline */
    private Map<String, Path> decisionInputs() {
        Map<String, Path> inputs = new java.util.LinkedHashMap<>();
        inputs.put("programme", programmeFile);
        inputs.put("--decisions", decisions);
        inputs.put("--baseline", baseline);
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

    private static void refuseToOverwrite(Messages messages, Path programmeFile, Path output, String what,
            String option, String suffix) {
        if (sameFile(programmeFile, output)) {
            throw new UserError(ExitCode.INVALID_INPUT, messages.get(what, output.toString()),
                    messages.get("cli.error.inputItself.advice", option, sibling(programmeFile, suffix).toString()));
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
