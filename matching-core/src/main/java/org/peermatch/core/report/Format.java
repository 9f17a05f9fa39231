package org.peermatch.core.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Display-only wording and number formats of the HTML report, in English and independent of the platform locale. */
final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Format() {
    }

    /** @return a kebab-case id as words, e.g. {@code business-model} as "Business model" */
    static String words(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        String spaced = id.replace('-', ' ').replace('_', ' ');
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    /** @return the number with thousands separators, e.g. 1,234,567 */
    static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** @return the number with its sign, e.g. +60, -3, 0 */
    static String signed(long n) {
        return n > 0 ? "+" + number(n) : number(n);
    }

    /** @return part of whole in whole percent, or -1 when whole is not positive */
    static long percent(long part, long whole) {
        if (whole <= 0) {
            return -1;
        }
        return Math.round(part * 100.0 / whole);
    }

    /** @return e.g. "11 January 2027", or an empty string for null */
    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** @return e.g. "0.4 s", "12.3 s", "2 min 05 s", "1 h 02 min" */
    static String duration(Duration duration) {
        return duration(duration, Locale.ENGLISH, "unknown");
    }

    /** @return e.g. "0.4 s" or "0,4 s", "2 min 05 s", "1 h 02 min", with the decimal mark of the locale */
    static String duration(Duration duration, Locale locale, String unknown) {
        if (duration == null) {
            return unknown;
        }
        long millis = duration.toMillis();
        if (millis < 60_000) {
            return String.format(locale, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ENGLISH, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ENGLISH, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }
}
