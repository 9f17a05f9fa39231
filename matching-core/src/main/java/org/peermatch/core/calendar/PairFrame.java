package org.peermatch.core.calendar;

/**
 * What the joint search ({@link CalendarSearch}) keeps of one accompaniment pair's series as the greedy pass planned
 * it.
 *
 * @param participant the participant's member id
 * @param resource the resource person's member id
 * @param minGapDays the fewest days between two of its meetings (1 when the programme is too short for the cadence)
 * @param maxGapDays the most days between two of its meetings, or from the planning start to its first meeting
 *        (unbounded when the programme is too short for the cadence)
 * @param firstDay the first day new meetings may take, as a day number from the programme's start
 * @param topicsNote the note naming its topics, or null
 * @param tooShortNote the note saying the programme is too short for the cadence, or null
 * @param firstNumber the number of its first new meeting (after the record's)
 */
record PairFrame(String participant, String resource, int minGapDays, int maxGapDays, int firstDay,
        String topicsNote, String tooShortNote, int firstNumber) {
}
