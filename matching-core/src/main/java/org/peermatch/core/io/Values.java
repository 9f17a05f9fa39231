package org.peermatch.core.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.peermatch.core.text.Messages;

/**
 * Turns located JSON values into Java values, reporting what does not fit. Every method returns null after
 * reporting a problem, so that binding goes on and finds every problem.
 */
final class Values {

    /** Member ids and half-day ids. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Topic and sector ids: lower-case kebab. */
    static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    private Values() {
    }

    /** Reports that the node is not what was expected, e.g. {@code expected a whole number, found text "7".}. */
    static void wrongType(Node node, Problems problems, String expected) {
        String advice;
        if (node instanceof Node.Null) {
            advice = problems.t("io.values.null.advice");
        } else if (node instanceof Node.Str text && expected.contains("number") && isNumber(text.value())) {
            advice = problems.t("io.values.unquote.advice", text.value().strip());
        } else if (node instanceof Node.Num number && expected.startsWith("text")) {
            advice = problems.t("io.values.quote.advice", number.text());
        } else if (expected.startsWith("a list") && !(node instanceof Node.Obj)) {
            advice = problems.t("io.values.brackets.advice", shortValue(node));
        } else {
            advice = problems.t("io.values.write.advice", problems.words(expected));
        }
        problems.add(node, problems.t("io.values.expected", problems.words(expected), described(node, problems)),
                advice);
    }

    /** @return what the value is, in the problems' language: {@code text "abc"}, {@code the number 7}, {@code a list}… */
    static String described(Node node, Problems problems) {
        return switch (node) {
            case Node.Obj object -> problems.t("io.node.object");
            case Node.Arr list -> problems.t("io.node.list");
            case Node.Str text -> problems.t("io.node.text", Texts.shorten(text.value()));
            case Node.Num number -> problems.t("io.node.number", number.text());
            default -> node.describe();
        };
    }

    /** @return the items of a list, or null */
    static List<Node> list(Node node, Problems problems, String items) {
        if (node instanceof Node.Arr array) {
            return array.items();
        }
        wrongType(node, problems, "a list of " + items);
        return null;
    }

    /**
     * @return the text, or null when it is not text, is longer than {@link ReadLimits#MAX_TEXT_LENGTH} or holds a
     *         control character (reported): every text may reach a terminal, a calendar file or a CSV cell
     */
    static String text(Node node, Problems problems) {
        if (!(node instanceof Node.Str text)) {
            wrongType(node, problems, "text");
            return null;
        }
        String value = text.value();
        if (value.length() > ReadLimits.MAX_TEXT_LENGTH) {
            problems.add(node, problems.t("io.values.textTooLong", grouped(problems, value.length()),
                    grouped(problems, ReadLimits.MAX_TEXT_LENGTH), Texts.shorten(value)),
                    problems.t("io.values.textTooLong.advice"));
            return null;
        }
        int control = ControlCharacters.first(value);
        if (control >= 0) {
            problems.add(node, problems.t("io.values.control", Texts.shorten(value),
                    String.format(Locale.ROOT, "%04X", (int) value.charAt(control)), String.valueOf(control + 1)),
                    problems.t("io.values.control.advice"));
            return null;
        }
        return value;
    }

    /** @return the count with thousands separators: 1,234 in English (as ever), 1 234 in French */
    private static String grouped(Problems problems, long n) {
        Locale locale = problems.messages() == Messages.english() ? Locale.ROOT : problems.messages().locale();
        return String.format(locale, "%,d", n);
    }

    /** @return whether the text is at most {@code max} characters long, else reports it */
    private static boolean shortEnough(Node node, String text, Problems problems, String label) {
        if (text.length() <= ReadLimits.MAX_ID_LENGTH) {
            return true;
        }
        problems.add(node, problems.t("io.values.idTooLong", problems.words(label), grouped(problems, text.length()),
                String.valueOf(ReadLimits.MAX_ID_LENGTH), Texts.shorten(text)),
                problems.t("io.values.idTooLong.advice", problems.words(label)));
        return false;
    }

    /** @return the text, or null when it is not text or blank */
    static String nonBlank(Node node, Problems problems, String label) {
        String text = text(node, problems);
        if (text != null && text.isBlank()) {
            problems.add(node, problems.t("io.values.empty", problems.words(label)),
                    problems.t("io.values.empty.advice", problems.words(label)));
            return null;
        }
        return text;
    }

    /** @return the id, or null when it does not match {@code [A-Za-z0-9][A-Za-z0-9._-]*} */
    static String id(Node node, Problems problems, String label) {
        String text = text(node, problems);
        if (text != null && !shortEnough(node, text, problems, label)) {
            return null;
        }
        if (text != null && !ID.matcher(text).matches()) {
            String suggestion = text.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[._-]+", "");
            problems.add(node, problems.t("io.values.invalid", Texts.shorten(text), problems.words(label)),
                    ID.matcher(suggestion).matches() ? problems.t("io.values.id.advice.suggestion", suggestion)
                            : problems.t("io.values.id.advice"));
            return null;
        }
        return text;
    }

    /** @return a lower-case kebab id such as {@code business-model}, or null */
    static String kebab(Node node, Problems problems, String label) {
        String text = text(node, problems);
        if (text != null && !shortEnough(node, text, problems, label)) {
            return null;
        }
        if (text != null && !KEBAB.matcher(text).matches()) {
            String suggestion = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-+|-+$", "");
            problems.add(node, problems.t("io.values.invalid", Texts.shorten(text), problems.words(label)),
                    suggestion.isEmpty() ? problems.t("io.values.kebab.advice", problems.words(label))
                            : problems.t("io.values.kebab.advice.suggestion", suggestion, problems.words(label)));
            return null;
        }
        return text;
    }

