package org.peermatch.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.peermatch.core.model.Programme;
import org.peermatch.core.solve.Assignment;
import org.peermatch.core.solve.CandidateVerdict;
import org.peermatch.core.solve.ConstraintScore;
import org.peermatch.core.solve.PairExplanation;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.solve.ResourceLoad;
import org.peermatch.core.solve.SolveStatistics;
import org.peermatch.core.solve.UncoveredNeed;
import org.peermatch.core.solve.Violation;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Proposal} as the proposal JSON document: the machine-readable output of a solve, for tools and
 * for comparing runs. It only formats what the proposal holds, adding member names from the {@link Programme}.
 *
 * <p>The output is pretty-printed (two-space indent, {@code \n} line ends, a final newline), UTF-8, with keys always
 * in the order below and lists in the proposal's order, so the same proposal always gives the same bytes. The only
 * values that change between two runs of the same input are those the proposal itself carries from the run:
 * {@code statistics.timeSpentMillis} and {@code statistics.movesPerSecond} (and, without a move-count limit, the
 * solution itself). A reproducible run (bounded by a move count only) leaves both out and says
 * {@code "reproducible": true}, so the same input and seed give byte-identical files.
 *
 * <p>Shape (a name is {@code null} when the programme does not know the id):
 * <pre>{@code
 * {
 *   "programme": "PEER CULTURE 2027",             // Proposal.programme
 *   "status": "complete" | "gaps" | "infeasible", // complete: every rule met and every need covered;
 *                                                 // gaps: every rule met, some needs uncovered;
 *                                                 // infeasible: at least one hard rule broken
 *   "score": {"total": "0hard/-3medium/1250soft", "hard": 0, "medium": -3, "soft": 1250},
 *   "pairs": [{                                   // covered needs, by participant in document order
 *     "participant": "m01", "participantName": "Camille Martin",
 *     "resource": "m12", "resourceName": "Ana Costa",
 *     "topic": "business-model", "priority": 1, "hours": 6, "pinned": false,
 *     "why": {
 *       "level": 4, "minimumLevel": 3,            // resource person's level on the topic, programme minimum
 *       "commonSectors": ["music"],
 *       "earlierInteractions": 1, "lastInteraction": "2026-05-12" | null, "commonPeers": ["m07"],
 *       "noveltyCost": 71, "continuityAsked": false,
 *       "preferenceRank": 1,                      // 1 = first choice, 0 = not ranked
 *       "commonHalfDays": 48,
 *       "sentences": ["covers business-model at level 4/5", "..."]
 *     }
 *   }],
 *   "uncoveredNeeds": [{
 *     "participant": "m02", "participantName": "...", "topic": "pitch", "priority": 2, "hours": 4,
 *     "summary": "Nobody offering accompaniment covers pitch at level 3+.",
 *     "candidates": [{                            // every resource person, with what blocks each
 *       "resource": "m12", "resourceName": "...",
 *       "blockedBy": ["competence-too-low"],      // hard constraint ids; empty: left out for a trade-off
 *       "reason": "..."
 *     }]
 *   }],
 *   "loads": [{                                   // per resource person offering accompaniment, document order
 *     "resource": "m12", "resourceName": "...", "hours": 14, "hoursCapacity": 20,
 *     "participants": [{"participant": "m01", "participantName": "..."}], "participantsCapacity": 3
 *   }],
 *   "violations": [{"constraint": "resource-hours-exceeded", "message": "Ana (m12) is given 26 hours but offers 20."}],
 *   "constraints": [{"id": "same-sector", "level": "hard" | "medium" | "soft", "weight": 30, "score": 60}],
 *   "statistics": {                               // null when the proposal carries none
 *     "reproducible": false, "timeSpentMillis": 30012, "movesPerSecond": 41136, "moves": 1234567, "seed": 0,
 *     "terminatedEarly": false
 *   }
 * }
 * }</pre>
 *
 * <p>Thread-safe: the class holds no mutable state.
 */
