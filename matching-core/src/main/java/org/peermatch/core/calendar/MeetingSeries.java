package org.peermatch.core.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;

/**
 * The 1:1 accompaniment meetings, pair by pair: how many meetings each pair's covered hours call for (minus what the
 * record says was held, lost or fixed), spaced within the pair's cadence on half-days both are available and free;
 * the hours budget of every pair.
 */
final class MeetingSeries {

    private final Programme programme;
    private final Occupancy occupancy;
    private final SessionFacts facts;
    private final List<Assignment> assignments;
    private final List<UnplacedSession> unplaced;
    private final int slotCount;
    private final int size;
    private final LocalDate from;
    private final int first;
    private final BitSet closed;
    private final List<Session> sessions;
    /** The most 1:1 meetings a resource person has in a calendar week when another date exists. */
    private final int weeklyLimit;
    /** Days from the Monday of the programme's first week to its start: day {@code d} lies in week (d + this) / 7. */
    private final int weekOffset;
    private final int weekCount;
    /** Per resource person, their 1:1 meetings per calendar week (the record's and those planned so far). */
    private final Map<String, int[]> resourceWeeks = new HashMap<>();
    /** First meetings planned per calendar week, to stagger the pairs' first meetings. */
    private final int[] firstMeetings;
    /** Per pair with meetings to plan, by pair key, what the joint search keeps of its series. */
    private final Map<String, PairFrame> frames = new LinkedHashMap<>();

    MeetingSeries(Occupancy occupancy, SessionFacts facts, List<Assignment> assignments,
            List<UnplacedSession> unplaced) {
        this.programme = occupancy.programme;
        this.occupancy = occupancy;
        this.facts = facts;
        this.assignments = assignments;
        this.unplaced = unplaced;
        this.slotCount = occupancy.slotCount;
        this.size = occupancy.size;
        this.from = occupancy.from;
        this.first = occupancy.first;
        this.closed = occupancy.closed;
        this.sessions = occupancy.sessions;
        this.weeklyLimit = Math.max(1, programme.calendar().maxMeetingsPerWeekPerResource());
        this.weekOffset = programme.start().getDayOfWeek().getValue() - 1;
        this.weekCount = (size / slotCount + weekOffset) / 7 + 2;
        this.firstMeetings = new int[weekCount];
    }

    private int weekOf(long day) {
        return (int) Math.max(0, Math.min(weekCount - 1, (day + weekOffset) / 7));
    }

    private int[] weeksOf(String resource) {
        return resourceWeeks.computeIfAbsent(resource, id -> new int[weekCount]);
    }

    /** An accompaniment pair and what the record says of it. */
    private static final class Pair {
        final String participant;
        final String resource;
        final int order;
        final Set<String> topics = new LinkedHashSet<>();
        int covered;
        int held;
        int lost;
        int fixed;
        int recordCount;
        /** The latest held or fixed meeting before the re-planning date, as a day number, or -1. */
        long lastDay = -1;
        /** Days of the pair's fixed meetings: new meetings keep the spacing from them. */
        final List<Long> fixedDays = new ArrayList<>();
        int planned;
        int unplacedHours;
        int commonHalfDays;

        Pair(String participant, String resource, int order) {
            this.participant = participant;
            this.resource = resource;
            this.order = order;
        }
    }

