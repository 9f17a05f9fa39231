package org.peermatch.core.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the programme document is laid out in sheets: which sheet holds which list of the document, with which
 * columns, and which settings go on the key/value sheet. The single description both the reader and the writer
 * follow, so a workbook written by one is read back by the other to the same document.
 */
final class Layout {

    /** What a cell holds, for writing it (a date cell, a number cell…) and reading it back into the document. */
    enum Type {
        /** Text, written and read as is. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A decimal number (coordinates). */
        DECIMAL,
        /** A day, written as a real date cell, read back as {@code YYYY-MM-DD}. */
        DATE,
        /** Several texts separated by commas. */
        LIST,
        /** Several whole numbers separated by commas. */
        INTEGER_LIST,
        /** true or false. */
        BOOLEAN
    }

    /**
     * One column of a sheet, or one setting of the key/value sheet.
     *
     * @param field the field of the row's object as a dotted path ({@code location.latitude}), or the setting's path
     *        from the document's root ({@code rules.accompaniment.minimumLevel}); empty for the row's value itself
     *        (an unavailable day, a weight)
     * @param label the key of its French or English label in {@code workbook.properties}
     * @param type what its cells hold
     * @param options the values of its drop-down list, empty for none
     */
    record Column(String field, String label, Type type, List<String> options) {
        Column {
            options = List.copyOf(options);
        }

        /** @return the English field name shown beside the label in the header */
        String fieldName() {
            return field.isEmpty() ? label.substring(label.lastIndexOf('.') + 1) : field;
        }
    }

    /** The three shapes of sheet. */
    enum Kind {
        /** The key/value sheet of the programme's settings. */
        SETTINGS,
        /** One row per item of a list of the document. */
        ROWS,
        /** One row per entry of an object of the document, the first column holding the entry's key. */
        KEYED
    }

    /**
     * One sheet.
     *
     * @param key its stable name: the key of its labels, the name of its CSV file
     * @param kind its shape
     * @param path where its list (or object) is, dotted, from the root or, with {@code perMember}, from a member
     * @param perMember whether its first column names the member each row belongs to
     * @param keyColumn for {@link Kind#KEYED}: the column holding the entry's key (its field is empty)
     * @param columns the other columns (or, for the settings sheet, the settings), in order
     */
    record Sheet(String key, Kind kind, String path, boolean perMember, Column keyColumn, List<Column> columns) {
        Sheet {
            columns = List.copyOf(columns);
        }
    }

    static final String MEMBER_FIELD = "member";
    static final String HELP_SHEET = "help";

    static final List<String> PRIORITIES = List.of("1", "2", "3");
    static final List<String> LEVELS = List.of("1", "2", "3", "4", "5");
    static final List<String> MODES = List.of("accompaniment", "immersion", "codevelopment", "workshop");
    static final List<String> HISTORY_MODES = List.of("accompaniment", "immersion", "codevelopment", "workshop",
            "other");
    static final List<String> BOOLEANS = List.of("true", "false");
    static final List<String> FITS = List.of("0", "1", "2", "3");