public final class ProposalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Two-space indent and {@code \n} everywhere (never the platform's line separator), {@code "key": value}. */
    private static final ObjectWriter WRITER = MAPPER.writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ProposalJson() {
    }

    /**
     * Writes the proposal JSON, UTF-8, to the stream. The stream is flushed but not closed.
     *
     * @param proposal the result of a solve
     * @param programme the programme it was solved from, for member names
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void write(Proposal proposal, Programme programme, OutputStream out) throws IOException {
        out.write(toJson(proposal, programme).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Formats the proposal JSON.
     *
     * @param proposal the result of a solve
     * @param programme the programme it was solved from, for member names
     * @return the document, ending with a newline
     */
    public static String toJson(Proposal proposal, Programme programme) {
        return WRITER.writeValueAsString(tree(proposal, programme)) + "\n";
    }

    /** @return the document as a tree whose object keys keep their insertion order */
    static ObjectNode tree(Proposal proposal, Programme programme) {
        People people = new People(proposal, programme);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("programme", proposal.programme());
        root.put("status", Status.of(proposal).jsonName());

        ObjectNode score = root.putObject("score");
        score.put("total", proposal.score());
        score.put("hard", proposal.hardScore());
        score.put("medium", proposal.mediumScore());
        score.put("soft", proposal.softScore());

        ArrayNode pairs = root.putArray("pairs");
        for (Assignment assignment : proposal.assignments()) {
            pair(pairs.addObject(), assignment, people);
        }

        ArrayNode uncovered = root.putArray("uncoveredNeeds");
        for (UncoveredNeed need : proposal.uncovered()) {
            uncoveredNeed(uncovered.addObject(), need, people);
        }

        ArrayNode loads = root.putArray("loads");
        for (ResourceLoad load : proposal.loads()) {
            load(loads.addObject(), load, people);
        }

        ArrayNode violations = root.putArray("violations");
        for (Violation violation : proposal.violations()) {
            ObjectNode node = violations.addObject();
            node.put("constraint", violation.constraint());
            node.put("message", violation.message());
        }

        ArrayNode constraints = root.putArray("constraints");
        for (ConstraintScore constraint : proposal.constraints()) {
            ObjectNode node = constraints.addObject();
            node.put("id", constraint.id());
            node.put("level", constraint.level() == null ? null : constraint.level().name().toLowerCase(Locale.ROOT));
            node.put("weight", constraint.weight());
            node.put("score", constraint.score());
        }

        statistics(root, proposal.statistics());
        return root;
    }

    private static void pair(ObjectNode node, Assignment assignment, People people) {
        node.put("participant", assignment.participant());
        node.put("participantName", people.name(assignment.participant()));
        node.put("resource", assignment.resource());
        node.put("resourceName", people.name(assignment.resource()));
        node.put("topic", assignment.topic());
        node.put("priority", assignment.priority());
        node.put("hours", assignment.hours());
        node.put("pinned", assignment.pinned());
        PairExplanation why = assignment.why();
        if (why == null) {
            node.putNull("why");
            return;
        }
        ObjectNode whyNode = node.putObject("why");
        whyNode.put("level", why.level());
        whyNode.put("minimumLevel", why.minimumLevel());
        strings(whyNode.putArray("commonSectors"), why.commonSectors());
        whyNode.put("earlierInteractions", why.earlierInteractions());
        whyNode.put("lastInteraction", why.lastInteraction() == null ? null : why.lastInteraction().toString());
        strings(whyNode.putArray("commonPeers"), why.commonPeers());
        whyNode.put("noveltyCost", why.noveltyCost());
        whyNode.put("continuityAsked", why.continuityAsked());
        whyNode.put("preferenceRank", why.preferenceRank());
        whyNode.put("commonHalfDays", why.commonHalfDays());
        strings(whyNode.putArray("sentences"), why.sentences());
    }

    private static void uncoveredNeed(ObjectNode node, UncoveredNeed need, People people) {
        node.put("participant", need.participant());
        node.put("participantName", people.name(need.participant()));
        node.put("topic", need.topic());
        node.put("priority", need.priority());
        node.put("hours", need.hours());
        node.put("summary", need.summary());
        ArrayNode candidates = node.putArray("candidates");
        for (CandidateVerdict verdict : need.candidates()) {
            ObjectNode candidate = candidates.addObject();
            candidate.put("resource", verdict.resource());
            candidate.put("resourceName", people.name(verdict.resource()));
            strings(candidate.putArray("blockedBy"), verdict.blockedBy());
            candidate.put("reason", verdict.reason());
        }
    }

    private static void load(ObjectNode node, ResourceLoad load, People people) {
        node.put("resource", load.resource());
        node.put("resourceName", people.name(load.resource()));
        node.put("hours", load.hours());
        node.put("hoursCapacity", load.hoursCapacity());
        ArrayNode participants = node.putArray("participants");
        for (String participant : load.participants()) {
            ObjectNode entry = participants.addObject();
            entry.put("participant", participant);
            entry.put("participantName", people.name(participant));
        }
        node.put("participantsCapacity", load.participantsCapacity());
    }

    private static void statistics(ObjectNode root, SolveStatistics statistics) {
        if (statistics == null) {
            root.putNull("statistics");
            return;
        }
        ObjectNode node = root.putObject("statistics");
        if (statistics.reproducible()) {
            // Wall-clock figures vary run to run: a reproducible run leaves them out so its files are identical.
            node.put("reproducible", true);
        } else {
            node.put("reproducible", false);
            if (statistics.spent() == null) {
                node.putNull("timeSpentMillis");
            } else {
                node.put("timeSpentMillis", statistics.spent().toMillis());
            }
            node.put("movesPerSecond", statistics.movesPerSecond());
        }
        node.put("moves", statistics.moveCount());
        node.put("seed", statistics.seed());
        node.put("terminatedEarly", statistics.terminatedEarly());
    }

    private static void strings(ArrayNode array, List<String> values) {
        for (String value : values) {
            array.add(value);
        }
    }
}
