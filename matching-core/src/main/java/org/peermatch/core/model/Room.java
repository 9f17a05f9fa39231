package org.peermatch.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A room where collective workshops can take place.
 *
 * @param id unique id within the programme
 * @param name display name
 * @param capacity how many people it seats, the animator included
 * @param unavailable days on which it cannot be used
 */
public record Room(String id, String name, int capacity, List<LocalDate> unavailable) {

    public Room {
        unavailable = List.copyOf(unavailable);
    }
}
