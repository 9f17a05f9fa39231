package org.peermatch.core.workshop;

import java.time.LocalDate;

import ai.timefold.solver.core.api.domain.common.PlanningId;

import org.peermatch.core.model.Room;

/** A room a workshop may take place in. Identity equality. */
public final class WorkshopRoom {

    private final int index;
    private final Room room;

    public WorkshopRoom(int index, Room room) {
        this.index = index;
        this.room = room;
    }

    @PlanningId
    public String getId() {
        return room.id();
    }

    public int index() {
        return index;
    }

    public Room room() {
        return room;
    }

    public int capacity() {
        return room.capacity();
    }

    /** @return whether the room cannot be used that day */
    public boolean unavailableOn(LocalDate date) {
        return room.unavailable().contains(date);
    }

    /** @return "Name (id)" */
    public String label() {
        return room.name() + " (" + room.id() + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
