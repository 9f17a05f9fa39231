package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every {@code --help} speaks the user's language: each command's description and each option's and parameter's
 * come from {@code org/peermatch/cli/help*.properties}, which hold the same keys in English and French, and none is
 * written in the code.
 */
class HelpTextsTest {

    @Test
    void bothLanguagesHoldTheSameHelpKeysAndNoneIsEmpty() throws IOException {
        ResourceBundle english = PeerMatchCli.helpTexts(Locale.ENGLISH);
        ResourceBundle french = PeerMatchCli.helpTexts(Locale.FRENCH);
        assertThat(french.getLocale().getLanguage()).isEqualTo("fr");
        Set<String> englishKeys = new TreeSet<>(Collections.list(english.getKeys()));
        // the French file's own keys, not those the bundle would inherit from the English one
        assertThat(ownKeys("help_fr.properties")).isEqualTo(englishKeys);
        for (String key : englishKeys) {
            assertThat(english.getString(key)).as(key).isNotBlank();
            assertThat(french.getString(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyCommandOptionAndParameterIsDescribedInBothLanguages() {
        for (String language : List.of("en", "fr")) {
            List<String> undescribed = new ArrayList<>();
            CommandLine top = PeerMatchCli.commandLine(new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()), language);
            for (CommandSpec command : commands(top)) {
                if (String.join("", command.usageMessage().description()).isBlank()) {
                    undescribed.add(command.qualifiedName());
                }
                List<ArgSpec> args = new ArrayList<>(command.options());
                args.addAll(command.positionalParameters());
                for (ArgSpec arg : args) {
                    if (String.join("", arg.description()).isBlank()) {
                        undescribed.add(command.qualifiedName() + " " + arg.paramLabel());
                    }
                }
            }
            assertThat(undescribed).as(language).isEmpty();
        }
    }

    @Test
    void theHelpSpeaksTheLanguageAskedFor() {
        Cli.Result french = Cli.run("solve", "--help", "--lang", "fr");
        assertThat(french.exitCode()).isZero();
        assertThat(french.out()).contains("Utilisation :", "Résout un programme", "comité de pilotage",
                "Où écrire la proposition", "La graine aléatoire", "Codes de sortie");
        assertThat(french.out()).doesNotContain("Where to write", "Usage:");

        Cli.Result english = Cli.run("solve", "--lang=en", "--help");
        assertThat(english.out()).contains("Usage:", "Solves a programme document", "Where to write the proposal");
        assertThat(english.out()).doesNotContain("Résout");

        assertThat(Cli.run("why", "--help", "--lang", "fr").out())
                .contains("Pourquoi pas cette personne ressource", "mentoré·e");
        assertThat(Cli.run("--lang", "fr", "help", "groups").out()).contains("Planifie des groupes tournants");
        assertThat(Cli.run("--lang", "fr", "help", "--help").out()).contains("Affiche l'aide d'une commande");
    }

    @Test
    void usageErrorsSpeakTheCommandLinesLanguage() {
        assertThat(Cli.run("groups", "--people", "8", "--lang", "fr").err()).contains(
                "Options obligatoires manquantes : '--size=S', '--rounds=W', '--out=rounds.csv'",
                "Peut-être lancer « peer-match groups --help »").doesNotContain("Missing", "Maybe");
        assertThat(Cli.run("solve", "--lang", "fr").err()).contains("Paramètre obligatoire manquant : 'PROGRAMME'");
        assertThat(Cli.run("solve", "x.json", "--sed", "3", "--lang", "fr").err()).contains(
                "Options inconnues : '--sed', '3'", "Vouliez-vous dire : --seed ?");
        assertThat(Cli.run("solve", "x.json", "--seed", "1", "--seed", "2", "--lang", "fr").err())
                .contains("L’option '--seed=N' est donnée plus d’une fois.");
        Cli.Result notNumber = Cli.run("groups", "--people", "8", "--size", "two", "--rounds", "1", "--out", "x.csv",
                "--lang", "fr");
        assertThat(notNumber.exitCode()).isEqualTo(2);
        assertThat(notNumber.err()).contains("Valeur invalide pour l’option « --size » : « two » n’est pas un nombre "
                + "entier.").doesNotContain("is not an int");
        assertThat(Cli.run("solve", "x.json", "--seed", "abc", "--lang", "fr").err())
                .contains("Valeur invalide pour l’option « --seed » : « abc » n’est pas un nombre entier.");
        assertThat(Cli.run("solv", "--lang", "fr").err()).contains("Argument inattendu : 'solv'",
                "Vouliez-vous dire : solve ?");
        assertThat(Cli.run("solve", "x.json", "--sed", "3", "--lang", "en").err()).contains(
                "Unknown options: '--sed', '3'", "Did you mean: --seed?", "Maybe run");
    }

    @Test
    void theHelpLanguageFollowsLangElseTheSystem() {
        assertThat(PeerMatchCli.helpLanguage("solve", "--lang", "FR-fr")).isEqualTo("fr");
        assertThat(PeerMatchCli.helpLanguage("solve", "--lang=en", "--help")).isEqualTo("en");
        // An unknown language is the option's error to report, not the help's: the help keeps the system's.
        assertThat(PeerMatchCli.helpLanguage("solve", "--lang", "xx")).isEqualTo(LanguageOption.systemLanguage());
        assertThat(PeerMatchCli.helpLanguage("solve", "--lang")).isEqualTo(LanguageOption.systemLanguage());
    }

    @Test
    void noHelpTextIsWrittenInTheCommands() throws IOException {
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/peermatch/cli"))) {
            for (Path file : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).matches(".*\\b(description|header|footerHeading|exitCodeListHeading)\\s*=\\s*\\S.*")
                            && !lines.get(i).strip().startsWith("*") && !lines.get(i).strip().startsWith("//")) {
                        written.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(written).isEmpty();
    }

    private static Set<String> ownKeys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PeerMatchCli.class.getResourceAsStream(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static List<CommandSpec> commands(CommandLine commandLine) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(commandLine.getCommandSpec());
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            all.addAll(commands(sub));
        }
        return all;
    }
}
