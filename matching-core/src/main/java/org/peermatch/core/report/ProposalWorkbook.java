package org.peermatch.core.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Sheet;
import org.peermatch.core.model.Programme;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workbook.XlsxWriter;

import tools.jackson.databind.JsonNode;

/**
 * Writes a {@link Proposal} as a workbook for the committee (XLSX): the pairs with a "décision" column to fill
 * (garder / interdire), the needs left uncovered and why, the immersion days, the co-development groups and their
 * sessions, the workshops and their seats, the calendar and the resource persons' loads. It formats what the
 * proposal JSON holds ({@link ProposalJson}), so both always agree; sheet names and headers come from the workbook
 * bundle in the language asked for.
 *
 * <p>Reading the edited pairs sheet back ({@code ProgrammeWorkbook.readWithDecisions}) turns each "garder" into a
 * pinned pair and each "interdire" into a forbidden pair. The same proposal and language give the same bytes.
 */
public final class ProposalWorkbook {

    /** The sheet of pairs, whose décision column the committee fills. */
    public static final String PAIRS_SHEET = "pairs";

    private ProposalWorkbook() {
    }

    /** One column: its field (the key of its label) and its value in an item of the proposal JSON. */
    private record Col(String field, Function<JsonNode, Object> value) {
    }

    /**
     * @param proposal the result of a solve
     * @param programme the programme it was solved from, for names
     * @param messages the language of sheet names, headers and help
     * @return the XLSX file's bytes
     */
    public static byte[] toXlsx(Proposal proposal, Programme programme, Messages messages) {
        JsonNode root = ProposalJson.tree(proposal, programme);
        XlsxWriter writer = new XlsxWriter(messages);
        List<String[]> help = new ArrayList<>();
        List<String> sheets = List.of(PAIRS_SHEET, "uncovered", "loads", "immersion", "groups", "group-sessions",
                "workshops", "seats", "calendar");
        for (String sheet : sheets) {
            help.add(new String[] {name(messages, sheet), messages.get("workbook.proposal.help." + sheet)});
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; messages.has("workbook.proposal.help.intro." + i); i++) {
            paragraphs.add(messages.get("workbook.proposal.help.intro." + i));
        }
        writer.help(name(messages, "help"), messages.get("workbook.proposal.help.title", root.path("programme")
                .asString("")), paragraphs, help, new String[] {messages.get("workbook.help.sheet"),
                    messages.get("workbook.help.content")});

        Sheet pairs = sheet(writer, messages, PAIRS_SHEET, items(root.path("pairs")), List.of(
                text("participant"), text("participantName"), text("topic"), number("priority"),
                text("resource"), text("resourceName"), number("hours"),
                new Col("pinned", item -> item.path("pinned").asBoolean() ? messages.get("workbook.yes") : null),
                new Col("why", item -> joined(item.path("why").path("sentences"))),
                new Col("decision", item -> null)));
        writer.dropDown(pairs, 9, List.of(messages.get("workbook.decision.keep"),
                messages.get("workbook.decision.forbid")), root.path("pairs").size());

        sheet(writer, messages, "uncovered", items(root.path("uncoveredNeeds")), List.of(text("participant"),
                text("participantName"), text("topic"), number("priority"), number("hours"), text("summary")));
        sheet(writer, messages, "loads", items(root.path("loads")), List.of(text("resource"), text("resourceName"),
                number("hours"), number("hoursCapacity"),
                new Col("participants", item -> names(item.path("participants"), "participantName")),
                number("participantsCapacity")));

        JsonNode immersion = root.path("immersion");
        List<JsonNode> days = items(immersion.path("pairs"));
        days.addAll(items(immersion.path("unplaced")));
        sheet(writer, messages, "immersion", days, List.of(text("mentee"), text("menteeName"), text("mentor"),
                text("mentorName"), date("day"), date("reportDue"),
                new Col("objectives", item -> joined(item.path("objectives"))),
                new Col("reasons", item -> joined(item.path("reasons")))));

        JsonNode codevelopment = root.path("codevelopment");
        List<JsonNode> groups = items(codevelopment.path("groups"));
        List<JsonNode> groupRows = new ArrayList<>(groups);
        groupRows.addAll(items(codevelopment.path("unplaced")));
        sheet(writer, messages, "groups", groupRows, List.of(number("number"),
                new Col("members", item -> item.has("members") ? names(item.path("members"), "memberName")
                        : item.path("memberName").asString(null)),
                new Col("reasons", item -> joined(item.path("reasons")))));
        List<Object[]> sessionRows = new ArrayList<>();
        for (JsonNode group : groups) {
            for (JsonNode session : group.path("sessions")) {
                sessionRows.add(new Object[] {group.path("number").asInt(), session.path("number").asInt(),
                    dateOf(session.path("date")), session.path("halfDay").asString(null),
                    names(session.path("clients"), "memberName")});
            }
        }
        rows(writer, messages, "group-sessions", List.of("group", "session", "date", "halfDay", "clients"),
                sessionRows);

        JsonNode workshops = root.path("workshops");
        sheet(writer, messages, "workshops", items(workshops.path("workshops")), List.of(number("number"),
                text("theme"), text("animator"), text("animatorName"), date("date"), text("halfDay"), text("room"),
                new Col("attendees", item -> item.path("attendees").size()),
                new Col("reasons", item -> joined(item.path("reasons")))));
        List<Object[]> seats = new ArrayList<>();
        for (JsonNode workshop : workshops.path("workshops")) {
            for (JsonNode attendee : workshop.path("attendees")) {
                seats.add(new Object[] {workshop.path("number").asInt(), workshop.path("theme").asString(null),
                    attendee.path("member").asString(null), attendee.path("memberName").asString(null), null});
            }
        }
        for (JsonNode unserved : workshops.path("unserved")) {
            seats.add(new Object[] {null, unserved.path("topic").asString(null),
                unserved.path("participant").asString(null), unserved.path("participantName").asString(null),
                joined(unserved.path("reasons"))});
        }
        rows(writer, messages, "seats", List.of("number", "theme", "member", "memberName", "reasons"), seats);

        JsonNode calendar = root.path("calendar");
        List<JsonNode> dated = items(calendar.path("sessions"));
        dated.addAll(items(calendar.path("unplaced")));
        sheet(writer, messages, "calendar", dated, List.of(date("date"), text("halfDay"), text("start"),
                text("end"), text("mode"), text("title"),
                new Col("members", item -> names(item.path("members"), "memberName")), text("room"), text("status"),
                number("hours"), text("questionsDue"), date("reportDue"), text("reason")));
        return writer.bytes();
    }

