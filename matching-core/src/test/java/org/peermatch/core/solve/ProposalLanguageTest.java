package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.report.IcsExport;
import org.peermatch.core.report.ProposalJson;
import org.peermatch.core.text.Messages;

/**
 * A proposal's texts follow the programme's language: English by default and for {@code en} (the same bytes),
 * French for {@code fr}; the library never looks at the platform's locale.
 */
class ProposalLanguageTest {

    private static final Path SMALL = Path.of("../examples/small-programme.json");

    @Test
    void theProgrammesLanguageChoosesTheTextsAndEnglishIsUnchanged() throws Exception {
        Programme programme = ProgrammeReader.read(SMALL);
        programme = programme.withSolver(new SolverSettings(null, null, 2_000L, 7L));
        assertThat(programme.language()).isNull();

        Proposal unsaid = PeerMatch.solve(programme);
        Proposal english = PeerMatch.solve(programme.withLanguage("en"));
        Programme frenchProgramme = programme.withLanguage("fr");
        Proposal french = PeerMatch.solve(frenchProgramme);

        assertThat(ProposalJson.toJson(english, programme.withLanguage("en")))
                .isEqualTo(ProposalJson.toJson(unsaid, programme));
        assertThat(unsaid.accompaniment().assignments().getFirst().why().sentences().getFirst())
                .startsWith("covers ");
        assertThat(french.accompaniment().assignments().getFirst().why().sentences().getFirst())
                .startsWith("couvre ");
        assertThat(french.accompaniment().summary(Messages.french())).startsWith("Accompagnement : ");
        assertThat(french.accompaniment().summary()).startsWith("Accompaniment: ");
        String ics = IcsExport.programme(frenchProgramme, french.calendar());
        assertThat(ics).contains("Rendez-vous d’accompagnement").contains("Avec : ")
                .doesNotContain("Accompaniment meeting");
    }
}
