package org.peermatch.core.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The decay of an earlier interaction with time, and the cost of direct meetings alone: the building blocks of
 * {@link DecayingNovelty}, the default {@link NoveltyModel}.
 *
 * <p>Each earlier interaction costs {@value #FULL_COST} when it happened at the reference date, halving every
 * half-life before it: an interaction one half-life ago costs 50, two half-lives ago 25. Interactions after the
 * reference date count in full. The costs of several interactions add up. A month is 30.4375 days (a Gregorian
 * year over 12).
 */
public final class Novelty {

    /** The cost of an interaction that has just happened. */
    public static final long FULL_COST = 100;

    private static final double DAYS_PER_MONTH = 30.4375;

    private Novelty() {
    }

    /**
     * @param date when an interaction happened
     * @param reference the date novelty is measured from (the programme's start)
     * @param halfLifeMonths after this many months an interaction counts half
     * @return how much the interaction still counts, in (0, 1]: 1 on or after the reference date, 0.5 one
     *         half-life before it
     */
    public static double decay(LocalDate date, LocalDate reference, int halfLifeMonths) {
        double months = Math.max(0.0, ChronoUnit.DAYS.between(date, reference) / DAYS_PER_MONTH);
        return Math.pow(0.5, months / halfLifeMonths);
    }
}
