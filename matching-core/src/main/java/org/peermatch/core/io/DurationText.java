package org.peermatch.core.io;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as programme documents and command lines write them: {@code 30s}, {@code 2m}, {@code 1h30m},
 * {@code 500ms} or ISO-8601 {@code PT30S}. One parser for the programme file and the command line, so both accept
 * the same texts and refuse the same ones.
 */
public final class DurationText {

    /**
     * The longest solver limit accepted: a day. Longer limits are typos (a committee never waits a day for a plan),
     * and their milliseconds would overflow the solver's counters.
     */
    public static final Duration MAXIMUM = Duration.ofHours(24);

    private static final Pattern SHORT = Pattern.compile("(?=\\d)(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");

    private DurationText() {
    }

    /**
     * @param text a duration as written, surrounding spaces and letter case ignored
     * @return the duration, or null when the text is not one (or too large for any clock)
     */
    public static Duration parse(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            if (trimmed.charAt(0) == 'p') {
                return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            }
            Matcher matcher = SHORT.matcher(trimmed);
            if (!matcher.matches()) {
                return null;
            }
            return Duration.ofHours(amount(matcher, 1))
                    .plusMinutes(amount(matcher, 2))
                    .plusSeconds(amount(matcher, 3))
                    .plusMillis(amount(matcher, 4));
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /** @return whether a parsed duration is a usable solver limit: longer than zero, at most {@link #MAXIMUM} */
    public static boolean usable(Duration duration) {
        return duration.isPositive() && duration.compareTo(MAXIMUM) <= 0;
    }

    private static long amount(Matcher matcher, int group) {
        return matcher.group(group) == null ? 0 : Long.parseLong(matcher.group(group));
    }
}
