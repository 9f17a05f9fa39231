package org.peermatch.core.calendar;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an immersion day, a co-development session or a workshop may be moved to, to make room for a 1:1 meeting:
 * within {@value #WINDOW_DAYS} days of where the greedy pass put it (the day its mode chose unless someone was booked
 * twice), and a co-development session strictly between its group's sessions before and after it, each keeping its
 * side of the midpoint, so that a group's sessions keep their order and spacing.
 */
final class ModeWindows {

    /** How far, in days, the search may move a session of another mode from its day. */
    static final int WINDOW_DAYS = 14;

    /** The ids {@link Planning} gives co-development sessions: group number, then session number. */
    private static final Pattern CODEVELOPMENT_ID = Pattern.compile("codevelopment-g(\\d+)-(\\d+)");

    private final int lastDay;
    /** Per co-development group, its sessions' days on the greedy calendar by session number. */
    private final Map<Integer, TreeMap<Integer, Integer>> groupDays = new HashMap<>();

    ModeWindows(Occupancy occupancy, ProgrammeCalendar greedy) {
        this.lastDay = occupancy.size / occupancy.slotCount - 1;
        for (Session session : greedy.sessions()) {
            Matcher id = CODEVELOPMENT_ID.matcher(session.id());
            int position = occupancy.positionOf(session);
            if (session.mode() == org.peermatch.core.model.Mode.CODEVELOPMENT && id.matches() && position >= 0) {
                groupDays.computeIfAbsent(Integer.parseInt(id.group(1)), group -> new TreeMap<>())
                        .put(Integer.parseInt(id.group(2)), position / occupancy.slotCount);
            }
        }
    }

    /**
     * @param id the session's id
     * @param day its day number on the greedy calendar
     * @return the first and last day numbers it may take
     */
    int[] of(String id, int day) {
        int low = Math.max(0, day - WINDOW_DAYS);
        int high = Math.min(lastDay, day + WINDOW_DAYS);
        Matcher codevelopment = CODEVELOPMENT_ID.matcher(id);
        if (codevelopment.matches()) {
            TreeMap<Integer, Integer> days = groupDays.getOrDefault(Integer.parseInt(codevelopment.group(1)),
                    new TreeMap<>());
            int number = Integer.parseInt(codevelopment.group(2));
            Map.Entry<Integer, Integer> before = days.lowerEntry(number);
            Map.Entry<Integer, Integer> after = days.higherEntry(number);
            if (before != null) {
                low = Math.max(low, (before.getValue() + day) / 2 + 1);
            }
            if (after != null) {
                high = Math.min(high, (day + after.getValue() - 1) / 2);
            }
        }
        return new int[] {low, high};
    }
}
