package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peermatch.core.groups.GroupRound;
import org.peermatch.core.groups.RotatingGroupsCertifier;
import org.peermatch.core.groups.RotatingGroupsCsv;
import org.peermatch.core.groups.RotatingGroupsProblem;


class GroupsCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PeerMatchCli.run(new PrintWriter(out, true), new PrintWriter(err, true), concat(new String[] {"groups"},
                args));
    }

    private Path file(String name, String text) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void socialGolfer_8_4_9_exitsZeroWithNoPairMeetingTwice() {
        Path out = folder.resolve("r.csv");
        int code = run("--people", "32", "--size", "4", "--rounds", "9", "--time-limit", "60s", "--out",
                out.toString());
        assertThat(code).as(err.toString()).isZero();
        List<GroupRound> rounds = RotatingGroupsCsv.readRounds(out);
        var certificate = RotatingGroupsCertifier.certify(RotatingGroupsProblem.numbered(32, 4, 9), rounds);
        assertThat(certificate.violations()).isEmpty();
        assertThat(certificate.repeatedPairs()).isZero();
        assertThat(err.toString()).contains("Planned 9 rounds of 8 groups of 4 for 32 people.",
                "Repeated pairs: 0", "most meetings of a pair: 1", "Wrote ");
        assertThat(this.out.toString()).isEmpty();
    }

    @Test
    void repeatsExitOneAndStillWriteTheFile() {
        Path out = folder.resolve("r.csv");
        int code = run("--people", "4", "--size", "2", "--rounds", "4", "--move-limit", "2000", "--out",
                out.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out).exists();
        assertThat(err.toString()).contains("Repeated pairs: 2", "most meetings of a pair: 2");
    }

    @Test
    void sameSeedAndMoveLimitWriteTheSameFile() throws IOException {
        Path first = folder.resolve("a.csv");
        Path second = folder.resolve("b.csv");
        String[] common = {"--people", "28", "--size", "4", "--rounds", "9", "--move-limit", "2000", "--seed", "5"};
        run(concat(common, "--out", first.toString()));
        run(concat(common, "--out", second.toString()));
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void historyAndForbiddenPairsAreHonoured() throws IOException {
        Path people = file("people.csv", "person\nana\nbob\ncy\ndee\n");
        Path history = file("history.csv", "person1,person2\nana,bob\ncy,dee\n");
        Path forbidden = file("forbidden.csv", "person1,person2\nana,cy\n");
        Path out = folder.resolve("r.csv");
        int code = run("--people", people.toString(), "--size", "2", "--rounds", "1", "--history",
                history.toString(), "--forbidden", forbidden.toString(), "--move-limit", "100", "--out",
                out.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(out)).isEqualTo("round,group,person\n1,1,ana\n1,1,dee\n1,2,bob\n1,2,cy\n");
    }

    /** Bad input: exit 2, the file, line and column named, advice given, no stack trace, nothing written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing person column | name\\nana\\nbob\\n              | person              | people.csv, line 1, column person
            duplicate person      | person\\nana\\nbob\\nana\\n      | person              | people.csv, line 4, column person
            unknown in history    | person\\nana\\nbob\\n            | history-unknown     | history.csv, line 2, column person2
            non-numeric times     | person\\nana\\nbob\\n            | history-times       | history.csv, line 2, column times
            """)
    void badFilesExitTwoAndWriteNothing(String name, String peopleText, String variant, String where)
            throws IOException {
        Path people = file("people.csv", peopleText.replace("\\n", "\n"));
        List<String> args = new ArrayList<>(List.of("--people", people.toString(), "--size", "2", "--rounds", "1",
                "--move-limit", "10", "--out", folder.resolve("r.csv").toString()));
        if (variant.startsWith("history")) {
            Path history = file("history.csv", "unknown".equals(variant.substring(8))
                    ? "person1,person2\nana,zoe\n" : "person1,person2,times\nana,bob,many\n");
            args.addAll(List.of("--history", history.toString()));
        }
        int code = run(args.toArray(String[]::new));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(where).contains("\nMaybe").contains("nothing written")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(folder.resolve("r.csv")).doesNotExist();
    }

    @Test
    void badNumbersNameTheOption() {
        int code = run("--people", "11", "--size", "4", "--rounds", "0", "--out", folder.resolve("r.csv").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--rounds: The number of rounds (0) is below 1.",
                "--people: The 11 people cannot be split into groups of 4 or 5 only.", "Maybe use size 3",
                "2 problems; nothing written.");
        assertThat(folder.resolve("r.csv")).doesNotExist();
    }

    @Test
    void inFrenchTheProblemsAndTheSummarySpeakFrench() throws IOException {
        Path people = file("people.csv", "person\nana\nbob\nana\n");
        Path history = file("history.csv", "persn1,person2\nana,bob\n");
        assertThat(run("--people", people.toString(), "--size", "2", "--rounds", "0", "--history", history.toString(),
                "--lang", "fr", "--out", folder.resolve("r.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains(people + ", ligne 4, colonne person : ".replace(" : ", ": ")
                + "La personne (ana) est déjà à la ligne 2.", "Peut-être retirer la ligne en double.",
                "--rounds: Le nombre de tours (0) est inférieur à 1.",
                "L’en-tête [persn1, person2] n’a pas de colonne person1.",
                "Peut-être écrire l’en-tête person1,person2[,times] (« persn1 » voulu ?).",
                "3 problèmes ; rien n’est écrit.").doesNotContain("Maybe");
        assertThat(folder.resolve("r.csv")).doesNotExist();

        err.getBuffer().setLength(0);
        assertThat(run("--people", "11", "--size", "4", "--rounds", "1", "--lang", "fr", "--out",
                folder.resolve("r.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Les 11 personnes ne peuvent pas être réparties en groupes de 4 ou 5",
                "Peut-être des groupes de 3, ou ajouter 1 personne, ou retirer 1 personne.");

        err.getBuffer().setLength(0);
        assertThat(run("--people", "10", "--size", "3", "--rounds", "1", "--move-limit", "500", "--lang", "fr",
                "--out", folder.resolve("r.csv").toString())).isZero();
        assertThat(err.toString()).contains("1 tour planifié de 3 groupes (1 de 4, 2 de 3) pour 10 personnes.",
                "Paires répétées : 0", "arrêt : aucune paire ne se retrouve deux fois", "Écrit").doesNotContain(
                        "Planned", "Repeated");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("--people", "8", "--size", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("--rounds").contains("--out");
        assertThat(run("--people", "8", "--size", "two", "--rounds", "1", "--out", "x.csv")).isEqualTo(2);
        assertThat(run("--people", "8", "--size", "2", "--rounds", "1", "--time-limit", "soon", "--out",
                folder.resolve("r.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--time-limit").contains("'soon' is not a duration").contains("Maybe");
    }

    @Test
    void aMissingOutputFolderIsCreatedAndAnUnwritableOneFailsWithThreeAsSolveDoes() throws IOException {
        assertThat(run("--people", "8", "--size", "2", "--rounds", "1", "--move-limit", "100", "--out",
                folder.resolve("missing/r.csv").toString())).isZero();
        assertThat(folder.resolve("missing/r.csv")).exists();
        Files.writeString(folder.resolve("in-the-way"), "a file, not a folder");

        assertThat(run("--people", "8", "--size", "2", "--rounds", "1", "--move-limit", "100", "--out",
                folder.resolve("in-the-way/r.csv").toString())).isEqualTo(3);
        assertThat(err.toString()).contains("--out: Cannot write").contains("Maybe");
    }

    @Test
    void helpListsTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Exit codes:", "0", "1", "2", "--people", "--forbidden");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