    /** Every sheet but the help sheet, in the workbook's order. */
    static final List<Sheet> SHEETS = List.of(
            new Sheet("programme", Kind.SETTINGS, "", false, null, settings()),
            rows("half-days", "programme.halfDays", false,
                    col("id", Type.TEXT), col("start", Type.TEXT), col("end", Type.TEXT)),
            rows("closed-days", "programme.closed", false,
                    col("from", Type.DATE), col("to", Type.DATE), col("reason", Type.TEXT)),
            rows("members", "members", false,
                    col("id", Type.TEXT), col("name", Type.TEXT), col("email", Type.TEXT),
                    col("organization", Type.TEXT),
                    col("requests", Type.LIST), col("sectors", Type.LIST), col("experienceYears", Type.INTEGER),
                    col("tags", Type.LIST), col("objectives", Type.LIST),
                    col("location.latitude", Type.DECIMAL), col("location.longitude", Type.DECIMAL),
                    col("conflicts", Type.LIST), col("continuity", Type.LIST), col("preferences", Type.LIST),
                    col("wishes", Type.LIST), col("motivation", Type.TEXT),
                    col("eligibility.firstTimeApplicant", Type.BOOLEAN, BOOLEANS),
                    col("eligibility.formerBeneficiary", Type.BOOLEAN, BOOLEANS),
                    col("eligibility.staff", Type.INTEGER), col("eligibility.territory", Type.TEXT)),
            rows("needs", "needs", true,
                    col("topic", Type.TEXT), col("priority", Type.INTEGER, PRIORITIES), col("hours", Type.INTEGER)),
            rows("competences", "competences", true,
                    col("topic", Type.TEXT), col("level", Type.INTEGER, LEVELS)),
            new Sheet("offers", Kind.KEYED, "offers", true, new Column("", "workbook.field.mode", Type.TEXT, MODES),
                    List.of(col("hours", Type.INTEGER), col("participants", Type.INTEGER), col("days", Type.INTEGER),
                            col("sessions", Type.INTEGER))),
            rows("availability", "availability.weekly", true,
                    col("from", Type.DATE), col("to", Type.DATE), col("halfDays", Type.LIST)),
            rows("unavailable-days", "availability.unavailable", true,
                    new Column("", "workbook.field.date", Type.DATE, List.of())),
            rows("history", "history", false,
                    col("members", Type.LIST), col("mode", Type.TEXT, HISTORY_MODES), col("date", Type.DATE)),
            rows("rooms", "rooms", false,
                    col("id", Type.TEXT), col("name", Type.TEXT), col("capacity", Type.INTEGER),
                    col("unavailable", Type.LIST)),
            rows("pinned", "decisions.pinned", false,
                    col("participant", Type.TEXT), col("resource", Type.TEXT), col("topic", Type.TEXT)),
            rows("forbidden", "decisions.forbidden", false,
                    col("members", Type.LIST), col("reason", Type.TEXT)),
            new Sheet("orientation-fit", Kind.KEYED, "rules.orientation.fit", false,
                    new Column("", "workbook.field.topic", Type.TEXT, List.of()),
                    List.of(col("accompaniment", Type.INTEGER, FITS), col("immersion", Type.INTEGER, FITS),
                            col("codevelopment", Type.INTEGER, FITS), col("workshop", Type.INTEGER, FITS))),
            rows("orientations", "decisions.orientations", false,
                    col("member", Type.TEXT), col("mode", Type.TEXT, MODES),
                    col("decision", Type.TEXT, List.of("pinned", "forbidden")), col("reason", Type.TEXT)),
            new Sheet("weights", Kind.KEYED, "weights", false,
                    new Column("", "workbook.field.constraint", Type.TEXT, constraintIds()),
                    List.of(new Column("", "workbook.field.weight", Type.INTEGER, List.of()))),
            rows("sessions", "calendar.sessions", false,
                    col("mode", Type.TEXT, MODES), col("members", Type.LIST), col("date", Type.DATE),
                    col("halfDay", Type.TEXT), col("status", Type.TEXT, List.of("held", "cancelled", "fixed")),
                    col("late", Type.BOOLEAN, BOOLEANS), col("reason", Type.TEXT), col("hours", Type.INTEGER)));

    private Layout() {
    }

    /** @return the sheet with this key */
    static Sheet sheet(String key) {
        for (Sheet sheet : SHEETS) {
            if (sheet.key().equals(key)) {
                return sheet;
            }
        }
        throw new IllegalArgumentException("No sheet " + key);
    }

