package org.peermatch.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.peermatch.core.text.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code peer-match} command: {@code solve}, {@code validate} and {@code demo}.
 *
 * <p>{@link #main} only calls {@code System.exit(run(args))}; {@link #run(PrintWriter, PrintWriter, String...)}
 * runs in-process with captured output (tests, embedding). The exit status is an {@link ExitCode}. No stack trace
 * reaches the user: every failure is one message naming the value, then advice starting with "Maybe"
 * ({@code --verbose} adds the details).
 */
public final class PeerMatchCli {

    private static final String HELP_TEXTS = "org.peermatch.cli.help";

    private PeerMatchCli() {
    }

    /** The top command: {@code peer-match} alone shows what it can do. */
    @Command(name = "peer-match", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            synopsisSubcommandLabel = "COMMAND",
            subcommands = {SolveCommand.class, ValidateCommand.class, DemoCommand.class, TemplateCommand.class,
                ConvertCommand.class, AssignCommand.class, GroupsCommand.class, DiffCommand.class, WhyCommand.class,
                HelpCommand.class},
            footer = {
                "  ${sys:peermatch.command:-peer-match} demo",
                "  ${sys:peermatch.command:-peer-match} validate programme.json",
                "  ${sys:peermatch.command:-peer-match} template --out programme.xlsx --lang fr",
                "  ${sys:peermatch.command:-peer-match} solve programme.xlsx --move-limit 200000",
                "  ${sys:peermatch.command:-peer-match} solve programme.json --time-limit 2m",
                "  ${sys:peermatch.command:-peer-match} solve programme.json --move-limit 200000 --seed 7",
                "  ${sys:peermatch.command:-peer-match} solve programme.json --out plan.json --report plan.html"})
    static final class TopCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LanguageOption languageOption;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            err.println(languageOption.messages().get("cli.usage.missingCommand"));
            spec.commandLine().usage(err);
            return ExitCode.INVALID_INPUT.code();
        }
    }

    /** Runs the command and ends the JVM with its {@link ExitCode}. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command on the process's stdout and stderr.
     *
     * @return the exit status, one of {@link ExitCode}
     */
    public static int run(String... args) {
        return run(writer(System.out), writer(System.err), args);
    }

    /**
     * Runs the command in-process.
     *
     * @param out where results go (e.g. {@code validate}'s verdict, help, version)
     * @param err where progress, summaries, gaps and problems go
     * @param args the command line
     * @return the exit status, one of {@link ExitCode}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            String language = helpLanguage(args);
            return LanguageOption.runIn(language, () -> commandLine(out, err, language).execute(args));
        } catch (Throwable unexpected) {
            // Errors (e.g. out of memory) and anything picocli lets through end here, still without a stack trace.
            return reportUnexpected(unexpected, err, verboseIn(args));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * @param language the language of the help texts ({@code fr} or {@code en})
     * @return the configured command line: output writers, error handlers, and every help in that language (the
     *         descriptions from {@code org/peermatch/cli/help*.properties}, the exit codes from the messages)
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String language) {
        CommandLine commandLine = new CommandLine(TopCommand.class);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(PARAMETER_EXCEPTION_HANDLER);
        commandLine.setExecutionExceptionHandler(EXECUTION_EXCEPTION_HANDLER);
        Messages messages = Messages.forLanguage(language);
        commandLine.setResourceBundle(helpTexts(messages.locale()));
        listExitCodes(commandLine, messages);
        return commandLine;
    }

    /** @return the help texts of that language, without falling back on the system's */
    static ResourceBundle helpTexts(Locale locale) {
        return ResourceBundle.getBundle(HELP_TEXTS, locale, PeerMatchCli.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @return the language the help speaks: the command line's {@code --lang} when it names one peer-match speaks
     *         (the help is printed while the options are read, before the option itself is set), else the system's
     */
    static String helpLanguage(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && Messages.speaks(value)) {
                return Messages.forLanguage(value).language();
            }
        }
        return LanguageOption.systemLanguage();
    }

    private static void listExitCodes(CommandLine commandLine, Messages messages) {
        commandLine.getCommandSpec().usageMessage()
                .exitCodeListHeading(messages.get("cli.exit.heading"))
                .exitCodeList(ExitCode.helpList(messages));
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            if (!(subcommand.getCommand() instanceof HelpCommand)) {
                listExitCodes(subcommand, messages);
            }
        }
    }

    /** A usage error: the message naming the option or value, suggestions, and where to find help. Status 2. */
    private static final IParameterExceptionHandler PARAMETER_EXCEPTION_HANDLER = (ParameterException ex,
            String[] args) -> {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        Messages messages = LanguageOption.commandLine();
        err.println(usageProblem(ex, messages));
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(messages.get("cli.usage.suggestions", String.join(", ", unmatched.getSuggestions())));
        }
        String help = CommandName.qualified(commandLine.getCommandSpec().qualifiedName()) + " --help";
        String what = commandLine.getSubcommands().isEmpty() ? "options" : "commands";
        // Converters already give advice ("... Maybe write 30s"): then only point at the help.
        err.println(messages.get((ex.getMessage().contains(messages.maybe()) ? "cli.usage.run." : "cli.usage.maybeRun.")
                + what, help));
        err.flush();
        return ExitCode.INVALID_INPUT.code();
    };

    /**
     * @return what is wrong with the command line, in the messages' language: picocli's own sentences (missing,
     *         unknown or repeated options and parameters, a value not a number) told again from their parts
     */
    static String usageProblem(ParameterException ex, Messages messages) {
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            List<ArgSpec> specs = missing.getMissing();
            String names = specs.stream().map(PeerMatchCli::shown).collect(Collectors.joining(", "));
            return messages.get(specs.stream().allMatch(ArgSpec::isOption) ? "cli.usage.missing.options"
                    : "cli.usage.missing.parameters", specs.size(), names);
        }
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> values = unmatched.getUnmatched();
            String names = values.stream().map(value -> "'" + value + "'").collect(Collectors.joining(", "));
            return messages.get(unmatched.isUnknownOption() ? "cli.usage.unknown" : "cli.usage.unmatched",
                    values.size(), names);
        }
        if (ex instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return messages.get("cli.usage.twice", shown(overwritten.getOverwritten()));
        }
        if (ex.getCause() instanceof TypeConversionException conversion && ex.getArgSpec() != null) {
            // Our converters speak through the bundles; picocli's own (numbers) only say the value is not one.
            String reason = ex.getArgSpec().converters().length > 0 ? conversion.getMessage()
                    : messages.get("cli.usage.notNumber", ex.getValue());
            return messages.get("cli.usage.invalid", name(ex.getArgSpec()), reason);
        }
        return ex.getMessage();
    }

    /** @return e.g. {@code '--out=rounds.csv'} or {@code 'PROGRAMME'}, as picocli names them */
    private static String shown(ArgSpec spec) {
        return "'" + (spec instanceof OptionSpec option ? option.longestName() + (option.arity().max() > 0
                ? "=" + option.paramLabel() : "") : spec.paramLabel()) + "'";
    }

    /** @return the option's longest name, or the parameter's label */
    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    /** A failure while running a command: a {@link UserError} as it is, anything else as one line. */
    private static final IExecutionExceptionHandler EXECUTION_EXCEPTION_HANDLER = (Exception ex,
            CommandLine commandLine, ParseResult fullParseResult) -> {
        PrintWriter err = commandLine.getErr();
        ParseResult parseResult = commandLine.getParseResult();
        boolean verbose = parseResult != null && parseResult.hasMatchedOption("--verbose");
        if (ex instanceof UserError userError) {
            err.println(userError.getMessage());
            if (userError.advice() != null) {
                err.println(userError.advice());
            }
            if (verbose && userError.getCause() != null
                    && userError.exitCode() != ExitCode.INVALID_INPUT) {
                userError.getCause().printStackTrace(err);
            }
            err.flush();
            return userError.exitCode().code();
        }
        return reportUnexpected(ex, err, verbose);
    };

    private static int reportUnexpected(Throwable unexpected, PrintWriter err, boolean verbose) {
        String cause = unexpected.getMessage() == null || unexpected.getMessage().isBlank()
                ? unexpected.getClass().getSimpleName()
                : unexpected.getMessage().lines().findFirst().orElse("") + " (" + unexpected.getClass().getSimpleName()
                        + ")";
        Messages messages = LanguageOption.commandLine();
        err.println(messages.get("cli.failed", cause));
        if (unexpected instanceof OutOfMemoryError) {
            err.println(messages.get("cli.failed.memory"));
        } else if (verbose) {
            unexpected.printStackTrace(err);
            err.println(messages.get("cli.failed.report"));
        } else {
            err.println(messages.get("cli.failed.verbose"));
        }
        err.flush();
        return ExitCode.FAILED.code();
    }

    private static boolean verboseIn(String[] args) {
        for (String arg : args) {
            if ("--verbose".equals(arg) || "-v".equals(arg)) {
                return true;
            }
        }
        return false;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }
}
