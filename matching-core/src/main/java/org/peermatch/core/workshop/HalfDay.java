package org.peermatch.core.workshop;

import java.time.LocalDate;

import ai.timefold.solver.core.api.domain.common.PlanningId;

/** A half-day of the programme on which a workshop may take place. Identity equality. */
public final class HalfDay {

    private final int number;
    private final LocalDate date;
    private final String slot;
    private final int dayNumber;
    private final String closedReason;
    private final boolean preferred;

    /**
     * @param number the programme half-day number ({@link org.peermatch.core.scoring.HalfDayCalendar})
     * @param date its day
     * @param slot the programme's half-day slot id, e.g. {@code AM}
     * @param dayNumber days since the programme's start
     * @param closedReason why no workshop can take place then (closed day, weekend, outside the programme), or null
     * @param preferred whether it is one of the committee's preferred weekly half-days
     */
    public HalfDay(int number, LocalDate date, String slot, int dayNumber, String closedReason, boolean preferred) {
        this.number = number;
        this.date = date;
        this.slot = slot;
        this.dayNumber = dayNumber;
        this.closedReason = closedReason;
        this.preferred = preferred;
    }

    @PlanningId
    public Integer getId() {
        return number;
    }

    public int number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    public String slot() {
        return slot;
    }

    public int dayNumber() {
        return dayNumber;
    }

    /** @return why no workshop can take place then, or null when it can */
    public String closedReason() {
        return closedReason;
    }

    public boolean closed() {
        return closedReason != null;
    }

    public boolean preferred() {
        return preferred;
    }

    @Override
    public String toString() {
        return WorkshopWords.halfDay(date, slot);
    }
}
