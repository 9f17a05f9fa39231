package org.peermatch.core.workshop;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the workshop reasons say numbers, dates and lists in the committee's words. */
final class WorkshopWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private WorkshopWords() {
    }

    /** @return e.g. "Tuesday 9 March 2027" */
    static String date(LocalDate date) {
        return DAY.format(date);
    }

    /** @return e.g. "Tuesday 9 March 2027 (AM)" */
    static String halfDay(LocalDate date, String slot) {
        return date(date) + " (" + slot + ")";
    }

    /** @return e.g. "1 participant", "3 participants" */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** @return "a", "a and b", "a, b and c" */
    static String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
