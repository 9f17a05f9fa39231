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
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAMME", descriptionKey = "programme")
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
