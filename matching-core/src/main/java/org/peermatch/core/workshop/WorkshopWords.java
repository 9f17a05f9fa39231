package org.peermatch.core.workshop;

import java.time.LocalDate;
import java.util.List;

import org.peermatch.core.scoring.NoveltyWords;

/** How the workshop reasons say numbers, dates and lists in the committee's words. */
final class WorkshopWords {

    private WorkshopWords() {
    }

    /** @return e.g. "Tuesday 9 March 2027" */
    static String date(LocalDate date) {
        return NoveltyWords.day(date);
    }

    /** @return e.g. "Tuesday 9 March 2027 (AM)" */
    static String halfDay(LocalDate date, String slot) {
        return date(date) + " (" + slot + ")";
    }

    /** @return e.g. "1 participant", "3 participants" */
    static String count(long n, String noun) {
        return NoveltyWords.count(n, noun);
    }

    /** @return "a", "a and b", "a, b and c" */
    static String join(List<String> items) {
        return NoveltyWords.and(items);
    }
}
