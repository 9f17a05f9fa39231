package org.peermatch.core.codevelopment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.HalfDayCalendar;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.text.Messages;

/**
 * Plans the sessions of one group, deterministically (no search): as many sessions as it takes for every member to
 * be client once (⌈size / clientsPerSession⌉), clients taking turns in the order of the member list.
 *
 * <p><b>Dates.</b> Session i (from 0) aims at the programme's start + i × (programme days / sessions): sessions
 * are spread evenly over the programme from its start, monthly when there are as many sessions as months. Each
 * session is set on an open day (not closed) when every member is available (the first common half-day of that
 * day), the nearest to its aim, strictly after the previous session. When the members share available half-days in at least as many
 * calendar months as there are sessions, every session gets a month of its own, and a session never takes a month
 * that the sessions after it would need. When no common half-day lies within half an interval of the aim, the
 * nearest is taken and the notes say so; when none remains at all, the session has no date and the notes say why.
 *
 * <p>O(sessions × common days) per group.
 */
final class SessionPlanner {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /**
     * The plan of one group.
     *
     * @param sessions the sessions, in order
     * @param notes sentences about sessions that could not be placed as intended
     * @param commonHalfDays how many half-days every member is available
     * @param commonMonths in how many calendar months these fall
     */
    record Schedule(List<CodevelopmentSession> sessions, List<String> notes, int commonHalfDays,
            int commonMonths) {
    }

    /** A day on which every member is available, with its first common half-day. */
    private record CommonDay(LocalDate date, int halfDay, int month) {
    }

    private final Programme programme;
    private final HalfDayCalendar calendar;
    private final int halfDayCount;
    private final int[] monthOf;
    /** The half-days of closed days: no session takes place then. */
    private final BitSet closed = new BitSet();

    SessionPlanner(Programme programme) {
        this.programme = programme;
        this.calendar = new HalfDayCalendar(programme);
        this.halfDayCount = calendar.dayCount() * programme.halfDays().size();
        this.monthOf = CodevelopmentScoring.monthOfHalfDay(calendar, programme.start(), halfDayCount);
        for (int h = 0; h < halfDayCount; h++) {
            if (programme.isClosed(calendar.dateOf(h))) {
                closed.set(h);
            }
        }
    }

    /** @return the programme half-days every member is available, closed days (holidays, closures) left out */
    BitSet commonHalfDays(List<Member> members) {
        List<BitSet> availabilities = new ArrayList<>();
        for (Member member : members) {
            availabilities.add(calendar.availableHalfDays(member));
        }
        BitSet common = CodevelopmentScoring.commonHalfDays(availabilities);
        if (common.length() > halfDayCount) {
            common.clear(halfDayCount, common.length());
        }
        common.andNot(closed);
        return common;
    }

    /** @return in how many calendar months the half-days fall */
    int monthsWith(BitSet halfDays) {
        return CodevelopmentScoring.monthsWith(halfDays, monthOf);
    }

    /**
     * @param members the group's members, in the order they take turns as client
     * @return the group's sessions and notes
     */
    Schedule plan(List<Member> members) {
        int perSession = Math.max(1, programme.codevelopment().clientsPerSession());
        int count = CodevelopmentScoring.sessionsNeeded(members.size(), perSession);
        BitSet common = commonHalfDays(members);
        int commonMonths = monthsWith(common);
        List<CommonDay> days = commonDays(common);
        boolean distinctMonths = commonMonths >= count;
        // For each common day, how many common days and distinct common months come after it.
        int[] monthsAfter = new int[days.size()];
        for (int e = days.size() - 2; e >= 0; e--) {
            boolean newMonth = days.get(e + 1).month() != days.get(e).month();
            monthsAfter[e] = monthsAfter[e + 1] + (newMonth ? 1 : 0);
        }
        double interval = calendar.dayCount() / (double) count;
        Messages messages = programme.messages();
        List<String> notes = new ArrayList<>();
        List<CodevelopmentSession> sessions = new ArrayList<>();
        if (!members.isEmpty() && days.isEmpty()) {
            notes.add(messages.get("codevelopment.note.noHalfDay"));
        } else if (days.size() < count) {
            notes.add(messages.get("codevelopment.note.fewDays", messages.get("codevelopment.days", days.size()),
                    messages.get("codevelopment.sessions", count)));
        } else if (!distinctMonths) {
            notes.add(messages.get("codevelopment.note.fewMonths", messages.get("codevelopment.months", commonMonths),
                    messages.get("codevelopment.sessions", count)));
        }
        CommonDay previous = null;
        int previousIndex = -1;
        for (int i = 0; i < count; i++) {
            List<String> clients = new ArrayList<>();
            for (int c = i * perSession; c < Math.min(members.size(), (i + 1) * perSession); c++) {
                clients.add(members.get(c).id());
            }
            LocalDate aim = programme.start().plusDays((long) Math.floor(i * interval));
            int remaining = count - 1 - i;
            int previousMonth = previousIndex < 0 ? -1 : days.get(previousIndex).month();
            int chosen = nearest(days, previousIndex, aim, e -> distinctMonths
                    ? monthsAfter[e] >= remaining && days.get(e).month() > previousMonth
                    : days.size() - 1 - e >= remaining);
            if (chosen < 0) {
                chosen = nearest(days, previousIndex, aim, e -> true);
            }
            if (chosen < 0) {
                if (!days.isEmpty()) {
                    notes.add(previous == null
                            ? messages.get("codevelopment.note.undated", i + 1, messages.date(programme.end()))
                            : messages.get("codevelopment.note.undatedAfter", i + 1, messages.date(previous.date()),
                                    messages.date(programme.end())));
                }
                sessions.add(new CodevelopmentSession(i + 1, null, null, clients));
                continue;
            }
            CommonDay day = days.get(chosen);
            long distance = Math.abs(ChronoUnit.DAYS.between(aim, day.date()));
            if (distance > Math.max(7, Math.round(interval / 2))) {
                notes.add(messages.get("codevelopment.note.nearest", messages.date(aim), i + 1,
                        messages.date(day.date())));
            }
            sessions.add(new CodevelopmentSession(i + 1, day.date(), calendar.slotOf(day.halfDay()).id(), clients));
            previous = day;
            previousIndex = chosen;
        }
        return new Schedule(sessions, notes, common.cardinality(), commonMonths);
    }

    /** @return the index of the allowed day after {@code previousIndex} nearest to the aim (earlier on ties), or -1 */
    private static int nearest(List<CommonDay> days, int previousIndex, LocalDate aim,
            java.util.function.IntPredicate allowed) {
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int e = previousIndex + 1; e < days.size(); e++) {
            if (!allowed.test(e)) {
                continue;
            }
            long distance = Math.abs(ChronoUnit.DAYS.between(aim, days.get(e).date()));
            if (distance < bestDistance) {
                best = e;
                bestDistance = distance;
            }
        }
        return best;
    }

    private List<CommonDay> commonDays(BitSet common) {
        List<CommonDay> days = new ArrayList<>();
        for (int h = common.nextSetBit(0); h >= 0; h = common.nextSetBit(h + 1)) {
            LocalDate date = calendar.dateOf(h);
            if (days.isEmpty() || !days.getLast().date().equals(date)) {
                days.add(new CommonDay(date, h, monthOf[h]));
            }
        }
        return days;
    }

    /** @return the count and the noun, plural unless one: "1 month", "3 days" */
    static String times(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