    List<HoursBudget> plan(List<Session> record) {
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (Assignment assignment : assignments) {
            Pair pair = pairs.computeIfAbsent(SessionFacts.pairKey(assignment.participant(), assignment.resource()),
                    key -> new Pair(assignment.participant(), assignment.resource(), pairs.size()));
            pair.covered += assignment.hours();
            pair.topics.add(assignment.topic());
        }
        List<SessionRecord> records = programme.changes() == null ? List.of() : programme.changes().sessions();
        long fromDay = ChronoUnit.DAYS.between(programme.start(), from);
        for (int i = 0; i < records.size(); i++) {
            SessionRecord rec = records.get(i);
            if (rec.mode() != Mode.ACCOMPANIMENT || rec.members().size() < 2) {
                continue;
            }
            Pair pair = pairs.computeIfAbsent(SessionFacts.pairKey(rec.members().get(0), rec.members().get(1)),
                    key -> new Pair(rec.members().get(0), rec.members().get(1), pairs.size()));
            int hours = record.get(i).hours();
            pair.recordCount++;
            if (rec.status() == SessionStatus.HELD) {
                pair.held += hours;
            } else if (rec.status() == SessionStatus.FIXED) {
                pair.fixed += hours;
            } else if (rec.countsAgainstBudget()) {
                pair.lost += hours;
            }
            if (rec.status() != SessionStatus.CANCELLED && rec.date() != null) {
                long day = ChronoUnit.DAYS.between(programme.start(), rec.date());
                if (rec.status() == SessionStatus.FIXED) {
                    pair.fixedDays.add(day);
                }
                if (day < fromDay) {
                    pair.lastDay = Math.max(pair.lastDay, day);
                }
            }
        }
        for (Session session : sessions) {
            if (session.mode() == Mode.ACCOMPANIMENT && session.status() != SessionState.CANCELLED
                    && session.date() != null && session.members().size() >= 2) {
                long day = ChronoUnit.DAYS.between(programme.start(), session.date());
                if (day >= 0 && day < size / slotCount) {
                    weeksOf(session.members().get(1))[weekOf(day)]++;
                }
            }
        }
        List<Pair> order = new ArrayList<>(pairs.values());
        for (Pair pair : order) {
            BitSet common = commonAvailable(pair.participant, pair.resource);
            pair.commonHalfDays = common.cardinality();
        }
        order.sort(Comparator.comparingInt((Pair pair) -> pair.commonHalfDays).thenComparingInt(pair -> pair.order));
        for (Pair pair : order) {
            planMeetings(pair);
        }
        List<HoursBudget> budgets = new ArrayList<>();
        for (Pair pair : pairs.values()) {
            budgets.add(new HoursBudget(pair.participant, pair.resource, pair.covered, pair.held, pair.lost,
                    pair.fixed + pair.planned, pair.unplacedHours));
        }
        return budgets;
    }

    /** @return the half-days from the re-planning date on, not closed, on which both are available */
    BitSet commonAvailable(String participant, String resource) {
        BitSet common = (BitSet) occupancy.availability(participant).clone();
        common.and(occupancy.availability(resource));
        common.andNot(closed);
        common.clear(0, first);
        return common;
    }

    void planMeetings(Pair pair) {
        int meetingHours = Math.max(1, programme.calendar().meetingHours());
        int toPlan = Math.max(0, pair.covered - pair.held - pair.lost - pair.fixed);
        int count = (toPlan + meetingHours - 1) / meetingHours;
        if (count == 0) {
            return;
        }
        int days = size / slotCount;
        int firstDay = first / slotCount;
        int span = Math.max(0, days - 1 - firstDay);
        int minGap = Math.max(1, programme.calendar().minWeeksBetweenMeetings() * 7);
        int maxGap = Math.max(minGap, programme.calendar().maxWeeksBetweenMeetings() * 7);
        int gap;
        boolean longEnough = (long) (count - 1) * minGap <= span;
        if (longEnough) {
            gap = count <= 1 ? minGap : Math.max(minGap, Math.min(maxGap, span / count));
        } else {
            gap = count <= 1 ? 1 : Math.max(1, span / (count - 1));
            minGap = 1;
            maxGap = Integer.MAX_VALUE / 4;
        }
        frames.put(SessionFacts.pairKey(pair.participant, pair.resource), new PairFrame(pair.participant,
                pair.resource, minGap, maxGap, firstDay, topicsNote(pair),
                !longEnough && count > 1 ? programme.messages().get("calendar.note.tooShort",
                        programme.calendar().minWeeksBetweenMeetings(), count) : null,
                pair.recordCount + 1));
        long start = firstDay(pair, count, gap, span, longEnough, minGap);
        int unplacedAtGap = placeMeetings(pair, count, toPlan, start, gap, longEnough, minGap, maxGap, longEnough,
                false, null);
        String fallback = null;
        boolean spread = longEnough;
        if (unplacedAtGap > 0 && longEnough && gap > minGap && placeMeetings(pair, count, toPlan, start, minGap,
                false, minGap, maxGap, true, false, null) < unplacedAtGap) {
            // The wider spacing drifts past closures and busy weeks: the minimum cadence dates more meetings.
            gap = minGap;
            spread = false;
            fallback = programme.messages().get("calendar.note.minimumCadence", programme.messages().get(
                    "calendar.weeks", programme.calendar().minWeeksBetweenMeetings()));
        }
        placeMeetings(pair, count, toPlan, start, gap, spread, minGap, maxGap, longEnough, true, fallback);
    }

