package org.peermatch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.peermatch.core.io.InvalidInputException;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workbook.ProgrammeWorkbook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peer-match convert IN OUT}: a programme from JSON to a workbook, or back, without loss. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class)
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "in")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "out")
    Path out;

    @Mixin
    LanguageOption language;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        verbose.applyToLogging();
        Messages messages = language.messages();
        InputGuard.refuseOverwrite(messages, "OUT", out, Map.of("IN", in));
        String json = json(messages);
        List<AtomicFiles.Output> outputs = new ArrayList<>();
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".json")) {
                if (!ProgrammeWorkbook.isWorkbook(in)) {
                    ProgrammeReader.read(json, in.toString(), messages);
                }
                outputs.add(new AtomicFiles.Output(out, stream -> stream.write(json.getBytes(StandardCharsets.UTF_8))));
            } else if (name.endsWith(".xlsx")) {
                byte[] bytes = ProgrammeWorkbook.toXlsx(json, in.toString(), messages);
                outputs.add(new AtomicFiles.Output(out, stream -> stream.write(bytes)));
            } else {
                if (Files.exists(out) && !Files.isDirectory(out)) {
                    throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.convert.outKind", out.toString()),
                            messages.get("cli.convert.outKind.advice"));
                }
                for (Map.Entry<String, String> file : ProgrammeWorkbook.toCsv(json, in.toString(), messages)
                        .entrySet()) {
                    Path target = out.resolve(file.getKey());
                    InputGuard.refuseOverwrite(messages, "OUT", target, Map.of("IN", in));
                    byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
                    outputs.add(new AtomicFiles.Output(target, stream -> stream.write(bytes)));
                }
            }
        } catch (InvalidInputException e) {
            throw ProgrammeFiles.invalid(in, e, messages);
        }
        try {
            AtomicFiles.write(outputs);
        } catch (IOException e) {
            throw new UserError(ExitCode.FAILED, messages.get("cli.error.cannotWriteFile", out.toString(),
                    String.valueOf(e.getMessage())), messages.get("cli.error.cannotWriteFile.advice"), e);
        }
        spec.commandLine().getOut().println(messages.get("cli.wrote", out.toString()));
        return ExitCode.COMPLETE.code();
    }

    /**
     * @return the programme as a JSON document: a workbook's checked, a JSON document's as it is (each way of
     *         writing it checks it once)
     */
    private String json(Messages messages) {
        try {
            return ProgrammeWorkbook.isWorkbook(in) ? ProgrammeWorkbook.toJson(in, messages)
                    : ProgrammeReader.text(in, messages);
        } catch (InvalidInputException e) {
            throw ProgrammeFiles.invalid(in, e, messages);
        }
    }
}
