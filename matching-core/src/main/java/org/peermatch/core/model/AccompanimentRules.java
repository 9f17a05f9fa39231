package org.peermatch.core.model;

import java.util.List;

/**
 * The programme's rules for individual accompaniment.
 *
 * @param minimumLevel the lowest competence level (1–5) a resource person needs on a topic to cover it
 * @param maxResourcePersons at most this many distinct resource persons per participant
 * @param minCommonHalfDaysPerMonth a pair needs at least this many common available half-days per month of the
 *        programme, on average
 * @param noveltyHalfLifeMonths after this many months, an earlier interaction counts half as much
 * @param priorityWeights what covering a need of priority 1, 2 and 3 is worth (three numbers, non-increasing), or
 *        empty for the default: lexicographic weights, so that an essential need is never left uncovered to cover
 *        any number of lower-priority ones (the accompaniment mode's {@code PriorityWeights})
 */
public record AccompanimentRules(int minimumLevel, int maxResourcePersons, int minCommonHalfDaysPerMonth,
        int noveltyHalfLifeMonths, List<Integer> priorityWeights) {

    /** The defaults: level 3, 2 resource persons, 2 common half-days a month, a 12-month half-life, lexicographic. */
    public static final AccompanimentRules DEFAULT = new AccompanimentRules(3, 2, 2, 12);

    /** Rules with the default, lexicographic priority weights. */
    public AccompanimentRules(int minimumLevel, int maxResourcePersons, int minCommonHalfDaysPerMonth,
            int noveltyHalfLifeMonths) {
        this(minimumLevel, maxResourcePersons, minCommonHalfDaysPerMonth, noveltyHalfLifeMonths, List.of());
    }

    public AccompanimentRules {
        priorityWeights = List.copyOf(priorityWeights);
    }

    /** @return a copy with other priority weights (empty: the lexicographic default) */
    public AccompanimentRules withPriorityWeights(List<Integer> weights) {
        return new AccompanimentRules(minimumLevel, maxResourcePersons, minCommonHalfDaysPerMonth,
                noveltyHalfLifeMonths, weights);
    }
}
