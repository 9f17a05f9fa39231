package org.peermatch.cli;

/**
 * How the user runs peer-match, so that the commands the CLI prints work as printed: the launcher passes how it was
 * called ({@code ./peer-match} from the repository, {@code peer-match} on the PATH) as {@code peermatch.command}.
 * Help texts read the same property through picocli's {@code ${sys:peermatch.command:-peer-match}}.
 */
final class CommandName {

    static final String PROPERTY = "peermatch.command";

    private CommandName() {
    }

    /** @return the command as the user types it, {@code peer-match} when not started by the launcher */
    static String get() {
        String command = System.getProperty(PROPERTY);
        return command == null || command.isBlank() ? "peer-match" : command;
    }

    /** @return a picocli qualified name such as {@code peer-match solve} as the user types it */
    static String qualified(String qualifiedName) {
        return qualifiedName.startsWith("peer-match") ? get() + qualifiedName.substring("peer-match".length())
                : qualifiedName;
    }
}
