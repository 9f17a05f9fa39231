package org.peermatch.core.model;

/**
 * The programme's rules for dating meetings on its calendar.
 *
 * @param meetingHours length of one 1:1 accompaniment meeting, in hours; a pair meets as often as its hours allow
 * @param minWeeksBetweenMeetings a pair meets at most every this many weeks
 * @param maxWeeksBetweenMeetings and at least every this many weeks, when the programme is long enough
 * @param questionsDueHours a participant sends their questions this many hours before a meeting
 * @param reportDueDays a meeting's report is due this many days after it
 * @param lateCancellationHours a meeting cancelled less than this many hours before it is a late cancellation
 * @param maxMeetingsPerWeekPerResource a resource person has at most this many 1:1 meetings in a calendar week
 *        (Monday to Sunday) when another date exists; beyond it only when none does, and the meeting says so
 */
public record CalendarRules(int meetingHours, int minWeeksBetweenMeetings, int maxWeeksBetweenMeetings,
        int questionsDueHours, int reportDueDays, int lateCancellationHours, int maxMeetingsPerWeekPerResource) {

    /** The default limit of 1:1 meetings per resource person and week. */
    public static final int DEFAULT_MAX_MEETINGS_PER_WEEK_PER_RESOURCE = 3;

    /**
     * The defaults: 2-hour meetings every 4 to 6 weeks, questions 48 h before, report 7 days after, late: 48 h, at
     * most 3 meetings a week per resource person.
     */
    public static final CalendarRules DEFAULT = new CalendarRules(2, 4, 6, 48, 7, 48,
            DEFAULT_MAX_MEETINGS_PER_WEEK_PER_RESOURCE);

    /** The rules with the default weekly limit per resource person. */
    public CalendarRules(int meetingHours, int minWeeksBetweenMeetings, int maxWeeksBetweenMeetings,
            int questionsDueHours, int reportDueDays, int lateCancellationHours) {
        this(meetingHours, minWeeksBetweenMeetings, maxWeeksBetweenMeetings, questionsDueHours, reportDueDays,
                lateCancellationHours, DEFAULT_MAX_MEETINGS_PER_WEEK_PER_RESOURCE);
    }
}
