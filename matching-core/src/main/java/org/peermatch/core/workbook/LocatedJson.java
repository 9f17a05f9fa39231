package org.peermatch.core.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a document built from a workbook as JSON text with one value per line, remembering for each line the cell
 * the value came from: a problem the programme reader finds on line 12 is then re-located to that cell.
 */
final class LocatedJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * The text and where each of its lines comes from.
     *
     * @param text the JSON document
     * @param lines the location of each line (index 0 is line 1), null where unknown
     */
    record Result(String text, List<Location> lines) {
    }

    private final Map<String, Location> locations;
    private final StringBuilder text = new StringBuilder();
    private final List<Location> lines = new ArrayList<>();

    private LocatedJson(Map<String, Location> locations) {
        this.locations = locations;
    }

    /**
     * @param root the document
     * @param locations the cell of each JSON path that came from one; a path without one takes its parent's
     * @return the text, one value per line, and each line's location
     */
    static Result write(JsonNode root, Map<String, Location> locations) {
        LocatedJson json = new LocatedJson(locations);
        json.value("$", null, root, locations.get("$"), false);
        return new Result(json.text.toString(), java.util.Collections.unmodifiableList(json.lines));
    }

    private void value(String path, String key, JsonNode node, Location inherited, boolean comma) {
        Location at = locations.getOrDefault(path, inherited);
        String prefix = key == null ? "" : MAPPER.writeValueAsString(key) + ": ";
        if (node.isObject()) {
            line(prefix + "{", at);
            List<Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
            for (int i = 0; i < entries.size(); i++) {
                Entry<String, JsonNode> entry = entries.get(i);
                value(Paths.child(path, entry.getKey()), entry.getKey(), entry.getValue(), at,
                        i < entries.size() - 1);
            }
            line("}" + (comma ? "," : ""), at);
        } else if (node.isArray()) {
            line(prefix + "[", at);
            for (int i = 0; i < node.size(); i++) {
                value(Paths.item(path, i), null, node.get(i), at, i < node.size() - 1);
            }
            line("]" + (comma ? "," : ""), at);
        } else {
            line(prefix + MAPPER.writeValueAsString(node) + (comma ? "," : ""), at);
        }
    }

    private void line(String content, Location at) {
        text.append(content).append('\n');
        lines.add(at);
    }
}
