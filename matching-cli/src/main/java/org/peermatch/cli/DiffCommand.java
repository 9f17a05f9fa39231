package org.peermatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.peermatch.core.decisions.Changes;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peer-match diff OLD NEW}: the changes between two proposals, in the committee's words. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class)
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption languageOption;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "old")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "new")
    Path after;

    @Override
    public Integer call() {
        Messages messages = languageOption.messages();
        Baseline old = ProposalFiles.read(before, "OLD", messages);
        Baseline now = ProposalFiles.read(after, "NEW", messages);
        Changes changes = Changes.between(old, now, null, messages);
        var out = spec.commandLine().getOut();
        for (String line : changes.lines(messages)) {
            out.println(line);
        }
        out.flush();
        return changes.none() ? ExitCode.COMPLETE.code() : ExitCode.INCOMPLETE.code();
    }
}
