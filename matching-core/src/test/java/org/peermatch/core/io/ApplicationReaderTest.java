package org.peermatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Application;
import org.peermatch.core.model.Applications;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.OrientationDecision;
import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;

/** Applications in programme documents: wishes, motivation, eligibility, rules.orientation and decisions. */
class ApplicationReaderTest {

    private static final String HEAD = """
            {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-12-17"},
             "rules": {"orientation": {"maxBeneficiaries": 2, "maxPerMode": {"workshop": 10},
                "fit": {"pitch": {"workshop": 3, "accompaniment": 1}},
                "priorityGroups": {"firstTimeApplicants": true, "smallStructureStaff": 5, "territories": ["ariege"]}}},
             "members": [
            """;

    private static Programme read(String members, String decisions) throws InvalidInputException {
        return ProgrammeReader.read(HEAD + members + "]" + (decisions == null ? "" : ", \"decisions\": " + decisions)
                + "}", "applications.json");
    }

    private static List<String> problems(String members, String decisions) {
        try {
            read(members, decisions);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InputProblem::format).toList();
        }
        throw new AssertionError("the document was read without problems");
    }

    @Test
    void applicationsRulesAndDecisionsAreRead() throws InvalidInputException {
        Programme programme = read("""
                {"id": "a1", "name": "Ana", "organization": "O1", "requests": ["immersion"],
                 "wishes": ["workshop", "accompaniment"], "motivation": "Grow the label",
                 "eligibility": {"firstTimeApplicant": true, "formerBeneficiary": false, "staff": 3, "territory": "ariege"},
                 "needs": [{"topic": "pitch", "priority": 1, "hours": 4}]},
                {"id": "b2", "name": "Ben", "organization": "O2"}
                """, """
                {"orientations": [{"member": "a1", "mode": "workshop", "decision": "pinned", "reason": "asked"}]}
                """);

        Applications applications = programme.applications();
        assertThat(applications.applications()).containsExactly(new Application("a1",
                List.of(Mode.WORKSHOP, Mode.ACCOMPANIMENT), "Grow the label", true, false, 3, "ariege"));
        assertThat(applications.rules().maxBeneficiaries()).isEqualTo(2);
        assertThat(applications.rules().maxPerMode()).isEqualTo(Map.of(Mode.WORKSHOP, 10));
        assertThat(applications.rules().fit()).isEqualTo(Map.of("pitch",
                Map.of(Mode.WORKSHOP, 3, Mode.ACCOMPANIMENT, 1)));
        assertThat(applications.rules().firstTimeApplicants()).isTrue();
        assertThat(applications.rules().smallStructureStaff()).isEqualTo(5);
        assertThat(applications.rules().territories()).containsExactly("ariege");
        assertThat(applications.decisions()).containsExactly(
                new OrientationDecision("a1", Mode.WORKSHOP, true, "asked"));
        assertThat(programme.member("a1").requests()).containsExactly(Mode.IMMERSION);
    }

    @Test
    void aProgrammeWithoutWishesHasNoApplications() throws InvalidInputException {
        Programme programme = read("{\"id\": \"b2\", \"name\": \"Ben\", \"organization\": \"O2\"}", null);

        assertThat(programme.applications()).isSameAs(Applications.NONE);
    }

    @Test
    void mistakesAreLocatedWithAdvice() {
        List<String> problems = problems("""
                {"id": "a1", "name": "Ana", "organization": "O1", "requests": ["workshop"],
                 "wishes": ["workshop", "acompaniment", "immersion", "immersion"],
                 "eligibility": {"staff": 0}},
                {"id": "b2", "name": "Ben", "organization": "O2", "motivation": "none"}
                """, """
                {"orientations": [{"member": "a1", "mode": "codevelopment", "decision": "pinned"},
                                  {"member": "b2", "mode": "workshop", "decision": "forbidden"}]}
                """);

        assertThat(String.join("\n", problems))
                .contains("$.members[0].wishes[0]: a1 (Ana) wishes for `workshop`, which is already in their"
                        + " `requests`.")
                .contains("Maybe remove \"workshop\" from `wishes`")
                .contains("$.members[0].wishes[1]: `acompaniment` is not a mode.")
                .contains("accompaniment")
                .contains("$.members[0].wishes[3]: a1 (Ana) wishes for `immersion` twice.")
                .contains("$.members[0].eligibility.staff")
                .contains("$.members[1].motivation: b2 (Ben) gives `motivation` but no `wishes`.")
                .contains("$.decisions.orientations[0].mode: a1 (Ana) does not wish for `codevelopment`.")
                .contains("$.decisions.orientations[1].member: b2 (Ben) gives no `wishes`");
    }

    @Test
    void badOrientationRulesAreLocated() {
        assertThatThrownBy(() -> ProgrammeReader.read("""
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-12-17"},
                 "rules": {"orientation": {"maxBeneficiaries": -1, "fit": {"Pitch": {"workshop": 4}},
                    "priorityGroups": {"firstTimeApplicant": true}}},
                 "members": [{"id": "a", "name": "A", "organization": "O"}]}
                """, "rules.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        String.join("\n", e.problems().stream().map(InputProblem::format).toList()))
                        .contains("$.rules.orientation.maxBeneficiaries")
                        .contains("$.rules.orientation.fit.Pitch: `Pitch` is not a topic id.")
                        .contains("$.rules.orientation.fit.Pitch.workshop")
                        .contains("`firstTimeApplicant` is not a field of the priority groups.")
                        .contains("firstTimeApplicants"));
    }
    @Test
    void mistakesAreReportedInFrench() {
        InvalidInputException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> ProgrammeReader.read(HEAD + """
                {"id": "a1", "name": "Ana", "organization": "O1", "requests": ["workshop"],
                 "wishes": ["workshop", "immersion", "immersion"]},
                {"id": "b2", "name": "Ben", "organization": "O2", "motivation": "none"}
                ], "decisions": {"orientations": [{"member": "a1", "mode": "codevelopment", "decision": "pinned"}]}}
                """, "applications.json", Messages.french()));

        assertThat(String.join("\n", thrown.problems().stream().map(InputProblem::format).toList()))
                .contains("a1 (Ana) souhaite `workshop`, qui figure déjà dans ses `requests`.")
                .contains("Peut-être retirer \"workshop\" de `wishes`")
                .contains("a1 (Ana) souhaite `immersion` deux fois.")
                .contains("b2 (Ben) indique `motivation` mais pas de `wishes`.")
                .contains("a1 (Ana) ne souhaite pas `codevelopment`.")
                .doesNotContain("Maybe", "wishes for", "twice");
    }

    @Test
    void immersionObjectivesAreAcceptedFromAnApplicantWhoWishesForImmersion() throws InvalidInputException {
        Programme programme = read("""
                {"id": "a1", "name": "Ana", "organization": "O1", "wishes": ["immersion"],
                 "objectives": ["booking"]}
                """, null);

        assertThat(programme.member("a1").objectives()).containsExactly("booking");
    }

    @Test
    void anApplicantWhoIsNeverAvailableIsReported() {
        List<String> problems = problems("""
                {"id": "a1", "name": "Ana", "organization": "O1", "wishes": ["workshop"],
                 "availability": {"weekly": [{"from": "2027-01-11", "to": "2027-01-11", "halfDays": ["MON-AM"]}],
                                  "unavailable": ["2027-01-11"]}}
                """, null);

        assertThat(String.join("\n", problems))
                .contains("a1 (Ana) wishes for workshop but is never available during the programme");
    }
    @Test
    void aFitTopicThatLooksLikeATypoOfANeedIsReported() {
        assertThatThrownBy(() -> ProgrammeReader.read("""
                {"programme": {"name": "P", "start": "2027-01-11", "end": "2027-12-17"},
                 "rules": {"orientation": {"fit": {"pich": {"workshop": 3}, "budget": {"workshop": 2}}}},
                 "members": [{"id": "a", "name": "A", "organization": "O", "wishes": ["workshop"],
                              "needs": [{"topic": "pitch", "priority": 1, "hours": 2}]}]}
                """, "rules.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.path()).isEqualTo("$.rules.orientation.fit.pich");
                            assertThat(problem.message()).isEqualTo("no member has a need on `pich`: this row of"
                                    + " the fit table would serve nobody.");
                            assertThat(problem.advice()).isEqualTo("Maybe you meant `pitch`, a topic of the"
                                    + " members' needs?");
                        }));
    }
}
