package org.peermatch.core.model;

/**
 * The programme's rules for immersion days ("Vis ma vie"): a mentee spends one working day with a mentor.
 *
 * @param sameSectorRequired true when mentor and mentee must share a sector (a hard rule); false when a common
 *        sector is only preferred (a soft reward)
 * @param reportDueDays the mentee's report is due this many days after the immersion day
 */
public record ImmersionRules(boolean sameSectorRequired, int reportDueDays) {

    /** The defaults: same sector required, report due 7 days after the day. */
    public static final ImmersionRules DEFAULT = new ImmersionRules(true, 7);
}
