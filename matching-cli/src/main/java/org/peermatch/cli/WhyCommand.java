package org.peermatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.peermatch.core.decisions.WhyNot;
import org.peermatch.core.decisions.WhyNotGroup;
import org.peermatch.core.decisions.WhyNotMentor;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.text.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peer-match why PROGRAMME --proposal P --participant Y --resource X}: why not X for Y? And for immersion,
 * {@code --mentee Y --mentor X}: why not X as Y's mentor?
 */
@Command(name = "why", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class)
final class WhyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption languageOption;

    @Parameters(index = "0", paramLabel = "PROGRAMME", descriptionKey = "programme")
    Path programmeFile;

    @Option(names = "--proposal", required = true, paramLabel = "FILE")
    Path proposalFile;

    @Option(names = "--participant", paramLabel = "ID")
    String participant;

    @Option(names = "--resource", paramLabel = "ID")
    String resource;

    @Option(names = "--mentee", paramLabel = "ID")
    String mentee;

    @Option(names = "--mentor", paramLabel = "ID")
    String mentor;

    @Option(names = "--member", paramLabel = "ID")
    String member;

    @Option(names = "--group", paramLabel = "N")
    Integer group;

    @Option(names = "--topic", paramLabel = "TOPIC")
    String topic;

    @Option(names = "--move-limit", paramLabel = "N", defaultValue = "1000")
    long moveLimit;

    @Option(names = "--seed", paramLabel = "N")
    Long seed;

    @Override
    public Integer call() {
        if (moveLimit < 1) {
            Messages messages = languageOption.messages();
            throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.why.moveLimit", moveLimit),
                    messages.get("cli.why.moveLimit.advice"));
        }
        Messages messages = languageOption.messages();
        boolean pair = participant != null && resource != null;
        boolean immersion = mentee != null && mentor != null;
        boolean grouped = member != null && group != null;
        int given = (participant != null ? 1 : 0) + (resource != null ? 1 : 0) + (mentee != null ? 1 : 0)
                + (mentor != null ? 1 : 0) + (member != null ? 1 : 0) + (group != null ? 1 : 0);
        if (!(pair || immersion || grouped) || given != 2 || (topic != null && !pair)) {
            throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.why.which"),
                    messages.get("cli.why.which.advice"));
        }
        Programme programme = languageOption.apply(ProgrammeFiles.read(programmeFile, messages));
        messages = programme.messages();
        if (grouped) {
            known(programme, member, "--member", messages);
        } else {
            known(programme, pair ? participant : mentee, pair ? "--participant" : "--mentee", messages);
            known(programme, pair ? resource : mentor, pair ? "--resource" : "--mentor", messages);
        }
        Baseline proposal = ProposalFiles.read(proposalFile, "--proposal", messages);
        programme = programme.withSolver(new SolverSettings(null, null, moveLimit,
                seed != null ? seed : programme.solver().seed()));
        List<String> lines = pair ? WhyNot.ask(programme, proposal, participant, resource, topic, messages).lines()
                : immersion ? WhyNotMentor.ask(programme, proposal, mentee, mentor, messages).lines()
                : WhyNotGroup.ask(programme, proposal, member, group, messages).lines();
        var out = spec.commandLine().getOut();
        lines.forEach(out::println);
        out.flush();
        return ExitCode.COMPLETE.code();
    }

    private static void known(Programme programme, String id, String option, Messages messages) {
        if (programme.member(id) == null) {
            String example = programme.members().isEmpty() ? "" : programme.members().get(0).id();
            throw new UserError(ExitCode.INVALID_INPUT, messages.get("cli.why.unknownMember", option, id),
                    messages.get("cli.why.unknownMember.advice", example,
                            String.join(", ", programme.members().stream().map(Member::id).limit(5).toList())));
        }
    }
}
