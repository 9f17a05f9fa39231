package org.peermatch.core.workbook;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peermatch.core.text.Messages;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the committee's decisions from an edited proposal workbook: in its pairs sheet, each row whose décision
 * cell says "garder" (keep) becomes a pinned pair of the programme, each "interdire" (forbid) a forbidden pair. The
 * decisions are added to the programme's document with the cell each came from, so that one the programme cannot
 * accept (a pair the committee also forbade, a resource person who does not master the need…) is reported at that
 * cell by the programme reader's own checks.
 */
final class ProposalDecisions {

    private static final List<String> KEEP = List.of(Messages.english().get("workbook.decision.keep"),
            Messages.french().get("workbook.decision.keep"));
    private static final List<String> FORBID = List.of(Messages.english().get("workbook.decision.forbid"),
            Messages.french().get("workbook.decision.forbid"));

    private ProposalDecisions() {
    }

    /**
     * Adds the decisions of the proposal's tables to the document.
     *
     * @param tables the sheets of the proposal workbook
     * @param fileName the proposal workbook's name, for the forbidden pairs' reason and the cells' names
     * @param root the programme document, changed in place
     * @param locations where values of the document come from; the decisions' cells are added
     * @param findings where the workbook's own problems go
     */
    static void add(List<Table> tables, String fileName, ObjectNode root, Map<String, Location> locations,
            Findings findings) {
        Messages messages = findings.messages();
        Table pairs = null;
        for (Table table : tables) {
            for (Messages language : List.of(Messages.english(), Messages.french())) {
                if (same(table.name(), language.get("workbook.proposal.sheet.pairs"))) {
                    pairs = table;
                }
            }
        }
        if (pairs == null || pairs.rows().isEmpty()) {
            findings.add(null, "workbook.error.noPairsSheet", messages.get("workbook.proposal.sheet.pairs"));
            return;
        }
        Table.Row header = pairs.rows().get(0);
        String sheet = fileName + ": " + pairs.name();
        int participant = column(header, "participant");
        int resource = column(header, "resource");
        int topic = column(header, "topic");
        int decision = column(header, "decision");
        String[] fields = {"participant", "resource", "topic", "decision"};
        int[] columns = {participant, resource, topic, decision};
        for (int i = 0; i < fields.length; i++) {
            if (columns[i] < 0) {
                findings.add(new Location(sheet, pairs.order(), header.number(), -1, null),
                        "workbook.error.missingColumn", XlsxWriter.header(messages, fields[i]));
                return;
            }
        }
        ObjectNode decisions = root.has("decisions") && root.get("decisions").isObject()
                ? (ObjectNode) root.get("decisions") : root.putObject("decisions");
        for (Table.Row row : pairs.rows().subList(1, pairs.rows().size())) {
            String choice = row.cell(decision).strip();
            if (choice.isEmpty()) {
                continue;
            }
            Location decisionAt = at(sheet, pairs, row, decision, header);
            boolean keep = KEEP.stream().anyMatch(word -> same(word, choice));
            boolean forbid = FORBID.stream().anyMatch(word -> same(word, choice));
            if (!keep && !forbid) {
                findings.add(decisionAt, "workbook.error.badDecision", choice,
                        messages.get("workbook.decision.keep"), messages.get("workbook.decision.forbid"));
                continue;
            }
            String who = row.cell(participant).strip();
            String with = row.cell(resource).strip();
            String need = row.cell(topic).strip();
            if (who.isEmpty() || with.isEmpty() || keep && need.isEmpty()) {
                String missing = who.isEmpty() ? "participant" : with.isEmpty() ? "resource" : "topic";
                findings.add(decisionAt, "workbook.error.incompleteDecision",
                        messages.get("workbook.field." + missing));
                continue;
            }
            if (keep) {
                ArrayNode pinned = array(decisions, "pinned");
                if (contains(pinned, who, with, need)) {
                    continue;
                }
                String path = Paths.item("$.decisions.pinned", pinned.size());
                pinned.addObject().put("participant", who).put("resource", with).put("topic", need);
                locations.put(path, decisionAt);
                locations.put(Paths.child(path, "participant"), at(sheet, pairs, row, participant, header));
                locations.put(Paths.child(path, "resource"), at(sheet, pairs, row, resource, header));
                locations.put(Paths.child(path, "topic"), at(sheet, pairs, row, topic, header));
            } else {
                ArrayNode forbidden = array(decisions, "forbidden");
                if (containsPair(forbidden, who, with)) {
                    continue;
                }
                String path = Paths.item("$.decisions.forbidden", forbidden.size());
                ObjectNode pair = forbidden.addObject();
                pair.putArray("members").add(who).add(with);
                pair.put("reason", messages.get("workbook.decision.reason", fileName));
                locations.put(path, decisionAt);
                locations.put(Paths.item(Paths.child(path, "members"), 0), at(sheet, pairs, row, participant,
                        header));
                locations.put(Paths.item(Paths.child(path, "members"), 1), at(sheet, pairs, row, resource, header));
            }
        }
    }

    private static ArrayNode array(ObjectNode decisions, String name) {
        JsonNode existing = decisions.get(name);
        return existing instanceof ArrayNode array ? array : decisions.putArray(name);
    }

    private static boolean contains(ArrayNode pinned, String participant, String resource, String topic) {
        for (JsonNode pair : pinned) {
            if (participant.equals(pair.path("participant").asString("")) && resource.equals(
                    pair.path("resource").asString("")) && topic.equals(pair.path("topic").asString(""))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPair(ArrayNode forbidden, String a, String b) {
        for (JsonNode pair : forbidden) {
            JsonNode members = pair.path("members");
            String first = members.path(0).asString("");
            String second = members.path(1).asString("");
            if (first.equals(a) && second.equals(b) || first.equals(b) && second.equals(a)) {
                return true;
            }
        }
        return false;
    }

    private static Location at(String sheet, Table table, Table.Row row, int column, Table.Row header) {
        String text = header.cell(column).strip();
        int open = text.lastIndexOf('(');
        return new Location(sheet, table.order(), row.number(), column,
                text.endsWith(")") && open > 0 ? text.substring(0, open).strip() : text);
    }

    /** @return the column whose header names this field (in parentheses, or by its label in either language) */
    private static int column(Table.Row header, String field) {
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cell(c).strip();
            int open = text.lastIndexOf('(');
            String inside = text.endsWith(")") && open >= 0 ? text.substring(open + 1, text.length() - 1) : null;
            if (same(text, field) || inside != null && same(inside, field)
                    || same(text, Messages.english().get("workbook.field." + field))
                    || same(text, Messages.french().get("workbook.field." + field))) {
                return c;
            }
        }
        return -1;
    }

    private static boolean same(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    private static String normalized(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
