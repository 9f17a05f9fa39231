package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermatch.core.decisions.Alternatives;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code solve --baseline}, {@code --max-changes} and {@code diff}, in-process. */
class ReplanCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void aResourcePersonWhoLeavesIsReleasedSaidSoAndDiffPrintsTheSameChanges() throws IOException {
        Path programme = Cli.programme("small.json", folder);
        Path published = folder.resolve("published.json");
        assertThat(Cli.run("solve", programme.toString(), "--move-limit", "300", "-o", published.toString(),
                "-r", folder.resolve("published.html").toString(), "-c", folder.resolve("cal1").toString())
                .exitCode()).isIn(0, 1);
        JsonNode before = JSON.readTree(published.toFile());
        String leaving = before.get("pairs").get(0).get("resource").asString();

        ObjectNode changed = (ObjectNode) JSON.readTree(programme.toFile());
        for (JsonNode member : changed.get("members")) {
            if (member.get("id").asString().equals(leaving)) {
                ((ObjectNode) member).remove("offers");
            }
        }
        Path changedFile = folder.resolve("changed.json");
        Files.writeString(changedFile, JSON.writeValueAsString(changed), StandardCharsets.UTF_8);

        Path replanned = folder.resolve("replanned.json");
        Cli.Result result = Cli.run("solve", changedFile.toString(), "--baseline", published.toString(),
                "--move-limit", "300", "-o", replanned.toString(), "-r", folder.resolve("replanned.html").toString(),
                "-c", folder.resolve("cal2").toString());
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        assertThat(result.err()).contains("Changes from the published proposal: ")
                .contains("no longer offers accompaniment");
        JsonNode changes = JSON.readTree(replanned.toFile()).get("changes");
        assertThat(changes).isNotNull();
        assertThat(changes.get("released").asInt()).isPositive();
        for (JsonNode pair : changes.get("pairs")) {
            if (pair.get("resource").asString().equals(leaving)) {
                assertThat(pair.get("change").asString()).isEqualTo("dropped");
                assertThat(pair.get("released").asBoolean()).isTrue();
            }
        }
        assertThat(Files.readString(folder.resolve("replanned.html"))).contains("id=\"changes\"");

