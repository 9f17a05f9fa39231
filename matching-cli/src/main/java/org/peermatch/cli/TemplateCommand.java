package org.peermatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.peermatch.core.io.InvalidInputException;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workbook.ProgrammeWorkbook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peer-match template --out programme.xlsx}: the programme workbook to fill, empty or holding the demo. */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class)
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "programme.xlsx")
    Path out;

    @Mixin
    LanguageOption language;

    @Option(names = "--demo")
    boolean demo;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        verbose.applyToLogging();
        Messages messages = language.messages();
        if (out.getFileName() == null || !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.template.notXlsx", out.toString()),
                    messages.get("cli.template.notXlsx.advice"));
        }
        if (Files.exists(out)) {
            throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.template.exists", out.toString()),
                    messages.get("cli.template.exists.advice"));
        }
        byte[] bytes = demo ? demoWorkbook(messages) : ProgrammeWorkbook.template(messages);
        try {
            AtomicFiles.write(List.of(new AtomicFiles.Output(out, stream -> stream.write(bytes))));
        } catch (IOException e) {
            throw new UserError(ExitCode.FAILED, messages.get("cli.error.cannotWriteFile", out.toString(),
                    String.valueOf(e.getMessage())), messages.get("cli.error.cannotWriteFile.advice"), e);
        }
        spec.commandLine().getOut().println(messages.get(demo ? "cli.template.wroteDemo" : "cli.template.wrote",
                out.toString(), CommandName.get()));
        return ExitCode.COMPLETE.code();
    }

    private static byte[] demoWorkbook(Messages messages) {
        try (InputStream in = TemplateCommand.class.getResourceAsStream(DemoCommand.RESOURCE)) {
            if (in == null) {
                throw new UserError(ExitCode.FAILED, messages.get("cli.demo.missing", DemoCommand.RESOURCE),
                        messages.get("cli.demo.rebuild.advice"));
            }
            return ProgrammeWorkbook.toXlsx(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "demo-programme.json", messages);
        } catch (IOException | InvalidInputException e) {
            throw new UserError(ExitCode.FAILED, messages.get("cli.demo.invalid", String.valueOf(e.getMessage())),
                    messages.get("cli.demo.rebuild.advice"), e);
        }
    }
}
