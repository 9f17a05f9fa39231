package org.peermatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peer-match validate PROGRAMME}: checks a document without solving. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Checks a programme document without solving it and says what it holds.",
            "Every problem is listed on stderr as file:line:column: $.path: message (in a workbook: "
                    + "file: Sheet!C14 (column): message), with advice."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAMME",
            description = "The programme document (JSON), or its workbook (.xlsx, or a folder of CSV files).")
    Path programmeFile;

    @Mixin
    LanguageOption languageOption;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        verbose.applyToLogging();
        Programme programme = languageOption.apply(ProgrammeFiles.read(programmeFile, languageOption.messages()));
        spec.commandLine().getOut().println(programme.messages().get("cli.valid", programmeFile.toString(),
                ProgrammeFiles.describe(programme)));
        return ExitCode.COMPLETE.code();
    }
}
