package org.peermatch.core.workshop;

import java.time.LocalDate;
import java.util.List;

/**
 * One workshop of the proposal.
 *
 * @param number its number in the programme, 1 for the earliest
 * @param theme the topic it is about
 * @param animator the id of the member who leads it
 * @param date its day
 * @param halfDay the id of its half-day slot, e.g. {@code AM}
 * @param room the id of its room, or null when rooms are not planned (or a kept workshop had none)
 * @param attendees the ids of its participants, in programme order
 * @param reasons why this theme, animator, half-day and room, in the committee's words
 */
public record Workshop(int number, String theme, String animator, LocalDate date, String halfDay, String room,
        List<String> attendees, List<String> reasons) {

    public Workshop {
        attendees = List.copyOf(attendees);
        reasons = List.copyOf(reasons);
    }
}
