package org.peermatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.peermatch.core.io.InvalidInputException;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workbook.ProgrammeWorkbook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peer-match demo}: writes the bundled demo programme, solves it and writes its proposal and report. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class)
final class DemoCommand implements Callable<Integer> {

    /** Where the demo programme is bundled, on the class path. */
    static final String RESOURCE = "/org/peermatch/core/demo/demo-programme.json";

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "peer-match-demo")
    Path dir;

    @Mixin
    SolverOptions solverOptions;

    @Mixin
    LanguageOption languageOption;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        verbose.applyToLogging();
        Path programmeFile = dir.resolve("demo-programme.json");
        Path proposalFile = dir.resolve("demo-proposal.json");
        Path reportFile = dir.resolve("demo-report.html");
        Messages language = languageOption.messages();
        byte[] demo = demoProgramme(language);
        Path workbookFile = dir.resolve("demo-programme.xlsx");
        byte[] workbook = workbook(demo, language);
        try {
            AtomicFiles.write(List.of(new AtomicFiles.Output(programmeFile, out -> out.write(demo)),
                    new AtomicFiles.Output(workbookFile, out -> out.write(workbook))));
        } catch (IOException e) {
            throw new UserError(ExitCode.FAILED, language.get("cli.error.cannotWriteFile", programmeFile.toString(),
                    String.valueOf(e.getMessage())), language.get("cli.demo.cannotWrite.advice"), e);
        }
        Programme programme;
        try {
            programme = ProgrammeReader.read(new String(demo, StandardCharsets.UTF_8), programmeFile.toString(),
                    language);
        } catch (InvalidInputException e) {
            throw ProgrammeFiles.invalid(programmeFile, e, language);
        }
        programme = languageOption.apply(programme.withSolver(solverOptions.apply(programme.solver())));
        ExitCode exitCode = new SolveSession(programme, proposalFile, reportFile, dir.resolve("demo-calendar"),
                spec.commandLine().getErr()).withWorkbook(dir.resolve("demo-proposal.xlsx"))
                .runStoppableByCtrlC();
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = programme.messages();
        out.println(messages.get("cli.demo.in", dir.toString()));
        out.println(messages.get("cli.demo.programme", CommandName.get(), programmeFile.toString()));
        out.println(messages.get("cli.demo.workbook"));
        out.println(messages.get("cli.demo.proposal"));
        out.println(messages.get("cli.demo.proposalWorkbook", CommandName.get(), programmeFile.toString(),
                dir.resolve("demo-proposal.xlsx").toString()));
        out.println(messages.get("cli.demo.report"));
        out.println(messages.get("cli.demo.calendar"));
        return exitCode.code();
    }

    private static byte[] workbook(byte[] demo, Messages language) {
        try {
            return ProgrammeWorkbook.toXlsx(new String(demo, StandardCharsets.UTF_8), RESOURCE, language);
        } catch (InvalidInputException e) {
            throw new UserError(ExitCode.FAILED, language.get("cli.demo.invalid", String.valueOf(e.getMessage())),
                    language.get("cli.demo.rebuild.advice"), e);
        }
    }

    private static byte[] demoProgramme(Messages messages) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UserError(ExitCode.FAILED, messages.get("cli.demo.missing", RESOURCE),
                        messages.get("cli.demo.rebuild.advice"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UserError(ExitCode.FAILED, messages.get("cli.demo.unreadable", String.valueOf(e.getMessage())),
                    messages.get("cli.demo.rebuild.advice"), e);
        }
    }
}