    private static String name(Messages messages, String sheet) {
        return messages.get("workbook.proposal.sheet." + sheet);
    }

    private static Sheet sheet(XlsxWriter writer, Messages messages, String key, List<JsonNode> items,
            List<Col> columns) {
        Sheet sheet = writer.sheetNamed(name(messages, key));
        List<String> headers = new ArrayList<>();
        columns.forEach(column -> headers.add(XlsxWriter.header(messages, column.field())));
        writer.headers(sheet, headers);
        for (int r = 0; r < items.size(); r++) {
            List<Object> values = new ArrayList<>();
            for (Col column : columns) {
                values.add(column.value().apply(items.get(r)));
            }
            writer.row(sheet, r + 1, values);
        }
        return sheet;
    }

    private static void rows(XlsxWriter writer, Messages messages, String key, List<String> fields,
            List<Object[]> rows) {
        Sheet sheet = writer.sheetNamed(name(messages, key));
        List<String> headers = new ArrayList<>();
        fields.forEach(field -> headers.add(XlsxWriter.header(messages, field)));
        writer.headers(sheet, headers);
        for (int r = 0; r < rows.size(); r++) {
            writer.row(sheet, r + 1, java.util.Arrays.asList(rows.get(r)));
        }
    }

    private static List<JsonNode> items(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static Col text(String field) {
        return new Col(field, item -> item.path(field).isString() ? item.path(field).asString() : null);
    }

    private static Col number(String field) {
        return new Col(field, item -> item.path(field).isNumber() ? item.path(field).numberValue() : null);
    }

    private static Col date(String field) {
        return new Col(field, item -> dateOf(item.path(field)));
    }

    private static Object dateOf(JsonNode node) {
        if (!node.isString()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeParseException notADay) {
            return node.asString();
        }
    }

    private static String joined(JsonNode texts) {
        List<String> parts = new ArrayList<>();
        texts.forEach(text -> parts.add(text.asString()));
        return parts.isEmpty() ? null : String.join(" ; ", parts);
    }

    private static String names(JsonNode people, String field) {
        List<String> parts = new ArrayList<>();
        people.forEach(person -> parts.add(person.path(field).asString(person.path("member").asString(""))));
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
