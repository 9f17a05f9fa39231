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

    private static List<String> messages(String json, Messages messages) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ProgrammeReader.read(json, "small.json", messages));
        return e.problems().stream().map(p -> p.message() + " " + p.advice()).toList();
    }
}
