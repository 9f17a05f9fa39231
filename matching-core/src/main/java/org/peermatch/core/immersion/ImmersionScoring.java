package org.peermatch.core.immersion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.ConflictOfInterest;
import org.peermatch.core.scoring.HalfDayCalendar;
import org.peermatch.core.scoring.NoveltyModel;
import org.peermatch.core.scoring.NoveltyWords;

/**
 * The one place where an immersion pair is scored: the problem builder computes {@link ImmersionPairFacts} with
 * it, the constraints read those facts, and the explanations word the same numbers.
 */
public final class ImmersionScoring {

    /** Two immersion days closer than this many days cost the difference. */
    public static final int SPREAD_DAYS = 14;

    private final Programme programme;
    private final HalfDayCalendar calendar;
    private final NoveltyModel novelty;

    /**
     * @param programme the programme
     * @param novelty the novelty model, already knowing the pairs planned in other modes of the same proposal
     */
    public ImmersionScoring(Programme programme, NoveltyModel novelty) {
        this.programme = programme;
        this.calendar = new HalfDayCalendar(programme);
        this.novelty = novelty;
    }

    /** @return the programme's half-day calendar */
    public HalfDayCalendar calendar() {
        return calendar;
    }

    /** @return the novelty model */
    public NoveltyModel novelty() {
        return novelty;
    }

    /** @return the facts of pairing the mentee with the mentor */
    public ImmersionPairFacts facts(Member mentee, Member mentor) {
        List<String> common = new ArrayList<>();
        for (String sector : mentee.sectors()) {
            if (mentor.sectors().contains(sector) && !common.contains(sector)) {
                common.add(sector);
            }
        }
        return new ImmersionPairFacts(conflict(mentee, mentor), common, mentor.experienceYears(),
                mentee.experienceYears(), matchedObjectives(mentee, mentor),
                novelty.pairCost(mentee.id(), mentor.id()), kilometres(mentee, mentor));
    }

    /** @return why the two members may not form an immersion pair, or null when they may */
    public String conflict(Member mentee, Member mentor) {
        return ConflictOfInterest.between(mentee, mentor, programme.decisions());
    }

    /**
     * @param member a member, or null for every working day of the programme
     * @return the programme days (numbered from its start) on which the member is available for every half-day;
     *         only open weekdays count, as immersion days are working days and nothing takes place on a closed
     *         day (a holiday or a closure of the programme)
     */
    public BitSet fullDays(Member member) {
        BitSet halfDays = member == null ? null : calendar.availableHalfDays(member);
        int slots = programme.halfDays().size();
        BitSet days = new BitSet(calendar.dayCount());
        for (int day = 0; day < calendar.dayCount(); day++) {
            LocalDate date = programme.start().plusDays(day);
            if (slots > 0 && isWeekday(date) && !programme.isClosed(date)
                    && (halfDays == null || halfDays.nextClearBit(day * slots) >= (day + 1) * slots)) {
                days.set(day);
            }
        }
        return days;
    }

    /** @return the date of a programme day number */
    public LocalDate dateOf(int dayNumber) {
        return programme.start().plusDays(dayNumber);
    }

    /** @return the programme day number of a date (negative before the start) */
    public int dayNumber(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(programme.start(), date);
    }

    /** @return the years the mentor lacks to have more experience than the mentee: 0 when more, else at least 1 */
    public static int experienceShortfall(int mentorYears, int menteeYears) {
        return Math.max(0, menteeYears + 1 - mentorYears);
    }

    /** @return the mentee's objective tags that the mentor's profile tags contain, in the mentee's order */
    public static List<String> matchedObjectives(Member mentee, Member mentor) {
        List<String> matched = new ArrayList<>();
        for (String objective : mentee.objectives()) {
            if (mentor.tags().contains(objective) && !matched.contains(objective)) {
                matched.add(objective);
            }
        }
        return matched;
    }

    /** @return the distance between the two members in whole kilometres, -1 when a location is missing */
    public static long kilometres(Member first, Member second) {
        if (first.location() == null || second.location() == null) {
            return -1;
        }
        return Math.round(first.location().kilometresTo(second.location()));
    }

    /** @return the cost of two immersion days this many days apart: 14 minus the gap, 0 from 14 days on */
    public static int closeDaysCost(int gapDays) {
        return Math.max(0, SPREAD_DAYS - Math.abs(gapDays));
    }

    /** @return whether a date is a working day (Monday to Friday) */
    public static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** @return the count and the noun, plural when not 1: "1 day", "3 days" */
    public static String count(long n, String noun) {
        return NoveltyWords.count(n, noun);
    }

    /** @return a date in the committee's words, e.g. "Tuesday 9 March 2027" */
    public static String format(LocalDate date) {
        return NoveltyWords.day(date);
    }
}
