package org.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
