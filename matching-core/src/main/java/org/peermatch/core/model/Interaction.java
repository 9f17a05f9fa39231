package org.peermatch.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An earlier time members worked together: every pair among {@code members} has met.
 *
 * @param members ids of the members involved, at least two
 * @param mode in which mode
 * @param date when (the last date, for a long accompaniment)
 */
public record Interaction(List<String> members, Mode mode, LocalDate date) {
    public Interaction {
        members = List.copyOf(members);
    }
}