    /** @return the whole number, or null when it is not one or is out of {@code min..max} */
    static Integer integer(Node node, Problems problems, String label, int min, int max, String rangeAdvice) {
        Long value = longInteger(node, problems, label, min, max, rangeAdvice);
        return value == null ? null : value.intValue();
    }

    /**
     * Reads an optional whole-number field.
     *
     * @return the field's value, or the default when it is absent or wrong (wrong values are reported)
     */
    static int optionalInteger(Fields fields, String key, int defaultValue, int min, int max, Problems problems,
            String advice) {
        Node node = fields.get(key);
        if (node == null) {
            return defaultValue;
        }
        Integer value = integer(node, problems, key, min, max, advice);
        return value == null ? defaultValue : value;
    }

    /** @return the number, or null when it is not a number or is out of {@code min..max} */
    static Double decimal(Node node, Problems problems, String label, double min, double max, String rangeAdvice) {
        if (!(node instanceof Node.Num number)) {
            wrongType(node, problems, "a number");
            return null;
        }
        double value = number.value().doubleValue();
        if (value < min || value > max) {
            problems.add(node, problems.t("io.values.range", problems.words(label), number.text(),
                    String.valueOf((long) min), String.valueOf((long) max)), rangeAdvice);
            return null;
        }
        return value;
    }

    /** @return the whole number, or null when it is not one or is out of {@code min..max} */
    static Long longInteger(Node node, Problems problems, String label, long min, long max, String rangeAdvice) {
        if (!(node instanceof Node.Num number) || !isWhole(number.value())) {
            wrongType(node, problems, "a whole number");
            return null;
        }
        BigDecimal value = number.value();
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            boolean unbounded = max == Integer.MAX_VALUE || max == Long.MAX_VALUE;
            String message = unbounded
                    ? problems.t("io.values.rangeAtLeast", problems.words(label), number.text(), String.valueOf(min))
                    : problems.t(min == Long.MIN_VALUE ? "io.values.rangeFromTo" : "io.values.range",
                            problems.words(label), number.text(), String.valueOf(min), String.valueOf(max));
            problems.add(node, message, rangeAdvice);
            return null;
        }
        return value.longValueExact();
    }

    /** @return the date, or null */
    static LocalDate date(Node node, Problems problems) {
        String text = text(node, problems);
        if (text == null) {
            return null;
        }
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(node, problems.t("io.values.noSuchDay", text), problems.t("io.values.noSuchDay.advice"));
                return null;
            }
        }
        problems.add(node, problems.t("io.values.notADate", Texts.shorten(text)),
                problems.t("io.values.notADate.advice"));
        return null;
    }

    /** @return the time of day written {@code HH:mm}, or null */
    static LocalTime time(Node node, Problems problems) {
        String text = text(node, problems);
        if (text != null && !TIME.matcher(text).matches()) {
            problems.add(node, problems.t("io.values.notATime", Texts.shorten(text)),
                    problems.t("io.values.notATime.advice"));
            return null;
        }
        return text == null ? null : LocalTime.parse(text);
    }

    /** @return a positive duration of at most a day, written {@code 30s}, {@code 2m}, {@code 1h30m}, {@code 500ms} or ISO-8601 */
    static Duration duration(Node node, Problems problems) {
        String text = text(node, problems);
        if (text == null) {
            return null;
        }
        Duration duration = DurationText.parse(text);
        if (duration == null) {
            problems.add(node, problems.t("io.values.notADuration", Texts.shorten(text)),
                    problems.t("io.values.notADuration.advice"));
            return null;
        }
        if (!duration.isPositive()) {
            problems.add(node, problems.t("io.values.notPositive", Texts.shorten(text)),
                    problems.t("io.values.notPositive.advice"));
            return null;
        }
        if (!DurationText.usable(duration)) {
            problems.add(node, problems.t("io.values.tooLong", Texts.shorten(text)),
                    problems.t("io.values.tooLong.advice"));
            return null;
        }
        return duration;
    }

    /** @return the time zone, or null */
    static ZoneId zone(Node node, Problems problems) {
        String text = text(node, problems);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            String closest = DidYouMean.closest(text, ZONES);
            if (closest == null) {
                for (String zone : ZONES) {
                    if (zone.toLowerCase(Locale.ROOT).endsWith("/" + text.strip().toLowerCase(Locale.ROOT))) {
                        closest = zone;
                        break;
                    }
                }
            }
            problems.add(node, problems.t("io.values.unknownZone", Texts.shorten(text)),
                    closest != null ? problems.t("io.values.unknownZone.meant", closest)
                            : problems.t("io.values.unknownZone.advice"));
            return null;
        }
    }

    /**
     * @param kind what the value is, e.g. {@code mode}
     * @param choices accepted names and their values, in documentation order
     * @return the value named, or null
     */
    static <T> T choice(Node node, Problems problems, String kind, Map<String, T> choices) {
        String text = text(node, problems);
        if (text == null) {
            return null;
        }
        T value = choices.get(text);
        if (value == null) {
            problems.add(node, problems.t("io.values.notAChoice", Texts.shorten(text), problems.words(kind)),
                    DidYouMean.advice(problems.messages(), text, new ArrayList<>(choices.keySet()),
                            problems.t("io.values.choices", problems.words(kind))));
        }
        return value;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static boolean isNumber(String text) {
        if (text.length() > ReadLimits.MAX_NUMBER_LENGTH) {
            return false;
        }
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String shortValue(Node node) {
        return switch (node) {
            case Node.Str text -> "\"" + Texts.shorten(text.value()) + "\"";
            case Node.Num number -> number.text();
            case Node.Bool bool -> String.valueOf(bool.value());
            default -> "…";
        };
    }
}
