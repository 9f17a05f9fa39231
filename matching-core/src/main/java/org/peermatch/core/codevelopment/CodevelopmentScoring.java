package org.peermatch.core.codevelopment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.Member;
import org.peermatch.core.scoring.ConflictOfInterest;
import org.peermatch.core.scoring.HalfDayCalendar;

/**
 * The one place where a co-development group is scored: the constraints, the explanations and the session plan
 * all call these functions, so what the committee reads is what the solver weighed. Pure and stateless.
 */
public final class CodevelopmentScoring {

    private CodevelopmentScoring() {
    }

    /**
     * The cost of a pair in one group, superlinear in how well they already know each other:
     * ⌈c² / 100⌉ for the novelty cost c of {@link org.peermatch.core.scoring.NoveltyModel#pairCost}. One direct
     * meeting on the programme's start (c = 100) costs 100, two (c = 200) cost 400, a pair who only share a common
     * peer (c ≤ 50) at most 25, a pair who never met 0.
     *
     * @param pairCost the novelty cost of the pair, at least 0
     * @return the repeat cost
     */
    public static long repeatCost(long pairCost) {
        if (pairCost <= 0) {
            return 0;
        }
        return (pairCost * pairCost + 99) / 100;
    }

    /** @return the sessions a group needs for each member to be client once: ⌈size / clientsPerSession⌉ */
    public static int sessionsNeeded(int size, int clientsPerSession) {
        int perSession = Math.max(1, clientsPerSession);
        return (size + perSession - 1) / perSession;
    }

    /**
     * @param sectorsOfMembers each member's sectors
     * @return how many members hold each sector (a member counts once per sector), most held first, then by name
     */
    public static Map<String, Integer> sectorCounts(Collection<List<String>> sectorsOfMembers) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<String> sectors : sectorsOfMembers) {
            for (String sector : new LinkedHashSet<>(sectors)) {
                counts.merge(sector, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        entries.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /**
     * @return the members beyond half of a group of {@code size} holding one sector: {@code holders - ⌊size/2⌋}
     *         when the sector is held by more than half, else 0
     */
    public static int sectorExcess(int size, int holders) {
        return Math.max(0, holders - size / 2);
    }

    /** @return the members beyond half, summed over every sector held by more than half of the group */
    public static int sectorExcess(Collection<List<String>> sectorsOfMembers) {
        int size = sectorsOfMembers.size();
        int excess = 0;
        for (int holders : sectorCounts(sectorsOfMembers).values()) {
            excess += sectorExcess(size, holders);
        }
        return excess;
    }

    /** @return the half-days on which every one of the sets is available (empty for no set) */
    public static BitSet commonHalfDays(Collection<BitSet> availabilities) {
        BitSet common = null;
        for (BitSet available : availabilities) {
            if (common == null) {
                common = (BitSet) available.clone();
            } else {
                common.and(available);
            }
        }
        return common == null ? new BitSet() : common;
    }

    /**
     * @param halfDays half-day numbers of the programme
     * @param monthOfHalfDay the calendar month of each half-day number ({@link #monthOfHalfDay})
     * @return in how many distinct calendar months the half-days fall
     */
    public static int monthsWith(BitSet halfDays, int[] monthOfHalfDay) {
        BitSet months = new BitSet();
        for (int h = halfDays.nextSetBit(0); h >= 0 && h < monthOfHalfDay.length; h = halfDays.nextSetBit(h + 1)) {
            months.set(monthOfHalfDay[h]);
        }
        return months.cardinality();
    }

    /** @return the sessions that cannot each get a month of their own: needed sessions minus common months */
    public static int missingMonths(int size, int clientsPerSession, int commonMonths) {
        return Math.max(0, sessionsNeeded(size, clientsPerSession) - commonMonths);
    }

    /**
     * @param calendar the programme's calendar
     * @param start the programme's first day
     * @param halfDayCount the number of half-days of the programme (days × slots)
     * @return for each half-day number, its calendar month counted from the programme's first month (0)
     */
    public static int[] monthOfHalfDay(HalfDayCalendar calendar, LocalDate start, int halfDayCount) {
        int[] months = new int[halfDayCount];
        for (int h = 0; h < halfDayCount; h++) {
            months[h] = monthIndex(start, calendar.dateOf(h));
        }
        return months;
    }

    /** @return the calendar month of the date counted from the month of {@code start} (0) */
    public static int monthIndex(LocalDate start, LocalDate date) {
        return (date.getYear() - start.getYear()) * 12 + date.getMonthValue() - start.getMonthValue();
    }

    /**
     * Why two members may not be in one group, in words that follow their two names.
     *
     * @return e.g. "both work for Studio Nord", or null when they may be grouped
     */
    public static String conflict(Member first, Member second, Decisions decisions) {
        return ConflictOfInterest.between(first, second, decisions);
    }
}
