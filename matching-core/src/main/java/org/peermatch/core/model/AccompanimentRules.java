package org.peermatch.core.model;

/**
 * The programme's rules for individual accompaniment.
 *
 * @param minimumLevel the lowest competence level (1–5) a resource person needs on a topic to cover it
 * @param maxResourcePersons at most this many distinct resource persons per participant
 * @param minCommonHalfDaysPerMonth a pair needs at least this many common available half-days per month of the
 *        programme, on average
 * @param noveltyHalfLifeMonths after this many months, an earlier interaction counts half as much
 */
public record AccompanimentRules(int minimumLevel, int maxResourcePersons, int minCommonHalfDaysPerMonth,
        int noveltyHalfLifeMonths) {

    /** The defaults: level 3, 2 resource persons, 2 common half-days a month, a 12-month half-life. */
    public static final AccompanimentRules DEFAULT = new AccompanimentRules(3, 2, 2, 12);
}
