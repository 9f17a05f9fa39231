package org.peermatch.core.workbook;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.peermatch.core.io.DidYouMean;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workbook.Layout.Column;
import org.peermatch.core.workbook.Layout.Kind;
import org.peermatch.core.workbook.Layout.Sheet;
import org.peermatch.core.workbook.Layout.Type;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the sheets of a workbook into the programme's JSON document, remembering the cell each value comes from,
 * so that the programme reader validates a workbook exactly as it validates a JSON document and its problems are
 * re-located to cells. Problems of the workbook itself (an unknown sheet or column, a missing column, a row naming
 * an unknown member) are recorded in the {@link Findings}; the rest of the workbook is still read.
 */
final class DocumentBuilder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    private static final String SETTING = "setting";
    private static final String KEY = "key";
    private static final String VALUE = "value";

    /** A column of a sheet as read: its position, what it holds and its header as shown. */
    private record Header(int index, String role, Column column, String shown) {
    }

    private final Findings findings;
    private final ObjectNode root = NODES.objectNode();
    private final Map<String, Location> locations = new HashMap<>();
    private final Map<String, Integer> memberIndex = new LinkedHashMap<>();

    private DocumentBuilder(Findings findings) {
        this.findings = findings;
    }

    /**
     * The document and where each of its values comes from.
     *
     * @param root the document
     * @param locations the cell (or row, or sheet) of each JSON path that came from one
     */
    record Result(ObjectNode root, Map<String, Location> locations) {
    }

    /** @return the document built from the sheets; problems of the workbook itself go to {@code findings} */
    static Result build(List<Table> tables, Findings findings) {
        DocumentBuilder builder = new DocumentBuilder(findings);
        Map<String, Table> bySheet = builder.identify(tables);
        // Members first: the sheets of needs, competences… name them.
        List<String> order = new ArrayList<>();
        order.add("members");
        for (Sheet sheet : Layout.SHEETS) {
            if (!sheet.key().equals("members")) {
                order.add(sheet.key());
            }
        }
        for (String key : order) {
            Table table = bySheet.get(key);
            if (table != null) {
                builder.read(Layout.sheet(key), table);
            }
        }
        return new Result(builder.root, Map.copyOf(builder.locations));
    }

    /** @return the tables by sheet key; unknown and repeated sheets are problems */
    private Map<String, Table> identify(List<Table> tables) {
        Map<String, Table> bySheet = new LinkedHashMap<>();
        for (Table table : tables) {
            String key = sheetKey(table.name());
            Location at = new Location(table.name(), table.order(), 0, -1, null);
            if (key == null) {
                findings.add(at, "workbook.error.unknownSheet", table.name(), sheetNames(findings.messages()));
            } else if (key.equals(Layout.HELP_SHEET)) {
                continue;
            } else if (bySheet.containsKey(key)) {
                findings.add(at, "workbook.error.repeatedSheet", table.name(), bySheet.get(key).name());
            } else {
                bySheet.put(key, table);
                if (key.equals("programme")) {
                    locations.put("$", at);
                }
            }
        }
        return bySheet;
    }

    /** @return the key of the sheet with this name in either language (or its key, or a CSV file's), or null */
    static String sheetKey(String name) {
        String wanted = normalized(name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name);
        List<String> keys = new ArrayList<>();
        keys.add(Layout.HELP_SHEET);
        Layout.SHEETS.forEach(sheet -> keys.add(sheet.key()));
        for (String key : keys) {
            if (wanted.equals(normalized(key))) {
                return key;
            }
            for (Messages language : List.of(Messages.english(), Messages.french())) {
                if (wanted.equals(normalized(language.get("workbook.sheet." + key)))) {
                    return key;
                }
            }
        }
        return null;
    }

    /** @return the names of the sheets in this language, for advice */
    static String sheetNames(Messages messages) {
        List<String> names = new ArrayList<>();
        Layout.SHEETS.forEach(sheet -> names.add(messages.get("workbook.sheet." + sheet.key())));
        return String.join(", ", names);
    }

    private static String normalized(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).replace('’', '\'').replace('_', '-')
                .toLowerCase(Locale.ROOT);
    }

    private void read(Sheet sheet, Table table) {
        if (table.rows().isEmpty()) {
            return;
        }
        Table.Row headerRow = table.rows().get(0);
        List<Header> headers = headers(sheet, table, headerRow);
        if (headers == null) {
            return;
        }
        for (Table.Row row : table.rows().subList(1, table.rows().size())) {
            if (row.blank()) {
                continue;
            }
            switch (sheet.kind()) {
                case SETTINGS -> setting(table, headers, row);
                case ROWS, KEYED -> item(sheet, table, headers, row);
                default -> throw new IllegalStateException(sheet.kind().name());
            }
        }
    }

    /** @return the columns of the sheet by position, or null when a column it cannot do without is missing */
    private List<Header> headers(Sheet sheet, Table table, Table.Row headerRow) {
        Map<String, Column> known = new LinkedHashMap<>();
        if (sheet.kind() == Kind.SETTINGS) {
            known.put(SETTING, new Column("", "workbook.field." + SETTING, Type.TEXT, List.of()));
            known.put(KEY, new Column("", "workbook.field." + KEY, Type.TEXT, List.of()));
            known.put(VALUE, new Column("", "workbook.field." + VALUE, Type.TEXT, List.of()));
        } else {
            if (sheet.perMember()) {
                known.put(Layout.MEMBER_FIELD, new Column("", "workbook.field.member", Type.TEXT, List.of()));
            }
            if (sheet.keyColumn() != null) {
                known.put(KEY, sheet.keyColumn());
            }
            for (Column column : sheet.columns()) {
                known.put(column.field().isEmpty() ? VALUE : column.field(), column);
            }
        }
        List<Header> headers = new ArrayList<>();
        Map<String, Header> seen = new HashMap<>();
        for (int c = 0; c < headerRow.cells().size(); c++) {
            String text = headerRow.cell(c).strip();
            if (text.isEmpty()) {
                continue;
            }
            Location at = new Location(table.name(), table.order(), headerRow.number(), c, null);
            String role = role(text, known);
            Column column = role == null ? null : known.get(role);
            if (role == null && FIELD.matcher(text).matches() && sheet.kind() != Kind.SETTINGS) {
                // A field the layout does not know, such as one written by a newer version: read as it is, so
                // the programme reader names it.
                role = text;
                column = new Column(text, "workbook.field." + text, Type.TEXT, List.of());
            }
            if (role == null) {
                findings.add(at, "workbook.error.unknownColumn", text, columnNames(known.values()));
                continue;
            }
            if (seen.containsKey(role)) {
                findings.add(at, "workbook.error.repeatedColumn", text,
                        Location.columnName(seen.get(role).index()));
                continue;
            }
            Header header = new Header(c, role, column, shown(text));
            seen.put(role, header);
            headers.add(header);
        }
        List<String> required = new ArrayList<>();
        if (sheet.kind() == Kind.SETTINGS) {
            required.add(KEY);
            required.add(VALUE);
        } else {
            if (sheet.perMember()) {
                required.add(Layout.MEMBER_FIELD);
            }
            if (sheet.keyColumn() != null) {
                required.add(KEY);
            }
            if (sheet.key().equals("members") || sheet.key().equals("rooms") || sheet.key().equals("half-days")) {
                required.add("id");
            }
            if (sheet.columns().size() == 1 && sheet.columns().get(0).field().isEmpty()) {
                required.add(VALUE);
            }
        }
        boolean complete = true;
        for (String role : required) {
            if (!seen.containsKey(role)) {
                Column column = known.get(role);
                findings.add(new Location(table.name(), table.order(), headerRow.number(), -1, null),
                        "workbook.error.missingColumn", header(findings.messages(), column));
                complete = false;
            }
        }
        return complete ? headers : null;
    }

    /** @return the role of a header such as {@code priorité (priority)}, {@code priority} or {@code Priorité} */
    private static String role(String text, Map<String, Column> known) {
        String inside = null;
        int open = text.lastIndexOf('(');
        if (text.endsWith(")") && open >= 0) {
            inside = text.substring(open + 1, text.length() - 1).strip();
        }
        for (Map.Entry<String, Column> entry : known.entrySet()) {
            Column column = entry.getValue();
            List<String> names = new ArrayList<>();
            names.add(column.fieldName());
            names.add(Messages.english().get(column.label()));
            names.add(Messages.french().get(column.label()));
            for (String name : names) {
                if (normalized(name).equals(normalized(text)) || (inside != null
                        && normalized(name).equals(normalized(inside)))) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    /** @return a header without the English field name in parentheses: what a problem shows */
    private static String shown(String text) {
        int open = text.lastIndexOf('(');
        if (text.endsWith(")") && open > 0) {
            return text.substring(0, open).strip();
        }
        return text;
    }

    /** @return the header the writer gives the column in this language */
    static String header(Messages messages, Column column) {
        String label = messages.get(column.label());
        return label.equals(column.fieldName()) ? label : label + " (" + column.fieldName() + ")";
    }

    private String columnNames(Iterable<Column> columns) {
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            if (!column.label().endsWith("." + SETTING)) {
                names.add(header(findings.messages(), column));
            }
        }
        return String.join(", ", names);
    }

    private void setting(Table table, List<Header> headers, Table.Row row) {
        Header keyHeader = find(headers, KEY);
        Header valueHeader = find(headers, VALUE);
        String key = row.cell(keyHeader.index()).strip();
        String value = row.cell(valueHeader.index());
        Location keyAt = new Location(table.name(), table.order(), row.number(), keyHeader.index(),
                keyHeader.shown());
        Location valueAt = new Location(table.name(), table.order(), row.number(), valueHeader.index(),
                valueHeader.shown());
        if (value.isBlank()) {
            return;
        }
        if (key.isEmpty()) {
            findings.add(valueAt, "workbook.error.settingWithoutKey", value);
            return;
        }
        if (!FIELD.matcher(key).matches()) {
            findings.add(keyAt, "workbook.error.badKey", key);
            return;
        }
        Column column = null;
        for (Column setting : Layout.sheet("programme").columns()) {
            if (setting.field().equals(key)) {
                column = setting;
            }
        }
        JsonNode node = column == null ? guess(value) : convert(column.type(), value);
        String[] parts = key.split("\\.");
        ObjectNode parent = root;
        String path = "$";
        for (int i = 0; i < parts.length - 1; i++) {
            path = Paths.child(path, parts[i]);
            JsonNode child = parent.get(parts[i]);
            if (child == null) {
                child = parent.putObject(parts[i]);
                locations.put(path, keyAt);
            }
            if (!(child instanceof ObjectNode object)) {
                findings.add(keyAt, "workbook.error.repeatedKey", key);
                return;
            }
            parent = object;
        }
        String last = parts[parts.length - 1];
        if (parent.has(last)) {
            findings.add(keyAt, "workbook.error.repeatedKey", key);
            return;
        }
        parent.set(last, node);
        locations.put(Paths.child(path, last), valueAt);
    }

    private void item(Sheet sheet, Table table, List<Header> headers, Table.Row row) {
        Location rowAt = new Location(table.name(), table.order(), row.number(), -1, null);
        ObjectNode owner = root;
        String ownerPath = "$";
        if (sheet.perMember()) {
            Header memberHeader = find(headers, Layout.MEMBER_FIELD);
            String id = row.cell(memberHeader.index()).strip();
            Location memberAt = new Location(table.name(), table.order(), row.number(), memberHeader.index(),
                    memberHeader.shown());
            Integer index = memberIndex.get(id);
            if (id.isEmpty()) {
                findings.add(memberAt, "workbook.error.noMember");
                return;
            }
            if (index == null) {
                findings.add(memberAt, "workbook.error.unknownMember", id,
                        findings.messages().get("workbook.sheet.members"), closest(id));
                return;
            }
            owner = (ObjectNode) root.get("members").get(index);
            ownerPath = Paths.item("$.members", index);
        }
        String[] parts = sheet.path().split("\\.");
        String containerPath = ownerPath;
        ObjectNode parent = owner;
        for (int i = 0; i < parts.length - 1; i++) {
            containerPath = Paths.child(containerPath, parts[i]);
            if (!parent.has(parts[i])) {
                parent.putObject(parts[i]);
                locations.put(containerPath, rowAt);
            }
            parent = (ObjectNode) parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        containerPath = Paths.child(containerPath, last);
        if (sheet.kind() == Kind.KEYED) {
            keyed(sheet, table, headers, row, rowAt, parent, last, containerPath);
            return;
        }
        if (!parent.has(last)) {
            parent.putArray(last);
            locations.put(containerPath, rowAt);
        }
        ArrayNode array = (ArrayNode) parent.get(last);
        String itemPath = Paths.item(containerPath, array.size());
        if (sheet.columns().size() == 1 && sheet.columns().get(0).field().isEmpty()) {
            Header value = find(headers, VALUE);
            String text = row.cell(value.index());
            if (text.isBlank()) {
                return;
            }
            array.add(convert(sheet.columns().get(0).type(), text));
            locations.put(itemPath, cellAt(table, row, value));
            return;
        }
        ObjectNode item = array.addObject();
        locations.put(itemPath, rowAt);
        fill(table, headers, row, item, itemPath);
        if (sheet.key().equals("members")) {
            JsonNode id = item.get("id");
            if (id != null && id.isString() && !memberIndex.containsKey(id.asString().strip())) {
                memberIndex.put(id.asString().strip(), array.size() - 1);
            }
        }
    }

    private void keyed(Sheet sheet, Table table, List<Header> headers, Table.Row row, Location rowAt,
            ObjectNode parent, String last, String containerPath) {
        Header keyHeader = find(headers, KEY);
        String key = row.cell(keyHeader.index()).strip();
        Location keyAt = cellAt(table, row, keyHeader);
        if (key.isEmpty()) {
            findings.add(keyAt, "workbook.error.noKey", keyHeader.shown());
            return;
        }
        if (!parent.has(last)) {
            parent.putObject(last);
            locations.put(containerPath, rowAt);
        }
        ObjectNode object = (ObjectNode) parent.get(last);
        if (object.has(key)) {
            findings.add(keyAt, "workbook.error.repeatedEntry", key);
            return;
        }
        String entryPath = Paths.child(containerPath, key);
        if (sheet.columns().size() == 1 && sheet.columns().get(0).field().isEmpty()) {
            Header value = find(headers, VALUE);
            if (value == null) {
                return;
            }
            object.set(key, convert(sheet.columns().get(0).type(), row.cell(value.index())));
            locations.put(entryPath, cellAt(table, row, value));
            return;
        }
        ObjectNode entry = object.putObject(key);
        locations.put(entryPath, keyAt);
        fill(table, headers, row, entry, entryPath);
    }

    private void fill(Table table, List<Header> headers, Table.Row row, ObjectNode item, String itemPath) {
        for (Header header : headers) {
            // The member a per-member sheet's row belongs to is the row's owner, not one of its fields.
            boolean owner = header.role().equals(Layout.MEMBER_FIELD) && header.column().field().isEmpty();
            if (header.column() == null || owner || header.role().equals(KEY)) {
                continue;
            }
            String text = row.cell(header.index());
            if (text.isBlank()) {
                continue;
            }
            String[] parts = header.column().field().split("\\.");
            ObjectNode parent = item;
            String path = itemPath;
            for (int i = 0; i < parts.length - 1; i++) {
                path = Paths.child(path, parts[i]);
                if (!parent.has(parts[i])) {
                    parent.putObject(parts[i]);
                    locations.put(path, cellAt(table, row, header));
                }
                parent = (ObjectNode) parent.get(parts[i]);
            }
            String last = parts[parts.length - 1];
            parent.set(last, convert(header.column().type(), text));
            locations.put(Paths.child(path, last), cellAt(table, row, header));
        }
    }

    private static Location cellAt(Table table, Table.Row row, Header header) {
        return new Location(table.name(), table.order(), row.number(), header.index(), header.shown());
    }

    private static Header find(List<Header> headers, String role) {
        for (Header header : headers) {
            if (header.role().equals(role)) {
                return header;
            }
        }
        return null;
    }

    /** @return the member id closest to {@code id}, for advice, or the first ids */
    private String closest(String id) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : memberIndex.keySet()) {
            // Long texts are not compared (the distance is quadratic): an id is at most 100 characters anyway.
            int distance = id.length() > 64 || candidate.length() > 64 ? Integer.MAX_VALUE - 1
                    : DidYouMean.distance(id.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best == null ? "" : best;
    }

    /** @return the document's value for a cell of this type; what does not fit stays text for the reader to name */
    static JsonNode convert(Type type, String text) {
        return switch (type) {
            case TEXT -> NODES.stringNode(text);
            case DATE -> NODES.stringNode(text.strip());
            case INTEGER, DECIMAL -> number(text.strip());
            case LIST -> {
                ArrayNode list = NODES.arrayNode();
                for (String part : LIST_SEPARATOR.split(text)) {
                    if (!part.isBlank()) {
                        list.add(part.strip());
                    }
                }
                yield list;
            }
            case INTEGER_LIST -> {
                ArrayNode list = NODES.arrayNode();
                for (String part : LIST_SEPARATOR.split(text)) {
                    if (!part.isBlank()) {
                        list.add(number(part.strip()));
                    }
                }
                yield list;
            }
            case BOOLEAN -> switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "vrai", "oui", "yes" -> NODES.booleanNode(true);
                case "false", "faux", "non", "no" -> NODES.booleanNode(false);
                default -> NODES.stringNode(text.strip());
            };
        };
    }

    /** @return a number for a text that is one (a decimal comma accepted), else the text */
    private static JsonNode number(String text) {
        String candidate = text.indexOf(',') == text.lastIndexOf(',') && text.indexOf('.') < 0
                ? text.replace(',', '.') : text;
        if (candidate.length() > 100 || !candidate.matches("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]{1,3})?")) {
            return NODES.stringNode(text);
        }
        BigDecimal value = new BigDecimal(candidate);
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() <= 0) {
            try {
                return NODES.numberNode(whole.longValueExact());
            } catch (ArithmeticException tooLarge) {
                return NODES.numberNode(whole.toBigIntegerExact());
            }
        }
        return NODES.numberNode(value);
    }

    /** @return the value of a setting the layout does not know: a number when it reads as one, else text */
    private static JsonNode guess(String text) {
        JsonNode number = number(text.strip());
        return number.isNumber() ? number : NODES.stringNode(text);
    }
}
