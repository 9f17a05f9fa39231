package org.peermatch.cli;

import java.util.Locale;

import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang fr|en}: the language of every output. Without it, the programme's {@code language} field, else the
 * system locale when it is French, else English. Only the command line reads the system locale; the library
 * always speaks the language it is given.
 */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", converter = Language.class)
    String language;

    /** @return the programme in the language asked for, else its own, else the system's */
    Programme apply(Programme programme) {
        if (language != null) {
            return programme.withLanguage(language);
        }
        return programme.language() != null ? programme : programme.withLanguage(systemLanguage());
    }

    /** @return the messages of the language asked for, else the system's (before any programme is read) */
    Messages messages() {
        return Messages.forLanguage(language != null ? language : systemLanguage());
    }

    /** The language of the command line being run ({@code --lang} found by a first look), set by the CLI. */
    private static final ThreadLocal<String> COMMAND_LINE = new ThreadLocal<>();

    /**
     * @return the messages of the command line's language: its {@code --lang} when it names one peer-match speaks,
     *         else the system's. Usage errors are told while the options are read, before the option is set.
     */
    static Messages commandLine() {
        String language = COMMAND_LINE.get();
        return Messages.forLanguage(language != null ? language : systemLanguage());
    }

    /** Runs with this command-line language for {@link #commandLine()} (this thread only), then forgets it. */
    static <T> T runIn(String language, java.util.function.Supplier<T> run) {
        COMMAND_LINE.set(language);
        try {
            return run.get();
        } finally {
            COMMAND_LINE.remove();
        }
    }

    /** @return {@code fr} when the system locale is French, else {@code en} */
    static String systemLanguage() {
        return "fr".equals(Locale.getDefault().getLanguage()) ? "fr" : "en";
    }

    /** Reads {@code fr} or {@code en} (also {@code fr-FR}, any case). */
    static final class Language implements ITypeConverter<String> {

        @Override
        public String convert(String value) {
            if (!Messages.speaks(value)) {
                throw new TypeConversionException(LanguageOption.commandLine().get("cli.usage.language", value));
            }
            return Messages.forLanguage(value).language();
        }
    }
}
