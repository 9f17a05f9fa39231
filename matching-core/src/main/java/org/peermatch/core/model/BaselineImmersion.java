package org.peermatch.core.model;

import java.time.LocalDate;

/**
 * One immersion day of a published proposal: a mentee hosted by a mentor on a day.
 *
 * @param mentee the mentee's member id
 * @param mentor the mentor's member id
 * @param day the immersion day
 */
public record BaselineImmersion(String mentee, String mentor, LocalDate day) {
}
