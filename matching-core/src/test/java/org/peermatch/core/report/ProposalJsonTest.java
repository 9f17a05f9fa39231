package org.peermatch.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.accompaniment.ResourceLoad;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.solve.SolveStatistics;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProposalJsonTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Programme programme = ReportFixture.programme();
    private final Proposal proposal = ReportFixture.proposal();

    private static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void writesTheImmersionDaysAndTheCoDevelopmentGroups() {
        JsonNode root = parse(ProposalJson.toJson(ReportFixture.proposalWithModes(), programme));

        assertThat(root.get("status").asString()).isEqualTo("gaps");
        JsonNode immersion = root.get("immersion");
        assertThat(names(immersion)).containsExactly("score", "pairs", "unplaced", "violations", "constraints");
        JsonNode pair = immersion.get("pairs").get(0);
        assertThat(names(pair)).containsExactly("mentee", "menteeName", "mentor", "mentorName", "day", "objectives",
                "reportDue", "reasons");
        assertThat(pair.get("mentorName").asString()).isEqualTo("Bruno Lefèvre");
        assertThat(pair.get("day").asString()).isEqualTo("2027-03-09");
        assertThat(pair.get("reportDue").asString()).isEqualTo("2027-03-16");
        assertThat(pair.get("objectives").get(1).asString()).isEqualTo("booking");
        assertThat(immersion.get("unplaced").get(0).get("reasons").get(0).asString())
                .isEqualTo(ReportFixture.UNPLACED_MENTEE_REASON);
        assertThat(immersion.get("constraints").get(0).get("id").asString()).isEqualTo("mentor-other-sector");
        JsonNode group = root.get("codevelopment").get("groups").get(0);
        assertThat(names(group)).containsExactly("number", "members", "sessions", "reasons");
        assertThat(group.get("members").get(0).get("memberName").asString()).isEqualTo("Camille Martin");
        JsonNode session = group.get("sessions").get(1);
        assertThat(session.get("date").asString()).isEqualTo("2027-03-10");
        assertThat(session.get("halfDay").asString()).isEqualTo("AM");
        assertThat(session.get("clients").get(0).get("member").asString()).isEqualTo("m02");
        assertThat(group.get("sessions").get(2).get("date").isNull()).isTrue();
        assertThat(root.get("codevelopment").get("unplaced").get(0).get("member").asString()).isEqualTo("m10");
        JsonNode workshop = root.get("workshops").get("workshops").get(0);
        assertThat(names(workshop)).containsExactly("number", "theme", "animator", "animatorName", "date", "halfDay",
                "room", "attendees", "reasons");
        assertThat(workshop.get("animatorName").asString()).isEqualTo("Ana Costa");
        assertThat(workshop.get("room").isNull()).isTrue();
        assertThat(workshop.get("attendees").get(1).get("memberName").asString()).isEqualTo("Hugo Bernard");
        assertThat(root.get("workshops").get("unserved").get(0).get("topic").asString()).isEqualTo("pitch");
    }

    @Test
    void writesNullForTheModesNobodyAskedFor() {
        JsonNode root = parse(ProposalJson.toJson(proposal, programme));

        assertThat(root.get("immersion").isNull()).isTrue();
        assertThat(root.get("codevelopment").isNull()).isTrue();
        assertThat(root.get("workshops").isNull()).isTrue();
        assertThat(root.get("calendar").isNull()).isTrue();
    }

    @Test
    void topLevelKeysComeInTheDocumentedOrder() {
        JsonNode root = parse(ProposalJson.toJson(proposal, programme));

        assertThat(names(root)).containsExactly("programme", "status", "score", "pairs", "uncoveredNeeds", "loads",
                "violations", "constraints", "immersion", "codevelopment", "workshops", "calendar", "statistics");
        assertThat(root.get("programme").asString()).isEqualTo("PEER CULTURE 2027");
        assertThat(names(root.get("score"))).containsExactly("total", "hard", "medium", "soft");
        assertThat(root.get("score").get("total").asString()).isEqualTo("-1hard/-3medium/132soft");
        assertThat(root.get("score").get("hard").asLong()).isEqualTo(-1);
        assertThat(root.get("score").get("medium").asLong()).isEqualTo(-3);
        assertThat(root.get("score").get("soft").asLong()).isEqualTo(132);
    }

    @Test
    void pairsCarryNamesAndTheWholeExplanation() {
        JsonNode pairs = parse(ProposalJson.toJson(proposal, programme)).get("pairs");

        assertThat(pairs).hasSize(4);
        JsonNode first = pairs.get(0);
        assertThat(names(first)).containsExactly("participant", "participantName", "resource", "resourceName",
                "topic", "priority", "hours", "pinned", "why");
        assertThat(first.get("participant").asString()).isEqualTo("m01");
        assertThat(first.get("participantName").asString()).isEqualTo("Camille Martin");
        assertThat(first.get("resourceName").asString()).isEqualTo("Ana Costa");
        assertThat(first.get("topic").asString()).isEqualTo("business-model");
        assertThat(first.get("priority").asInt()).isEqualTo(1);
        assertThat(first.get("hours").asInt()).isEqualTo(6);
        assertThat(first.get("pinned").asBoolean()).isTrue();
        JsonNode why = first.get("why");
        assertThat(names(why)).containsExactly("level", "minimumLevel", "commonSectors", "earlierInteractions",
                "lastInteraction", "commonPeers", "noveltyCost", "continuityAsked", "preferenceRank", "commonHalfDays",
                "sentences");
        assertThat(why.get("level").asInt()).isEqualTo(4);
        assertThat(why.get("lastInteraction").isNull()).isTrue();
        assertThat(why.get("preferenceRank").asInt()).isEqualTo(1);
        assertThat(why.get("sentences").get(0).asString()).isEqualTo(ReportFixture.CAMILLE_BUSINESS_SENTENCE);

        JsonNode repeated = pairs.get(3).get("why");
        assertThat(repeated.get("lastInteraction").asString()).isEqualTo("2025-03-14");
        assertThat(repeated.get("earlierInteractions").asInt()).isEqualTo(1);
        assertThat(repeated.get("noveltyCost").asLong()).isEqualTo(38);
    }

    @Test
    void inputTextRoundTripsUnchanged() {
        JsonNode pairs = parse(ProposalJson.toJson(proposal, programme)).get("pairs");

        assertThat(pairs.get(2).get("participantName").asString()).isEqualTo(ReportFixture.TRICKY_NAME);
        assertThat(pairs.get(2).get("why").get("sentences").get(1).asString())
                .isEqualTo(ReportFixture.TRICKY_SENTENCE);
    }

    @Test
    void uncoveredNeedsListEveryCandidateAndWhatBlocksIt() {
        JsonNode uncovered = parse(ProposalJson.toJson(proposal, programme)).get("uncoveredNeeds");

        assertThat(uncovered).hasSize(1);
        JsonNode need = uncovered.get(0);
        assertThat(names(need)).containsExactly("participant", "participantName", "topic", "priority", "hours",
                "summary", "candidates");
        assertThat(need.get("topic").asString()).isEqualTo("pitch");
        assertThat(need.get("summary").asString()).isEqualTo(ReportFixture.UNCOVERED_SUMMARY);
        JsonNode candidates = need.get("candidates");
        assertThat(candidates).hasSize(2);
        assertThat(names(candidates.get(1))).containsExactly("resource", "resourceName", "blockedBy", "reason");
        assertThat(candidates.get(1).get("resourceName").asString()).isEqualTo("Bruno Lefèvre");
        assertThat(candidates.get(1).get("blockedBy").get(0).asString()).isEqualTo("competence-too-low");
        assertThat(candidates.get(1).get("blockedBy").get(1).asString()).isEqualTo("resource-hours-exceeded");
    }

    @Test
    void loadsViolationsConstraintsAndStatistics() {
        JsonNode root = parse(ProposalJson.toJson(proposal, programme));

        JsonNode load = root.get("loads").get(1);
        assertThat(names(load)).containsExactly("resource", "resourceName", "hours", "hoursCapacity",
                "participants", "participantsCapacity");
        assertThat(load.get("hours").asInt()).isEqualTo(9);
        assertThat(load.get("participants").get(0).get("participant").asString()).isEqualTo("m02");
        assertThat(load.get("participants").get(0).get("participantName").asString())
                .isEqualTo(ReportFixture.TRICKY_NAME);

        JsonNode violation = root.get("violations").get(0);
        assertThat(names(violation)).containsExactly("constraint", "message");
        assertThat(violation.get("message").asString()).isEqualTo(ReportFixture.VIOLATION_MESSAGE);

        JsonNode constraints = root.get("constraints");
        assertThat(constraints).hasSize(proposal.accompaniment().constraints().size());
        assertThat(names(constraints.get(0))).containsExactly("id", "level", "weight", "score");
        assertThat(constraints.get(0).get("level").asString()).isEqualTo("hard");
        List<String> levels = new ArrayList<>();
        constraints.forEach(constraint -> levels.add(constraint.get("level").asString()));
        assertThat(levels).containsOnly("hard", "medium", "soft");

        JsonNode statistics = root.get("statistics");
        assertThat(names(statistics)).containsExactly("reproducible", "timeSpentMillis", "movesPerSecond", "moves",
                "seed", "terminatedEarly");
        assertThat(statistics.get("timeSpentMillis").asLong()).isEqualTo(30_012);
        assertThat(statistics.get("moves").asLong()).isEqualTo(1_234_567);
        assertThat(statistics.get("seed").asLong()).isEqualTo(42);
        assertThat(statistics.get("terminatedEarly").asBoolean()).isFalse();
    }

    @Test
    void reproducibleRunLeavesWallClockFiguresOut() {
        Proposal timed = ReportFixture.proposal();
        SolveStatistics s = timed.statistics();
        Proposal reproducible = Proposal.of(timed.programme(), timed.modes(), new SolveStatistics(s.spent(),
                s.moveCount(), s.movesPerSecond(), s.seed(), false, true));
        JsonNode statistics = parse(ProposalJson.toJson(reproducible, ReportFixture.programme())).get("statistics");
        assertThat(names(statistics)).containsExactly("reproducible", "moves", "seed", "terminatedEarly");
        assertThat(HtmlReport.toHtml(reproducible, ReportFixture.programme())).doesNotContain("Moves per second");
    }

    @Test
    void statusNamesTheThreeCases() {
        Proposal infeasible = ReportFixture.proposal();
        Proposal gaps = ReportFixture.proposal(List.of(), true);
        Proposal complete = ReportFixture.proposal(List.of(), false);

        assertThat(parse(ProposalJson.toJson(infeasible, programme)).get("status").asString()).isEqualTo("infeasible");
        assertThat(parse(ProposalJson.toJson(gaps, programme)).get("status").asString()).isEqualTo("gaps");
        assertThat(parse(ProposalJson.toJson(complete, programme)).get("status").asString()).isEqualTo("complete");
        assertThat(parse(ProposalJson.toJson(complete, programme)).get("uncoveredNeeds")).isEmpty();
    }

    @Test
    void sameProposalGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        ProposalJson.write(proposal, programme, first);
        ProposalJson.write(ReportFixture.proposal(), ReportFixture.programme(), second);

        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        String text = first.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(ProposalJson.toJson(proposal, programme));
        assertThat(text).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"programme\": ");
        assertThat(text).contains("\"violations\": [\n    {\n");
    }

    @Test
    void writeLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ProposalJson.write(proposal, programme, out);

        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void unknownIdsAndEmptyListsStillGiveTheWholeShape() {
        Proposal odd = Proposal.of("Empty", List.of(new AccompanimentProposal("0hard/0medium/0soft", 0, 0, 0,
                List.of(), List.of(), List.of(new ResourceLoad("ghost", 0, 5, List.of(), 1)), List.<Violation>of(),
                List.of())), null);
        JsonNode root = parse(ProposalJson.toJson(odd, programme));

        assertThat(root.get("status").asString()).isEqualTo("complete");
        assertThat(root.get("loads").get(0).get("resourceName").isNull()).isTrue();
        assertThat(root.get("pairs")).isEmpty();
        assertThat(root.get("statistics").isNull()).isTrue();
        assertThat(ProposalJson.toJson(odd, programme)).contains("\"pairs\": [],");
    }
}
