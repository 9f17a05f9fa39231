package org.peermatch.cli;

import org.peermatch.core.text.Messages;

/** The {@code --lang} of the workbook commands: {@code fr} or {@code en}, by default the system's if it is one. */
final class Languages {

    private Languages() {
    }

    /**
     * @param option the option's value, or null when it was not given
     * @return the messages of that language; without the option, the system's language if peer-match speaks it,
     *         else English
     * @throws UserError with status 2 naming the option when peer-match does not speak the language
     */
    static Messages of(String option) {
        if (option == null) {
            return Messages.forLanguage(LanguageOption.systemLanguage());
        }
        if (!Messages.speaks(option)) {
            throw new UserError(ExitCode.INVALID_INPUT, "--lang '" + option + "' is not a language peer-match speaks.",
                    "Maybe use one of " + String.join(", ", Messages.LANGUAGES) + ".");
        }
        return Messages.forLanguage(option);
    }
}
