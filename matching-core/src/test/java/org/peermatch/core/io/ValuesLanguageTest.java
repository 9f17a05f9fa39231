package org.peermatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.text.Messages;

/** The id, topic, text and weekly availability problems are told in French when asked, unchanged in English. */
class ValuesLanguageTest {

    private static final Path SMALL = Path.of("../examples/small-programme.json");

    @Test
    void idAndTextProblemsFollowTheLanguage() throws Exception {
        String broken = Files.readString(SMALL).replaceFirst("\"topic\": \"business-model\"",
                "\"topic\": \"Business Model\"").replaceFirst("\"name\": \"Léa Garnier\"",
                "\"name\": \"Léa\\\\u0007Garnier\"").replace("[\"FRI-AM\", \"FRI-PM\"]", "[\"FRI-AM\", \"FRI-AM\", \"XYZ-PM\"]");

        List<String> french = messages(broken, Messages.french());
        List<String> english = messages(broken, Messages.english());

        assertThat(String.join("\n", english)).contains("`Business Model` is not a valid topic id.",
                "Maybe write `business-model`: topic ids are lower-case words joined by `-`, like "
                        + "`business-model`.",
                "holds a control character (U+0007) at character 4.", "Maybe remove it: names, ids and texts",
                "the half-day `FRI-AM` is listed twice (also at line 26:", "`XYZ` in `XYZ-PM` is not a day of the week.");
        assertThat(String.join("\n", french)).contains("`Business Model` n’est pas valide ici",
                "Peut-être écrire `business-model` : ce champ", "contient un caractère de contrôle (U+0007) au "
                        + "caractère 4.", "Peut-être le retirer",
                "la demi-journée `FRI-AM` apparaît deux fois (aussi ligne 26:", "`XYZ` dans `XYZ-PM` n’est pas un jour")
                .doesNotContain("Maybe", "is not a valid", "holds a control");
    }

    @Test
    void rulesOffersAndCalendarProblemsFollowTheLanguage() throws Exception {
        String broken = Files.readString(SMALL).replaceFirst("\"start\": \"2027-01-11\", \"end\": \"2027-12-17\"\\}",
                "\"start\": \"2027-01-11\", \"end\": \"2027-12-17\", \"closed\": [{\"from\": \"2027-05-10\", "
                        + "\"to\": \"2027-05-01\"}]}, \"rules\": {\"calendar\": {\"minWeeksBetweenMeetings\": 6, "
                        + "\"maxWeeksBetweenMeetings\": 3}, \"workshop\": {\"minAttendance\": 9, \"maxAttendance\": 4}}")
                .replaceFirst("\"hours\": 30, \"participants\": 3", "\"hours\": 30, \"participants\": 3, \"days\": 2")
                .replaceFirst("\"id\": \"hugo-lafitte\"", "\"id\": \"lea-garnier\"");

        List<String> french = messages(broken, Messages.french());
        List<String> english = messages(broken, Messages.english());

        assertThat(String.join("\n", english)).contains("this closed period ends on 2027-05-01, before it starts "
                + "(2027-05-10).", "maxWeeksBetweenMeetings 3 is smaller than minWeeksBetweenMeetings 6.",
                "maxAttendance 4 is smaller than minAttendance 9.", "`days` only counts for immersion offers",
                "member id `lea-garnier` is used twice: at line 5:13 (Léa Garnier) and here (Hugo Lafitte).");
        assertThat(String.join("\n", french)).contains("cette période de fermeture finit le 2027-05-01",
                "maxWeeksBetweenMeetings 3 est inférieur à minWeeksBetweenMeetings 6.",
                "maxAttendance 4 est inférieur à minAttendance 9.", "`days` ne vaut que pour les offres d’immersion",
                "l’identifiant de membre `lea-garnier` est utilisé deux fois")
                .doesNotContain("Maybe", "is smaller than", "only counts for", "is used twice");
    }

    @Test
    void theKindsOfValueExpectedAreNamedInFrench() throws Exception {
        String broken = Files.readString(SMALL).replaceFirst("\"sectors\": \\[\"live-performance\"]",
                "\"sectors\": \"live-performance\"").replaceFirst("\\{\"topic\": \"pitch\", \"priority\": 2, \"hours\": 4}",
                "\"pitch\"").replaceFirst("\"programme\": \\{", "\"weights\": [60], \"decisions\": {\"pinned\": 3}, "
                        + "\"rules\": {\"workshop\": 4}, \"programme\": {");

        List<String> french = messages(broken, Messages.french());
        List<String> english = messages(broken, Messages.english());

        assertThat(String.join("\n", english)).contains("expected a list of sector ids, found", "expected a list of pinned pairs, found",
                "expected an object of weights by constraint id, like {\"same-sector\": 60}, found",
                "expected the workshop rules (an object, {…}), found", "expected a need (an object, {…}), found");
        assertThat(String.join("\n", french)).contains("une liste d’identifiants de secteurs attendu",
                "une liste de binômes imposés attendu",
                "un objet de poids par identifiant de contrainte, comme {\"same-sector\": 60} attendu",
                "les règles des ateliers collectifs (un objet, {…}) attendu", "un besoin (un objet, {…}) attendu")
                .doesNotContain("a list of", "expected", "an object", "rules");
    }

    private static List<String> messages(String json, Messages messages) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ProgrammeReader.read(json, "small.json", messages));
        return e.problems().stream().map(p -> p.message() + " " + p.advice()).toList();
    }
}
