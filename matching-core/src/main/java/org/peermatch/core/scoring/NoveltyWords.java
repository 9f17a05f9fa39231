package org.peermatch.core.scoring;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Words the explanations of every mode share: how to put an {@link Acquaintance}, a count or an id into words, the
 * same way everywhere.
 */
public final class NoveltyWords {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

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

    /** @return "once", "twice", "3 times" */
    public static String times(int count) {
        return switch (count) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> count + " times";
        };
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
        int earlier = met.earlierMeetings();
        String elsewhere = "are already paired elsewhere in this proposal";
        if (earlier <= 0) {
            return elsewhere;
        }
        String history = "worked together " + times(earlier);
        if (met.plannedMeetings() > 0) {
            return history + " before, and " + elsewhere;
        }
        return history + ", last in " + MONTH.format(met.lastMeeting());
    }
}