    /**
     * Staggers first meetings: a pair with no meeting yet starts in the week, among the first
     * {@code maxWeeksBetweenMeetings} weeks from the re-planning date, with the fewest first meetings so far (then
     * the fewest meetings of its resource person, then the earliest), among the weeks in which it has a free common half-day under the weekly limit and from which its
     * meetings still fit in the programme at their spacing.
     *
     * @return the day to look for the first meeting from (the re-planning day when the pair met before)
     */
    private long firstDay(Pair pair, int count, int gap, int span, boolean longEnough, int minGap) {
        int firstDay = first / slotCount;
        if (pair.lastDay >= 0 || !longEnough) {
            return firstDay;
        }
        int days = size / slotCount;
        long slack = (long) span - (long) (count - 1) * gap;
        int window = Math.max(1, programme.calendar().maxWeeksBetweenMeetings());
        int[] weeks = weeksOf(pair.resource);
        int[] none = new int[weekCount];
        long best = firstDay;
        int bestFirsts = Integer.MAX_VALUE;
        int bestLoad = Integer.MAX_VALUE;
        int week0 = weekOf(firstDay);
        for (int w = 0; w < window; w++) {
            int week = week0 + w;
            long weekStart = w == 0 ? firstDay : (long) week * 7 - weekOffset;
            if (weekStart - firstDay > slack || weekStart >= days) {
                break;
            }
            long weekEnd = Math.min(days, (long) (week + 1) * 7 - weekOffset);
            boolean possible = false;
            for (long i = weekStart * slotCount; i < weekEnd * slotCount && !possible; i++) {
                possible = meetingFits(pair, (int) i, minGap, none);
            }
            if (!possible) {
                continue;
            }
            if (firstMeetings[week] < bestFirsts
                    || firstMeetings[week] == bestFirsts && weeks[week] < bestLoad) {
                best = weekStart;
                bestFirsts = firstMeetings[week];
                bestLoad = weeks[week];
            }
        }
        return best;
    }

    /**
     * Places a pair's meetings {@code gap} days apart (see {@link #planMeetings}); only when {@code commit} are
     * they put on the calendar (a pair's own meetings are days apart, so a trial finds the same half-days).
     *
     * @return how many meetings find no half-day
     */
    private int placeMeetings(Pair pair, int count, int toPlan, long start, int gap, boolean spread, int minGap,
            int maxGap, boolean longEnough, boolean commit, String fallback) {
        int meetingHours = Math.max(1, programme.calendar().meetingHours());
        int days = size / slotCount;
        int firstDay = first / slotCount;
        int missing = 0;
        /* A trial's own meetings per week, which its resource person's counts do not hold yet. */
        int[] own = new int[weekCount];
        long previous = pair.lastDay;
        int number = pair.recordCount + 1;
        for (int k = 0; k < count; k++, number++) {
            int hours = k == count - 1 ? toPlan - (count - 1) * meetingHours : meetingHours;
            long earliest;
            long target;
            long latest;
            if (previous < 0) {
                earliest = firstDay;
                target = Math.max(firstDay, start);
                latest = target + maxGap;
            } else {
                // Spread: what is left of the programme shared evenly among the meetings left and the time after the
                // last one (as span / meetings for the first gap), within the cadence.
                long step = spread
                        ? Math.max(minGap, Math.min(maxGap, (days - 1 - previous) / (count - k + 1)))
                        : gap;
                earliest = Math.max(firstDay, previous + minGap);
                target = Math.max(earliest, previous + step);
                latest = Math.max(target, previous + maxGap);
            }
            int found = earliest >= days ? -1 : findMeeting(pair, earliest, target, latest, minGap, own);
            boolean overLimit = false;
            if (found < 0 && earliest < days) {
                // No date keeps the resource person's weekly limit: the limit gives way, and the meeting says so.
                found = findMeeting(pair, earliest, target, latest, minGap, null);
                overLimit = found >= 0;
            }
            String id = "accompaniment-" + pair.participant + "-" + pair.resource + "-" + number;
            String title = facts.accompanimentTitle(number, pair.participant, pair.resource);
            if (found < 0) {
                missing++;
                if (!commit) {
                    continue;
                }
                pair.unplacedHours += hours;
                unplaced.add(new UnplacedSession(id, Mode.ACCOMPANIMENT, title,
                        List.of(pair.participant, pair.resource), hours, noMeetingReason(pair, earliest)));
                continue;
            }
            long day = found / slotCount;
            if (!commit) {
                own[weekOf(day)]++;
                previous = day;
                continue;
            }
            int[] weeks = weeksOf(pair.resource);
            weeks[weekOf(day)]++;
            if (previous < 0) {
                firstMeetings[weekOf(day)]++;
            }
            LocalDate date = occupancy.dateOf(found);
            String halfDay = occupancy.halfDayOf(found).id();
            List<String> notes = new ArrayList<>();
            if (!pair.topics.isEmpty()) {
                notes.add(topicsNote(pair));
            }
            if (fallback != null && k == 0) {
                notes.add(fallback);
            }
            if (previous >= 0 && day - previous > maxGap && maxGap < Integer.MAX_VALUE / 4) {
                notes.add(programme.messages().get("calendar.note.late",
                        programme.messages().get("calendar.weeks", (day - previous + 6) / 7),
                        programme.calendar().maxWeeksBetweenMeetings()));
            }
            if (overLimit) {
                notes.add(programme.messages().get("calendar.note.weeklyLimit",
                        CalendarWords.who(programme, pair.resource), weeks[weekOf(day)], weeklyLimit));
            }
            if (!longEnough && count > 1) {
                notes.add(programme.messages().get("calendar.note.tooShort",
                        programme.calendar().minWeeksBetweenMeetings(), count));
            }
            Session meeting = new Session(id, Mode.ACCOMPANIMENT, title, List.of(pair.participant, pair.resource),
                    date, halfDay, occupancy.startOf(found), occupancy.meetingEnd(found, hours), null, SessionState.PLANNED, null, null, hours, notes);
            meeting = facts.withDueDates(meeting, null);
            occupancy.occupy(meeting, found);
            sessions.add(meeting);
            pair.planned += hours;
            previous = day;
        }
        return missing;
    }