    private static List<Column> settings() {
        List<Column> settings = new ArrayList<>();
        setting(settings, "programme.name", Type.TEXT);
        setting(settings, "programme.start", Type.DATE);
        setting(settings, "programme.end", Type.DATE);
        setting(settings, "programme.timeZone", Type.TEXT);
        setting(settings, "programme.language", Type.TEXT, List.of("en", "fr"));
        setting(settings, "programme.coordinator.name", Type.TEXT);
        setting(settings, "programme.coordinator.email", Type.TEXT);
        setting(settings, "rules.accompaniment.minimumLevel", Type.INTEGER, LEVELS);
        setting(settings, "rules.accompaniment.maxResourcePersons", Type.INTEGER);
        setting(settings, "rules.accompaniment.minCommonHalfDaysPerMonth", Type.INTEGER);
        setting(settings, "rules.accompaniment.noveltyHalfLifeMonths", Type.INTEGER);
        setting(settings, "rules.accompaniment.priorityWeights", Type.INTEGER_LIST);
        setting(settings, "rules.immersion.sameSector", Type.TEXT, List.of("required", "preferred"));
        setting(settings, "rules.immersion.reportDueDays", Type.INTEGER);
        setting(settings, "rules.codevelopment.minSize", Type.INTEGER);
        setting(settings, "rules.codevelopment.maxSize", Type.INTEGER);
        setting(settings, "rules.codevelopment.clientsPerSession", Type.INTEGER, List.of("1", "2"));
        setting(settings, "rules.codevelopment.groups", Type.INTEGER);
        setting(settings, "rules.workshop.count", Type.INTEGER);
        setting(settings, "rules.workshop.minimumLevel", Type.INTEGER, LEVELS);
        setting(settings, "rules.workshop.minAttendance", Type.INTEGER);
        setting(settings, "rules.workshop.maxAttendance", Type.INTEGER);
        setting(settings, "rules.workshop.preferredHalfDays", Type.LIST);
        setting(settings, "rules.workshop.themes", Type.LIST);
        setting(settings, "rules.calendar.meetingHours", Type.INTEGER);
        setting(settings, "rules.calendar.minWeeksBetweenMeetings", Type.INTEGER);
        setting(settings, "rules.calendar.maxWeeksBetweenMeetings", Type.INTEGER);
        setting(settings, "rules.calendar.questionsDueHours", Type.INTEGER);
        setting(settings, "rules.calendar.reportDueDays", Type.INTEGER);
        setting(settings, "rules.calendar.lateCancellationHours", Type.INTEGER);
        setting(settings, "rules.calendar.maxMeetingsPerWeekPerResource", Type.INTEGER);
        setting(settings, "rules.orientation.maxBeneficiaries", Type.INTEGER);
        for (String mode : MODES) {
            setting(settings, "rules.orientation.maxPerMode." + mode, Type.INTEGER);
        }
        setting(settings, "rules.orientation.priorityGroups.firstTimeApplicants", Type.BOOLEAN, BOOLEANS);
        setting(settings, "rules.orientation.priorityGroups.smallStructureStaff", Type.INTEGER);
        setting(settings, "rules.orientation.priorityGroups.territories", Type.LIST);
        setting(settings, "solver.timeLimit", Type.TEXT);
        setting(settings, "solver.unimprovedTimeLimit", Type.TEXT);
        setting(settings, "solver.moveCountLimit", Type.INTEGER);
        setting(settings, "solver.seed", Type.INTEGER);
        setting(settings, "calendar.replanFrom", Type.DATE);
        return settings;
    }

    private static void setting(List<Column> settings, String path, Type type, List<String> options) {
        settings.add(new Column(path, "workbook.setting." + path, type, options));
    }

    private static void setting(List<Column> settings, String path, Type type) {
        setting(settings, path, type, List.of());
    }

    private static Sheet rows(String key, String path, boolean perMember, Column... columns) {
        return new Sheet(key, Kind.ROWS, path, perMember, null, List.of(columns));
    }

    private static Column col(String field, Type type, List<String> options) {
        return new Column(field, "workbook.field." + field, type, options);
    }

    private static Column col(String field, Type type) {
        return col(field, type, List.of());
    }

    /** @return the constraint ids the programme schema lists for weights, for the weights sheet's drop-down */
    private static List<String> constraintIds() {
        try (InputStream in = Layout.class.getResourceAsStream("/org/peermatch/core/io/programme.schema.json")) {
            if (in == null) {
                return List.of();
            }
            JsonNode ids = JsonMapper.builder().build().readTree(in).at("/properties/weights/propertyNames/enum");
            List<String> all = new ArrayList<>();
            ids.forEach(id -> all.add(id.asString()));
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the programme schema.", e);
        }
    }
}
