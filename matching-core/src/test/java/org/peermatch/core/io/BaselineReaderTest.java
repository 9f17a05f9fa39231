package org.peermatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineGroup;
import org.peermatch.core.model.BaselineImmersion;
import org.peermatch.core.model.BaselinePair;
import org.peermatch.core.text.Messages;

/** Reading a published proposal back as the baseline of a re-plan: its pairs, its immersion days, its mistakes. */
class BaselineReaderTest {

    private static final String PROPOSAL = """
            {"programme": "P",
             "pairs": [{"participant": "p1", "participantName": "Ana", "resource": "r1", "resourceName": "Rémi",
                        "topic": "pricing", "priority": 1, "hours": 6,
                        "why": {"level": 4, "commonSectors": ["music"]}}],
             "uncoveredNeeds": [{"participant": "p2", "participantName": "Ben", "topic": "legal"}],
             "loads": [{"resource": "r1", "resourceName": "Rémi"}],
             "immersion": {"pairs": [{"mentee": "m1", "menteeName": "Léa", "mentor": "s1", "mentorName": "Sophie",
                                      "day": "2027-06-29", "reportDue": "2027-07-06"}]},
             "codevelopment": {"groups": [{"number": 1, "members": [{"member": "c1", "memberName": "Chloé"},
                                                                   {"member": "c2", "memberName": "Clément"}]}]}}
            """;

    @Test
    void readsPairsAndImmersionDays() throws InvalidInputException {
        Baseline baseline = BaselineReader.read(PROPOSAL, "published.json", Messages.english());

        assertThat(baseline.pairs()).containsExactly(
                new BaselinePair("p1", "r1", "pricing", 1, 6, 4, List.of("music")));
        assertThat(baseline.participants()).containsExactly("p1", "p2");
        assertThat(baseline.resources()).containsExactly("r1");
        assertThat(baseline.immersions()).containsExactly(
                new BaselineImmersion("m1", "s1", LocalDate.of(2027, 6, 29)));
        assertThat(baseline.immersionOf("m1").mentor()).isEqualTo("s1");
        assertThat(baseline.name("s1")).isEqualTo("Sophie");
        assertThat(baseline.groups()).containsExactly(new BaselineGroup(1, List.of("c1", "c2")));
        assertThat(baseline.groupOf("c2").number()).isEqualTo(1);
        assertThat(baseline.name("c1")).isEqualTo("Chloé");
        assertThat(baseline.isEmpty()).isFalse();
    }

    @Test
    void aProposalWithoutImmersionHasNoDays() throws InvalidInputException {
        Baseline baseline = BaselineReader.read("{\"pairs\": []}", "published.json", Messages.english());

        assertThat(baseline.immersions()).isEmpty();
        assertThat(baseline.isEmpty()).isTrue();
    }

    @Test
    void aBrokenImmersionDayIsLocatedInTheLanguageAsked() {
        String broken = PROPOSAL.replace("\"day\": \"2027-06-29\"", "\"day\": \"29/06/2027\"");

        InvalidInputException english = catchThrowableOfType(InvalidInputException.class,
                () -> BaselineReader.read(broken, "published.json", Messages.english()));
        InvalidInputException french = catchThrowableOfType(InvalidInputException.class,
                () -> BaselineReader.read(broken, "published.json", Messages.french()));

        assertThat(english.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.immersion.pairs[0].day");
            assertThat(problem.line()).isEqualTo(8);
            assertThat(problem.message()).isEqualTo("the immersion day `29/06/2027` is not a date written"
                    + " YYYY-MM-DD.");
            assertThat(problem.advice()).startsWith("Maybe ");
        });
        assertThat(french.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("la journée d’immersion `29/06/2027` n’est pas une date"
                    + " écrite AAAA-MM-JJ.");
            assertThat(problem.advice()).startsWith("Peut-être ");
        });
    }
}
