package org.peermatch.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.CandidateVerdict;
import org.peermatch.core.accompaniment.PairExplanation;
import org.peermatch.core.accompaniment.ResourceLoad;
import org.peermatch.core.accompaniment.UncoveredNeed;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.codevelopment.UnplacedCodevelopmentMember;
import org.peermatch.core.decisions.ChangeKind;
import org.peermatch.core.decisions.ChangedGroupMember;
import org.peermatch.core.decisions.ChangedImmersion;
import org.peermatch.core.decisions.ChangedPair;
import org.peermatch.core.decisions.ChangedWorkshop;
import org.peermatch.core.decisions.Changes;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.immersion.UnplacedMentee;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.solve.SolveStatistics;
import org.peermatch.core.workshop.UnservedWorkshopNeed;
import org.peermatch.core.workshop.Workshop;
import org.peermatch.core.workshop.WorkshopProposal;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
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
 *   "status": "complete" | "gaps" | "infeasible", // complete: every rule met, every need covered, every
 *                                                 // mentee placed, every co-development member in a group;
 *                                                 // gaps: every rule met, something left unplanned;
 *                                                 // infeasible: at least one hard rule broken
 *   "orientation": {                              // only when members apply with wishes ({@link OrientationJson})
 *     "score": {...}, "capacities": [{"mode": "workshop", "total": 24 | null, "decided": 0, "given": 24,
 *                                     "applicants": 17}],
 *     "admitted": [{"member": "a01", "name": "...", "modes": ["workshop"], "wishes": ["workshop", "immersion"],
 *                   "motivation": "...", "priorityGroups": ["first-time-applicants"], "servedWeight": 7,
 *                   "needWeight": 8, "why": ["3 of 4 needs are served best in collective workshops: ..."]}],
 *     "waitingList": [{"rank": 1, "member": "a28", "name": "...", "wishes": [...], "motivation": "...",
 *                      "priorityGroups": [...], "needWeight": 6, "why": ["..."], "wouldAdmit": "..."}],
 *     "constraints": [...], "violations": [...]
 *   },
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
 *   "immersion": null | {                         // null when no member requests immersion
 *     "score": {"total": "0hard/0medium/-40soft", "hard": 0, "medium": 0, "soft": -40},
 *     "pairs": [{"mentee": "m03", "menteeName": "...", "mentor": "m12", "mentorName": "...",
 *                "day": "2027-03-09", "objectives": ["touring"], "reportDue": "2027-03-16", "reasons": ["..."]}],
 *     "unplaced": [{"mentee": "m05", "menteeName": "...", "reasons": ["..."]}],
 *     "violations": [...], "constraints": [...]  // as above, for the immersion constraints
 *   },
 *   "codevelopment": null | {                     // null when no member requests co-development
 *     "score": {...},
 *     "groups": [{"number": 1, "members": [{"member": "m01", "memberName": "..."}],
 *                 "sessions": [{"number": 1, "date": "2027-02-10" | null, "halfDay": "PM" | null,
 *                               "clients": [{"member": "m01", "memberName": "..."}]}],
 *                 "reasons": ["..."]}],
 *     "unplaced": [{"member": "m09", "memberName": "...", "reasons": ["..."]}],
 *     "violations": [...], "constraints": [...]
 *   },
 *   "workshops": null | {                         // null when no member requests workshops
 *     "score": {...},
 *     "workshops": [{"number": 1, "theme": "pitch", "animator": "m12", "animatorName": "...",
 *                    "date": "2027-03-09", "halfDay": "PM", "room": "salle-garonne" | null,
 *                    "attendees": [{"member": "m01", "memberName": "..."}], "reasons": ["..."]}],
 *     "unserved": [{"participant": "m05", "participantName": "...", "topic": "pitch", "priority": 2,
 *                   "reasons": ["..."]}],
 *     "violations": [...], "constraints": [...]
 *   },
 *   "calendar": null | {                          // every session of every mode; null when not planned
 *     "sessions": [{"id": "accompaniment-m01-m12-1", "mode": "accompaniment", "title": "...",
 *                   "members": [{"member": "m01", "memberName": "..."}], "date": "2027-02-02",
 *                   "halfDay": "AM" | null, "start": "2027-02-02T09:00", "end": "2027-02-02T12:30",
 *                   "room": null, "status": "planned" | "held" | "cancelled" | "fixed",
 *                   "questionsDue": "2027-01-31T09:00" | null, "reportDue": "2027-02-09" | null, "hours": 2,
 *                   "notes": ["..."]}],
 *     "unplaced": [{"id": "...", "mode": "...", "title": "...", "members": [...], "hours": 2, "reason": "..."}],
 *     "hoursBudgets": [{"participant": "m01", "participantName": "...", "resource": "m12", "resourceName": "...",
 *                       "covered": 6, "held": 0, "lost": 0, "planned": 6, "unplaced": 0}],
 *     "violations": [...]                         // double bookings, availability, closed days: empty when sound
 *   },
 *   "changes": {                                  // only when re-planned from a published proposal (--baseline)
 *     "kept": 40, "dropped": 2, "released": 1, "added": 2, "counted": 4,
 *     "pairs": [{"change": "kept" | "dropped" | "added", "participant": "m01", "participantName": "...",
 *                "resource": "m12", "resourceName": "...", "topics": ["pricing"], "released": false,
 *                "reason": "..."}]                // dropped first, then added, then kept
 *   },
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
        write(proposal, programme, null, out);
    }

    /**
     * Writes the proposal JSON of a re-plan, with its "changes" from the published proposal, UTF-8, to the
     * stream. The stream is flushed but not closed.
     *
     * @param changes the changes, or null for none (then as {@link #write(Proposal, Programme, OutputStream)})
     */
    public static void write(Proposal proposal, Programme programme, Changes changes, OutputStream out)
            throws IOException {
        try (JsonGenerator json = WRITER.without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out,
                JsonEncoding.UTF8)) {
            write(proposal, programme, changes, json);
        } catch (JacksonIOException e) {
            // A failing stream, as the caller knows it (Jackson wraps it in an unchecked exception).
            throw e.getCause();
        }
        out.write('\n');
        out.flush();
    }

    /** Adds the "changes" object (written just before "statistics"). */
    private static void changes(ObjectNode root, Changes changes) {
        ObjectNode node = root.putObject("changes");
        node.put("kept", changes.kept());
        node.put("dropped", changes.dropped());
        node.put("released", changes.released());
        node.put("added", changes.added());
        node.put("counted", changes.counted());
        ArrayNode pairs = node.putArray("pairs");
        for (ChangedPair change : changes.pairs()) {
            ObjectNode pair = pairs.addObject();
            pair.put("change", change.kind().jsonName());
            pair.put("participant", change.participant());
            pair.put("participantName", change.participantName());
            pair.put("resource", change.resource());
            pair.put("resourceName", change.resourceName());
            strings(pair.putArray("topics"), change.topics());
            pair.put("released", change.released());
            pair.put("reason", change.reason());
        }
        if (!changes.immersions().isEmpty()) {
            immersionChanges(node, changes);
        }
        if (!changes.workshops().isEmpty()) {
            workshopChanges(node, changes);
        }
        if (changes.meetings().any()) {
            ObjectNode meetings = node.putObject("meetings");
            meetings.put("kept", changes.meetings().kept());
            meetings.put("moved", changes.meetings().moved());
            meetings.put("undated", changes.meetings().undated());
        }
        if (!changes.groupMembers().isEmpty()) {
            ObjectNode codevelopment = node.putObject("codevelopment");
            codevelopment.put("kept", changes.groupCount(ChangeKind.KEPT));
            codevelopment.put("left", changes.groupCount(ChangeKind.DROPPED));
            codevelopment.put("released", changes.groupMembers().stream().filter(ChangedGroupMember::released)
                    .count());
            codevelopment.put("joined", changes.groupCount(ChangeKind.ADDED));
            codevelopment.put("moved", changes.groupMembersMoved());
            ArrayNode members = codevelopment.putArray("members");
            for (ChangedGroupMember change : changes.groupMembers()) {
                ObjectNode member = members.addObject();
                member.put("change", change.kind().jsonName());
                member.put("member", change.member());
                member.put("memberName", change.memberName());
                member.put("group", change.group());
                member.put("released", change.released());
                member.put("reason", change.reason());
            }
        }
    }

    private static void workshopChanges(ObjectNode node, Changes changes) {
        ObjectNode section = node.putObject("workshops");
        section.put("kept", changes.workshopCount(ChangeKind.KEPT));
        section.put("dropped", changes.workshopCount(ChangeKind.DROPPED));
        section.put("released", changes.workshops().stream().filter(ChangedWorkshop::released).count());
        section.put("added", changes.workshopCount(ChangeKind.ADDED));
        section.put("moved", changes.workshopsMoved());
        ArrayNode workshops = section.putArray("workshops");
        for (ChangedWorkshop change : changes.workshops()) {
            ObjectNode workshop = workshops.addObject();
            workshop.put("change", change.kind().jsonName());
            workshop.put("theme", change.theme());
            workshop.put("animator", change.animator());
            workshop.put("animatorName", change.animatorName());
            workshop.put("date", change.date().toString());
            workshop.put("halfDay", change.halfDay());
            workshop.put("room", change.room());
            workshop.put("released", change.released());
            workshop.put("reason", change.reason());
        }
    }

    private static void immersionChanges(ObjectNode node, Changes changes) {
        ObjectNode immersion = node.putObject("immersion");
        immersion.put("kept", changes.count(ChangeKind.KEPT));
        immersion.put("dropped", changes.count(ChangeKind.DROPPED));
        immersion.put("released", changes.immersions().stream().filter(ChangedImmersion::released).count());
        immersion.put("added", changes.count(ChangeKind.ADDED));
        immersion.put("moved", changes.immersionsMoved());
        ArrayNode days = immersion.putArray("days");
        for (ChangedImmersion change : changes.immersions()) {
            ObjectNode day = days.addObject();
            day.put("change", change.kind().jsonName());
            day.put("mentee", change.mentee());
            day.put("menteeName", change.menteeName());
            day.put("mentor", change.mentor());
            day.put("mentorName", change.mentorName());
            day.put("day", change.day().toString());
            day.put("released", change.released());
            day.put("reason", change.reason());
        }
    }

    /**
     * Formats the proposal JSON.
     *
     * @param proposal the result of a solve
     * @param programme the programme it was solved from, for member names
     * @return the document, ending with a newline
     */
    public static String toJson(Proposal proposal, Programme programme) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(proposal, programme, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** @return the document as a tree, read back from its bytes (for the proposal workbook, which reads it whole) */
    static JsonNode tree(Proposal proposal, Programme programme) {
        return MAPPER.readTree(toJson(proposal, programme));
    }

    /**
     * Writes the document as a stream: the long lists (pairs, uncovered needs, loads, the calendar's sessions,
     * unplaced sessions and hours budgets) one element at a time, each built as a small tree whose keys keep their
     * insertion order; the rest as trees. The same bytes as the whole document built as one tree, without holding
     * it in memory (at XL it did not fit in 2 GB).
     */
    private static void write(Proposal proposal, Programme programme, Changes changes, JsonGenerator json) {
        People people = new People(proposal, programme);
        json.writeStartObject();
        ObjectNode head = MAPPER.createObjectNode();
        head.put("programme", proposal.programme());
        head.put("status", Status.of(proposal).jsonName());
        if (proposal.orientation() != null) {
            OrientationJson.write(head, proposal.orientation());
        }
        AccompanimentProposal accompaniment = proposal.accompaniment();
        score(head, accompaniment);
        properties(json, head);

        array(json, "pairs", accompaniment.assignments(), (node, assignment) -> pair(node, assignment, people));
        array(json, "uncoveredNeeds", accompaniment.uncovered(), (node, need) -> uncoveredNeed(node, need, people));
        array(json, "loads", accompaniment.loads(), (node, load) -> load(node, load, people));

        ObjectNode modes = MAPPER.createObjectNode();
        violations(modes, accompaniment.violations());
        constraints(modes, accompaniment.constraints());
        immersion(modes, proposal.immersion(), people);
        codevelopment(modes, proposal.codevelopment(), people);
        workshops(modes, proposal.workshops(), people);
        properties(json, modes);

        calendar(json, proposal.calendar(), proposal.calendarViolations(), people);
        ObjectNode tail = MAPPER.createObjectNode();
        if (changes != null) {
            changes(tail, changes);
        }
        statistics(tail, proposal.statistics());
        properties(json, tail);
        json.writeEndObject();
    }

    /** Fills one element of a list. */
    private interface Element<T> {
        void fill(ObjectNode node, T item);
    }

    /** Writes a list property, one element built and written at a time. */
    private static <T> void array(JsonGenerator json, String name, List<T> items, Element<T> element) {
        json.writeName(name);
        json.writeStartArray();
        for (T item : items) {
            ObjectNode node = MAPPER.createObjectNode();
            element.fill(node, item);
            json.writeTree(node);
        }
        json.writeEndArray();
    }

    /** Writes the node's properties into the object being written. */
    private static void properties(JsonGenerator json, ObjectNode node) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            json.writeName(property.getKey());
            json.writeTree(property.getValue());
        }
    }

    private static void immersion(ObjectNode root, ImmersionProposal immersion, People people) {
        if (immersion == null) {
            root.putNull("immersion");
            return;
        }
        ObjectNode node = root.putObject("immersion");
        score(node, immersion);
        ArrayNode pairs = node.putArray("pairs");
        for (ImmersionPairing pairing : immersion.pairings()) {
            ObjectNode pair = pairs.addObject();
            pair.put("mentee", pairing.mentee());
            pair.put("menteeName", people.name(pairing.mentee()));
            pair.put("mentor", pairing.mentor());
            pair.put("mentorName", people.name(pairing.mentor()));
            pair.put("day", pairing.day().toString());
            strings(pair.putArray("objectives"), pairing.objectives());
            pair.put("reportDue", pairing.reportDue().toString());
            strings(pair.putArray("reasons"), pairing.reasons());
        }
        ArrayNode unplaced = node.putArray("unplaced");
        for (UnplacedMentee mentee : immersion.unplaced()) {
            ObjectNode entry = unplaced.addObject();
            entry.put("mentee", mentee.mentee());
            entry.put("menteeName", people.name(mentee.mentee()));
            strings(entry.putArray("reasons"), mentee.reasons());
        }
        violations(node, immersion.violations());
        constraints(node, immersion.constraints());
    }

    private static void codevelopment(ObjectNode root, CodevelopmentProposal codevelopment, People people) {
        if (codevelopment == null) {
            root.putNull("codevelopment");
            return;
        }
        ObjectNode node = root.putObject("codevelopment");
        score(node, codevelopment);
        ArrayNode groups = node.putArray("groups");
        for (CodevelopmentGroup group : codevelopment.groups()) {
            ObjectNode entry = groups.addObject();
            entry.put("number", group.number());
            members(entry.putArray("members"), group.members(), people);
            ArrayNode sessions = entry.putArray("sessions");
            for (CodevelopmentSession session : group.sessions()) {
                ObjectNode sessionNode = sessions.addObject();
                sessionNode.put("number", session.number());
                sessionNode.put("date", session.date() == null ? null : session.date().toString());
                sessionNode.put("halfDay", session.halfDay());
                members(sessionNode.putArray("clients"), session.clients(), people);
            }
            strings(entry.putArray("reasons"), group.reasons());
        }
        ArrayNode unplaced = node.putArray("unplaced");
        for (UnplacedCodevelopmentMember member : codevelopment.unplaced()) {
            ObjectNode entry = unplaced.addObject();
            entry.put("member", member.member());
            entry.put("memberName", people.name(member.member()));
            strings(entry.putArray("reasons"), member.reasons());
        }
        violations(node, codevelopment.violations());
        constraints(node, codevelopment.constraints());
    }

    private static void workshops(ObjectNode root, WorkshopProposal workshops, People people) {
        if (workshops == null) {
            root.putNull("workshops");
            return;
        }
        ObjectNode node = root.putObject("workshops");
        score(node, workshops);
        ArrayNode held = node.putArray("workshops");
        for (Workshop workshop : workshops.workshops()) {
            ObjectNode entry = held.addObject();
            entry.put("number", workshop.number());
            entry.put("theme", workshop.theme());
            entry.put("animator", workshop.animator());
            entry.put("animatorName", people.name(workshop.animator()));
            entry.put("date", workshop.date() == null ? null : workshop.date().toString());
            entry.put("halfDay", workshop.halfDay());
            entry.put("room", workshop.room());
            members(entry.putArray("attendees"), workshop.attendees(), people);
            strings(entry.putArray("reasons"), workshop.reasons());
        }
        ArrayNode unserved = node.putArray("unserved");
        for (UnservedWorkshopNeed need : workshops.unserved()) {
            ObjectNode entry = unserved.addObject();
            entry.put("participant", need.participant());
            entry.put("participantName", people.name(need.participant()));
            entry.put("topic", need.topic());
            entry.put("priority", need.priority());
            strings(entry.putArray("reasons"), need.reasons());
        }
        violations(node, workshops.violations());
        constraints(node, workshops.constraints());
    }

    private static void calendar(JsonGenerator json, ProgrammeCalendar calendar, List<Violation> broken,
            People people) {
        if (calendar == null) {
            json.writeNullProperty("calendar");
            return;
        }
        json.writeName("calendar");
        json.writeStartObject();
        array(json, "sessions", calendar.sessions(), (entry, session) -> {
            entry.put("id", session.id());
            entry.put("mode", session.mode().jsonName());
            entry.put("title", session.title());
            members(entry.putArray("members"), session.members(), people);
            entry.put("date", session.date().toString());
            entry.put("halfDay", session.halfDay());
            entry.put("start", text(session.start()));
            entry.put("end", text(session.end()));
            entry.put("room", session.room());
            entry.put("status", session.status().jsonName());
            entry.put("questionsDue", text(session.questionsDue()));
            entry.put("reportDue", text(session.reportDue()));
            entry.put("hours", session.hours());
            strings(entry.putArray("notes"), session.notes());
        });
        array(json, "unplaced", calendar.unplaced(), (entry, session) -> {
            entry.put("id", session.id());
            entry.put("mode", session.mode().jsonName());
            entry.put("title", session.title());
            members(entry.putArray("members"), session.members(), people);
            entry.put("hours", session.hours());
            entry.put("reason", session.reason());
        });
        array(json, "hoursBudgets", calendar.budgets(), (entry, budget) -> {
            entry.put("participant", budget.participant());
            entry.put("participantName", people.name(budget.participant()));
            entry.put("resource", budget.resource());
            entry.put("resourceName", people.name(budget.resource()));
            entry.put("covered", budget.covered());
            entry.put("held", budget.held());
            entry.put("lost", budget.lost());
            entry.put("planned", budget.planned());
            entry.put("unplaced", budget.unplaced());
        });
        ObjectNode violations = MAPPER.createObjectNode();
        violations(violations, broken);
        properties(json, violations);
        json.writeEndObject();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void members(ArrayNode array, List<String> ids, People people) {
        for (String id : ids) {
            ObjectNode entry = array.addObject();
            entry.put("member", id);
            entry.put("memberName", people.name(id));
        }
    }

    private static void score(ObjectNode parent, ModeProposal mode) {
        ObjectNode score = parent.putObject("score");
        score.put("total", mode.score());
        score.put("hard", mode.hardScore());
        score.put("medium", mode.mediumScore());
        score.put("soft", mode.softScore());
    }

    private static void violations(ObjectNode parent, List<Violation> list) {
        ArrayNode violations = parent.putArray("violations");
        for (Violation violation : list) {
            ObjectNode node = violations.addObject();
            node.put("constraint", violation.constraint());
            node.put("message", violation.message());
        }
    }

    private static void constraints(ObjectNode parent, List<ConstraintScore> list) {
        ArrayNode constraints = parent.putArray("constraints");
        for (ConstraintScore constraint : list) {
            ObjectNode node = constraints.addObject();
            node.put("id", constraint.id());
            node.put("level", constraint.level() == null ? null : constraint.level().name().toLowerCase(Locale.ROOT));
            node.put("weight", constraint.weight());
            node.put("score", constraint.score());
        }
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
