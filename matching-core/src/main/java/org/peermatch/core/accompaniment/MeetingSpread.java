package org.peermatch.core.accompaniment;

import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.HalfDayCalendar;

/**
 * How many 1:1 meetings a pair's common availability can date: the most common half-days, on open days from the
 * day the calendar is planned from, at least {@code minWeeksBetweenMeetings} apart (taking the earliest each time,
 * which finds the most). A pair whose common half-days all lie in two months can date two or three meetings
 * whatever their total; the {@code meetings-cannot-be-dated} rule compares this with the meetings its hours call
 * for ({@code meetingHours} each). O(half-days / 64 + meetings) per pair once the members' half-days are known.
 */
public final class MeetingSpread {

    private final HalfDayCalendar grid;
    private final int slots;
    private final int gapDays;
    private final int meetingHours;
    private final BitSet open = new BitSet();
    /** Each member's open available half-days, computed once (the problem builder asks from several threads). */
    private final Map<String, BitSet> available = new ConcurrentHashMap<>();

    /** Prepares the count for a programme: its half-days, closed days, re-planning date and cadence. */
    public MeetingSpread(Programme programme) {
        this.grid = new HalfDayCalendar(programme);
        this.slots = Math.max(1, programme.halfDays().size());
        this.gapDays = Math.max(1, programme.calendar().minWeeksBetweenMeetings() * 7);
        this.meetingHours = Math.max(1, programme.calendar().meetingHours());
        long firstDay = programme.changes() == null || programme.changes().replanFrom() == null ? 0
                : Math.max(0, ChronoUnit.DAYS.between(programme.start(), programme.changes().replanFrom()));
        int size = Math.max(0, grid.dayCount()) * programme.halfDays().size();
        for (int i = (int) Math.min(size, firstDay * slots); i < size; i++) {
            if (!programme.isClosed(grid.dateOf(i))) {
                open.set(i);
            }
        }
    }

    /** @return how many meetings the two members' common open half-days can date at the minimum cadence */
    public int datable(Member participant, Member resource) {
        BitSet common = (BitSet) openAvailable(participant).clone();
        common.and(openAvailable(resource));
        int count = 0;
        for (int i = common.nextSetBit(0); i >= 0; i = common.nextSetBit((i / slots + gapDays) * slots)) {
            count++;
        }
        return count;
    }

    private BitSet openAvailable(Member member) {
        return available.computeIfAbsent(member.id(), id -> {
            BitSet halfDays = grid.availableHalfDays(member);
            halfDays.and(open);
            return halfDays;
        });
    }

    /** @return the meetings the hours call for: hours divided by the meeting length, rounded up */
    public int meetingsFor(int hours) {
        return (hours + meetingHours - 1) / meetingHours;
    }

    /** @return the length of a meeting in hours */
    public int meetingHours() {
        return meetingHours;
    }
}