        Cli.Result diff = Cli.run("diff", published.toString(), replanned.toString());
        assertThat(diff.exitCode()).isEqualTo(1);
        assertThat(diff.out()).contains("Dropped: ").contains("no longer offers accompaniment");
        Cli.Result same = Cli.run("diff", published.toString(), published.toString());
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).contains("Changes from the published proposal: none");
    }

    @Test
    void aBaselineThatIsNotAProposalIsRefusedWithAdvice() {
        Path programme = Cli.programme("small.json", folder);
        Cli.Result result = Cli.run("solve", programme.toString(), "--baseline", programme.toString(),
                "--move-limit", "10", "-o", folder.resolve("p.json").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--baseline: ").contains("no \"pairs\" list")
                .contains("Maybe give the proposal JSON a solve wrote");
        assertThat(folder.resolve("p.json")).doesNotExist();
    }

    @Test
    void maxChangesNeedsABaselineAndTheProposalNeverOverwritesIt() throws IOException {
        Path programme = Cli.programme("small.json", folder);
        Cli.Result alone = Cli.run("solve", programme.toString(), "--max-changes", "2");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--max-changes 2 needs --baseline").contains("Maybe");
        Path published = folder.resolve("small-proposal.json");
        Files.writeString(published, "{\"pairs\": []}");
        Cli.Result overwrite = Cli.run("solve", programme.toString(), "--baseline", published.toString());
        assertThat(overwrite.exitCode()).isEqualTo(2);
        assertThat(overwrite.err()).contains("--out").contains("--baseline file itself");
    }

    @Test
    void whyNamesTheRuleOfAForbiddenPairAndRefusesAnUnknownMember() throws IOException {
        Path programme = Cli.programme("small.json", folder);
        Path published = publish(programme);
        Cli.Result self = Cli.run("why", programme.toString(), "--proposal", published.toString(),
                "--participant", "p1", "--resource", "p2");
        assertThat(self.exitCode()).isZero();
        assertThat(self.out()).contains("The hard rules forbid the pair").contains("does not offer accompaniment");
        Cli.Result allowed = Cli.run("why", programme.toString(), "--proposal", published.toString(),
                "--participant", "p1", "--resource", "r2", "--move-limit", "200");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.out()).containsAnyOf("No hard rule forbids the pair", "The hard rules forbid the pair");
        Cli.Result unknown = Cli.run("why", programme.toString(), "--proposal", published.toString(),
                "--participant", "nobody", "--resource", "r2");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--participant 'nobody' is not a member").contains("Maybe");
    }

    @Test
    void whyAsksEitherAPairOrAMentorAndNamesTheRulesOfAMentor() throws IOException {
        Path programme = Cli.programme("small.json", folder);
        Path published = publish(programme);
        Cli.Result mixed = Cli.run("why", programme.toString(), "--proposal", published.toString(),
                "--participant", "p1", "--mentor", "r2");
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains("give either --participant and --resource")
                .contains("Maybe write --participant ID --resource ID");
        Cli.Result french = Cli.run("why", programme.toString(), "--proposal", published.toString(),
                "--mentee", "p1", "--lang", "fr");
        assertThat(french.exitCode()).isEqualTo(2);
        assertThat(french.err()).contains("donner soit --participant et --resource").contains("Peut-être");

        Cli.Result groupOnly = Cli.run("why", programme.toString(), "--proposal", published.toString(),
                "--member", "p1");
        assertThat(groupOnly.exitCode()).isEqualTo(2);
        assertThat(groupOnly.err()).contains("--member and --group (co-development)");
        Cli.Result group = Cli.run("why", programme.toString(), "--proposal", published.toString(),
                "--member", "p1", "--group", "1");
        assertThat(group.exitCode()).as(group.err()).isZero();
        assertThat(group.out()).contains("Why not ").contains(" in co-development group 1? It cannot be:")
                .contains("does not ask for co-development").contains("The proposal has no group 1");

        Cli.Result mentor = Cli.run("why", programme.toString(), "--proposal", published.toString(),
                "--mentee", "p1", "--mentor", "r2");
        assertThat(mentor.exitCode()).as(mentor.err()).isZero();
        assertThat(mentor.out()).contains("Why not ").contains(" as mentor of ")
                .contains("The hard rules forbid the pair:").contains("does not ask for an immersion day")
                .contains("does not offer immersion days");
    }

    @Test
    void aReplanIsReproducible() throws IOException {
        Path programme = Cli.programme("small.json", folder);
        Path published = publish(programme);
        for (String run : new String[] {"a", "b"}) {
            assertThat(Cli.run("solve", programme.toString(), "--baseline", published.toString(), "--move-limit",
                    "300", "-o", folder.resolve(run + ".json").toString(), "-r",
                    folder.resolve(run + ".html").toString(), "-c", folder.resolve(run).toString()).exitCode())
                    .isIn(0, 1);
        }
        assertThat(Files.readString(folder.resolve("a.json"))).isEqualTo(Files.readString(folder.resolve("b.json")))
                .contains("\"changes\"");
        assertThat(Files.readString(folder.resolve("a.html"))).isEqualTo(Files.readString(folder.resolve("b.html")));
    }

    /** @return the proposal of a short solve of the programme, as a committee would publish it */
    private Path publish(Path programme) {
        Path published = folder.resolve("published.json");
        Cli.run("solve", programme.toString(), "--move-limit", "300", "-o", published.toString(),
                "-r", folder.resolve("published.html").toString(), "-c", folder.resolve("cal").toString());
        return published;
    }

    @Test
    void alternativesAreWrittenNextToTheProposalAndCompared() throws IOException {
        Path programme = Cli.programme("small.json", folder);
        Cli.Result result = Cli.run("solve", programme.toString(), "--alternatives", "2", "--move-limit", "200",
                "-o", folder.resolve("plan.json").toString(), "-r", folder.resolve("plan.html").toString(),
                "-c", folder.resolve("cal").toString());
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        assertThat(folder.resolve("plan-alternative-2.json")).exists();
        assertThat(folder.resolve("plan-alternative-2.html")).exists();
        assertThat(result.err()).contains("2 alternatives, each holding at least 20% of pairs")
                .contains("covered  worst-off").contains("plan-alternatives.csv");
        List<String> comparison = Files.readAllLines(folder.resolve("plan-alternatives.csv"));
        assertThat(comparison).hasSize(3).first().isEqualTo(Alternatives.CSV_HEADER);
        assertThat(comparison.get(1)).startsWith("1,");
        assertThat(comparison.get(2)).startsWith("2,");
        // Each alternative passes the accompaniment certifier (its violations, in the proposal JSON, are none).
        for (String file : List.of("plan.json", "plan-alternative-2.json")) {
            JsonNode proposal = JsonMapper.builder().build().readTree(Files.readString(folder.resolve(file)));
            assertThat(proposal.path("violations").isArray()).as(file).isTrue();
            assertThat(proposal.path("violations").size()).as(file).isZero();
        }
        Cli.Result tooMany = Cli.run("solve", programme.toString(), "--alternatives", "6");
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err()).contains("--alternatives 6 is out of range 1..5").contains("Maybe");
    }
}
