package org.peermatch.core.calendar;

import java.util.Map;

/**
 * A greedy calendar run and what the joint search needs of it to rebuild a calendar.
 *
 * @param calendar the greedy calendar
 * @param planning the run: its grid, availability and the facts sessions say of themselves
 * @param frames per accompaniment pair with meetings to plan, by pair key, its series
 */
record GreedyCalendar(ProgrammeCalendar calendar, Planning planning, Map<String, PairFrame> frames) {
}
