package org.peermatch.core.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peermatch.core.workbook.Layout.Column;
import org.peermatch.core.workbook.Layout.Kind;
import org.peermatch.core.workbook.Layout.Sheet;
import org.peermatch.core.workbook.Layout.Type;

import tools.jackson.databind.JsonNode;

/**
 * Lays a programme document out in sheets, the inverse of {@link DocumentBuilder}: every value of the document
 * goes to one cell, so reading the sheets back gives the same document. A field the layout does not know gets a
 * column (or a setting) of its own, named by its path; a document holding something no cell can hold is refused.
 */
final class TableMaker {

    /** The paths (from the root) held by sheets of rows; every other value is a setting. */
    private static final Set<String> LISTED = Layout.SHEETS.stream()
            .filter(sheet -> sheet.kind() != Kind.SETTINGS && !sheet.perMember())
            .map(Sheet::path)
            .collect(Collectors.toUnmodifiableSet());
    /** The fields of a member held by the sheets of needs, competences, offers and availability. */
    private static final Set<String> MEMBER_LISTED = Set.of("needs", "competences", "offers", "availability");

    private TableMaker() {
    }

    /**
     * @param root a valid programme document, or null for the empty template
     * @return every sheet of the layout, in order
     * @throws IllegalArgumentException when the document holds a value no cell can hold
     */
    static List<SheetData> sheets(JsonNode root) {
        List<SheetData> sheets = new ArrayList<>();
        for (Sheet sheet : Layout.SHEETS) {
            sheets.add(sheet.kind() == Kind.SETTINGS ? settings(sheet, root) : rows(sheet, root));
        }
        return sheets;
    }

    private static SheetData settings(Sheet sheet, JsonNode root) {
        List<List<Object>> rows = new ArrayList<>();
        List<List<String>> options = new ArrayList<>();
        List<Column> settings = new ArrayList<>(sheet.columns());
        if (root != null) {
            Map<String, JsonNode> extra = new LinkedHashMap<>();
            flatten("", root, extra, LISTED::contains);
            for (Column known : sheet.columns()) {
                extra.remove(known.field());
            }
            for (Map.Entry<String, JsonNode> leaf : extra.entrySet()) {
                settings.add(new Column(leaf.getKey(), "", typeOf(leaf.getValue()), List.of()));
            }
        }
        for (Column setting : settings) {
            JsonNode value = root == null ? null : at(root, setting.field());
            List<Object> row = new ArrayList<>();
            row.add(setting.label().isEmpty() ? null : setting.label());
            row.add(setting.field());
            row.add(value == null ? null : cell(setting.type(), value));
            rows.add(row);
            options.add(setting.options());
        }
        return new SheetData(sheet, List.of(), rows, options);
    }

    private static SheetData rows(Sheet sheet, JsonNode root) {
        List<Column> columns = new ArrayList<>();
        if (sheet.perMember()) {
            columns.add(new Column("", "workbook.field.member", Type.TEXT, List.of()));
        }
        if (sheet.keyColumn() != null) {
            columns.add(sheet.keyColumn());
        }
        columns.addAll(sheet.columns());
        List<Owned> items = new ArrayList<>();
        if (root != null) {
            if (sheet.perMember()) {
                for (JsonNode member : root.path("members")) {
                    JsonNode container = at(member, sheet.path());
                    if (container != null) {
                        items.addAll(entries(sheet, member.path("id").asString(""), container));
                    }
                }
            } else {
                JsonNode container = at(root, sheet.path());
                if (container != null) {
                    items.addAll(entries(sheet, null, container));
                }
            }
        }
        boolean scalar = sheet.columns().size() == 1 && sheet.columns().get(0).field().isEmpty();
        if (!scalar) {
            // Fields the layout does not know get a column of their own.
            Set<String> known = new java.util.HashSet<>();
            sheet.columns().forEach(column -> known.add(column.field()));
            if (sheet.key().equals("members")) {
                known.addAll(MEMBER_LISTED);
            }
            Map<String, JsonNode> extra = new LinkedHashMap<>();
            for (Owned item : items) {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                boolean member = sheet.key().equals("members");
                flatten("", item.value(), fields, path -> member && MEMBER_LISTED.contains(path));
                fields.forEach((field, value) -> {
                    if (!known.contains(field)) {
                        extra.putIfAbsent(field, value);
                    }
                });
            }
            extra.forEach((field, value) -> columns.add(new Column(field, "", typeOf(value), List.of())));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Owned item : items) {
            List<Object> row = new ArrayList<>();
            for (Column column : columns) {
                if (column.label().equals("workbook.field.member") && column.field().isEmpty()) {
                    row.add(item.member());
                } else if (column == sheet.keyColumn()) {
                    row.add(item.key());
                } else if (column.field().isEmpty()) {
                    row.add(cell(column.type(), item.value()));
                } else {
                    JsonNode value = at(item.value(), column.field());
                    row.add(value == null ? null : cell(column.type(), value));
                }
            }
            rows.add(row);
        }
        return new SheetData(sheet, columns, rows, List.of());
    }

    /** An item of a sheet: the member it belongs to (or null), its key (keyed sheets) and its value. */
    private record Owned(String member, String key, JsonNode value) {
    }

    private static List<Owned> entries(Sheet sheet, String member, JsonNode container) {
        List<Owned> items = new ArrayList<>();
        if (sheet.kind() == Kind.KEYED) {
            for (Map.Entry<String, JsonNode> entry : container.properties()) {
                items.add(new Owned(member, entry.getKey(), entry.getValue()));
            }
        } else {
            for (JsonNode item : container) {
                items.add(new Owned(member, null, item));
            }
        }
        return items;
    }

    /**
     * Collects the values below {@code node} by dotted path: scalars and lists of scalars, skipping the paths
     * {@code skip} names (those other sheets hold).
     *
     * @throws IllegalArgumentException for a list of objects, which no cell can hold
     */
    private static void flatten(String path, JsonNode node, Map<String, JsonNode> out,
            java.util.function.Predicate<String> skip) {
        if (skip.test(path)) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), out, skip);
            }
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isContainer()) {
                    throw new IllegalArgumentException("The value at " + path + " cannot be held by a cell.");
                }
            }
        }
        out.put(path, node);
    }

    /** @return the node at a dotted path below {@code node}, or null */
    static JsonNode at(JsonNode node, String dotted) {
        JsonNode current = node;
        for (String part : dotted.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(part);
        }
        return current;
    }

    private static Type typeOf(JsonNode value) {
        if (value.isArray()) {
            boolean numbers = value.size() > 0;
            for (JsonNode item : value) {
                numbers &= item.isNumber();
            }
            return numbers ? Type.INTEGER_LIST : Type.LIST;
        }
        if (value.isBoolean()) {
            return Type.BOOLEAN;
        }
        return value.isNumber() ? Type.DECIMAL : Type.TEXT;
    }

    /** @return the cell's value: a date, a number, or text (lists joined by commas) */
    static Object cell(Type type, JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(item -> parts.add(item.isNumber() ? item.decimalValue().toPlainString() : item.asString()));
            return String.join(", ", parts);
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            // A double holds integers exactly up to 2^53: larger seeds or limits are written as text.
            if (number.abs().compareTo(BigDecimal.valueOf(1L << 53)) > 0) {
                return number.toPlainString();
            }
            return number;
        }
        if (value.isBoolean()) {
            return String.valueOf(value.booleanValue());
        }
        String text = value.asString();
        if (type == Type.DATE) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notADate) {
                return text;
            }
        }
        return text;
    }
}
