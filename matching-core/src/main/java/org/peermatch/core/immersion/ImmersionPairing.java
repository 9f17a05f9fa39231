package org.peermatch.core.immersion;

import java.time.LocalDate;
import java.util.List;

/**
 * A mentee's immersion day with a mentor, as the proposal lists it.
 *
 * @param mentee the mentee's id
 * @param mentor the mentor's id
 * @param day the immersion day
 * @param objectives the mentee's stated objective tags, kept for the evaluation after the day
 * @param reportDue when the mentee's report is due: the day plus the programme's report delay
 * @param reasons why this pair and this day, one full sentence each, in the committee's words
 */
public record ImmersionPairing(String mentee, String mentor, LocalDate day, List<String> objectives,
        LocalDate reportDue, List<String> reasons) {

    public ImmersionPairing {
        objectives = List.copyOf(objectives);
        reasons = List.copyOf(reasons);
    }
}
