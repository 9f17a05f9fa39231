package org.peermatch.core.model;

import java.time.LocalDate;

/**
 * One workshop of a published proposal.
 *
 * @param theme the topic it is on
 * @param animator the animator's member id
 * @param date its day
 * @param halfDay the programme half-day id, e.g. {@code AM}
 * @param room the room id, or null when rooms are not planned
 */
public record BaselineWorkshop(String theme, String animator, LocalDate date, String halfDay, String room) {
}
