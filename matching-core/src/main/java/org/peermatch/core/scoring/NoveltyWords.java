package org.peermatch.core.scoring;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.peermatch.core.text.Messages;

/**
 * Words the explanations of every mode share: how to put an {@link Acquaintance}, a count or an id into words, the
 * same way everywhere.
 */
public final class NoveltyWords {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private NoveltyWords() {
    }

    /** @return a sector, topic or tag id as words, e.g. {@code live-performance} as "live performance" */
    public static String label(String id) {
        return id.replace('-', ' ');
    }

    /** @return each id as words, in the same order */
    public static java.util.List<String> labels(java.util.List<String> ids) {
        return ids.stream().map(NoveltyWords::label).toList();
    }

    /** @return a day in the committee's words, e.g. "Tuesday 9 March 2027" */
    public static String day(java.time.LocalDate date) {
        return DAY.format(date);
    }

    /** @return a day in the committee's words and language, e.g. "mardi 9 mars 2027" */
    public static String day(Messages messages, java.time.LocalDate date) {
        return messages.date(date);
    }

    /** @return a month, e.g. "May 2026" */
    public static String month(java.time.LocalDate date) {
        return MONTH.format(date);
    }

    /** @return a month in the messages' language, e.g. "mai 2026" */
    public static String month(Messages messages, java.time.LocalDate date) {
        return DateTimeFormatter.ofPattern(messages.get("scoring.date.month"), messages.locale()).format(date);
    }

    /** @return the count and the noun, plural when not 1: "1 day", "3 days" */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** @return the count and the singular or plural words: "1 need is", "3 needs are" */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** @return "", "a", "a and b", "a, b and c" */
    public static String and(java.util.List<String> items) {
        return join(items, " and ");
    }

    /** @return "", "a", "a or b", "a, b or c" in the messages' language */
    public static String or(Messages messages, java.util.List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return messages.get("scoring.or", String.join(messages.get("common.list.separator"),
                items.subList(0, items.size() - 1)), items.getLast());
    }

    /** @return "", "a", "a or b", "a, b or c" */
    public static String or(java.util.List<String> items) {
        return join(items, " or ");
    }

    private static String join(java.util.List<String> items, String last) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.getLast();
    }

    /** @return "once", "twice", "3 times" */
    public static String times(Messages messages, int count) {
        return messages.get("scoring.times", count);
    }

    /** @return "once", "twice", "3 times" */
    public static String times(int count) {
        return times(Messages.english(), count);
    }

    /**
     * How two people who met directly met, without a subject: e.g. "worked together twice, last in May 2026",
     * "are already paired elsewhere in this proposal", or "worked together once, last in May 2026, and are
     * already paired elsewhere in this proposal". Meetings planned by a mode solved before count as "in this
     * proposal", not as history.
     *
     * @param met an acquaintance with at least one direct meeting
     * @return the predicate
     */
    public static String directMeetings(Acquaintance met) {
        return directMeetings(Messages.english(), met);
    }

    /** @return {@link #directMeetings(Acquaintance)} in the messages' language */
    public static String directMeetings(Messages messages, Acquaintance met) {
        int earlier = met.earlierMeetings();
        String elsewhere = messages.get("scoring.met.elsewhere");
        if (earlier <= 0) {
            return elsewhere;
        }
        if (met.plannedMeetings() > 0) {
            return messages.get("scoring.met.before", times(messages, earlier), elsewhere);
        }
        return messages.get("scoring.met.last", times(messages, earlier), month(messages, met.lastMeeting()));
    }
}
