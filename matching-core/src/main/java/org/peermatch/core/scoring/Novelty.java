package org.peermatch.core.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The cost of putting together two people who worked together before: the programme wants new interactions.
 *
 * <p>Each earlier interaction costs {@value #FULL_COST} when it happened at the reference date, halving every
 * half-life before it: an interaction one half-life ago costs 50, two half-lives ago 25. Interactions after the
 * reference date count in full. The costs of several interactions add up.
 */
public final class Novelty {

    /** The cost of an interaction that has just happened. */
    public static final long FULL_COST = 100;

    private static final double DAYS_PER_MONTH = 30.4375;

    private Novelty() {
    }

    /**
     * @param earlierDates when the two people worked together
     * @param reference the date novelty is measured from (the programme's start)
     * @param halfLifeMonths after this many months an interaction counts half
     * @return the cost of pairing them again, 0 when they never met
     */
    public static long pairCost(List<LocalDate> earlierDates, LocalDate reference, int halfLifeMonths) {
        double cost = 0.0;
        for (LocalDate date : earlierDates) {
            double months = Math.max(0.0, ChronoUnit.DAYS.between(date, reference) / DAYS_PER_MONTH);
            cost += FULL_COST * Math.pow(0.5, months / halfLifeMonths);
        }
        return Math.round(cost);
    }
}