    /** @return the note naming the topics the pair meets on, or null when it covers none */
    private String topicsNote(Pair pair) {
        if (pair.topics.isEmpty()) {
            return null;
        }
        List<String> topics = new ArrayList<>();
        for (String topic : pair.topics) {
            topics.add(CalendarWords.topic(topic));
        }
        return programme.messages().get("calendar.note.topics", programme.messages().and(topics));
    }

    /** @return per pair with meetings to plan, by pair key in planning order, what the joint search keeps */
    Map<String, PairFrame> frames() {
        return frames;
    }

    /**
     * @return the first fitting half-day from the target day up to the latest day, else the nearest before it down
     *         to the earliest day, else the first one after the latest day; -1 when none fits
     */
    int findMeeting(Pair pair, long earliest, long target, long latest, int minGap, int[] own) {
        int lo = (int) Math.max(first, Math.min(size, earliest * slotCount));
        int mid = (int) Math.max(lo, Math.min(size, target * slotCount));
        int hi = (int) Math.min(size, Math.max(mid, Math.min((long) size, (latest + 1) * slotCount)));
        for (int i = mid; i < hi; i++) {
            if (meetingFits(pair, i, minGap, own)) {
                return i;
            }
        }
        for (int i = mid - 1; i >= lo; i--) {
            if (meetingFits(pair, i, minGap, own)) {
                return i;
            }
        }
        for (int i = hi; i < size; i++) {
            if (meetingFits(pair, i, minGap, own)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param own a trial's own meetings per week, counted with the resource person's; null: the weekly limit is not
     *        checked
     */
    boolean meetingFits(Pair pair, int index, int minGap, int[] own) {
        long day = index / slotCount;
        if (own != null) {
            int week = weekOf(day);
            if (weeksOf(pair.resource)[week] + own[week] >= weeklyLimit) {
                return false;
            }
        }
        for (long fixedDay : pair.fixedDays) {
            if (Math.abs(day - fixedDay) < minGap) {
                return false;
            }
        }
        return index >= first && !closed.get(index)
                && occupancy.availability(pair.participant).get(index)
                && occupancy.availability(pair.resource).get(index)
                && !occupancy.busy(pair.participant).get(index) && !occupancy.busy(pair.resource).get(index);
    }

    String noMeetingReason(Pair pair, long earliest) {
        int days = size / slotCount;
        String both = programme.messages().get("calendar.unplaced.both", CalendarWords.who(programme,
                pair.participant), CalendarWords.who(programme, pair.resource));
        if (earliest >= days) {
            return programme.messages().get("calendar.unplaced.noMoreTime",
                    CalendarWords.date(programme.messages(), programme.end()), both);
        }
        LocalDate earliestDate = programme.start().plusDays(earliest);
        BitSet common = commonAvailable(pair.participant, pair.resource);
        common.clear(0, (int) Math.min(size, earliest * slotCount));
        if (common.isEmpty()) {
            return programme.messages().get("calendar.unplaced.noCommon", both,
                    CalendarWords.date(programme.messages(), earliestDate),
                    CalendarWords.date(programme.messages(), programme.end()));
        }
        return programme.messages().get("calendar.unplaced.taken", CalendarWords.date(programme.messages(),
                earliestDate), CalendarWords.date(programme.messages(), programme.end()), both, common.cardinality());
    }
}
