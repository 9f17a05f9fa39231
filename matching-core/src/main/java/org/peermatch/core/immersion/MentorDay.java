package org.peermatch.core.immersion;

import java.time.LocalDate;

import ai.timefold.solver.core.api.domain.common.PlanningId;

/**
 * One day a mentor could host a mentee: the planning value. One instance per (mentor, date), shared by every
 * mentee who may take it, so that a swap of two mentees' days is a valid move and two mentees on one instance are
 * a double booking. Equality is identity.
 */
public final class MentorDay {

    private final String id;
    private final Mentor mentor;
    private final LocalDate date;
    private final int dayNumber;

    /**
     * @param mentor the host
     * @param date the day
     * @param dayNumber days from the programme's start to the day (negative before it)
     */
    public MentorDay(Mentor mentor, LocalDate date, int dayNumber) {
        this.id = mentor.getId() + "@" + date;
        this.mentor = mentor;
        this.date = date;
        this.dayNumber = dayNumber;
    }

    @PlanningId
    public String getId() {
        return id;
    }

    public Mentor mentor() {
        return mentor;
    }

    public LocalDate date() {
        return date;
    }

    /** @return days from the programme's start */
    public int dayNumber() {
        return dayNumber;
    }

    @Override
    public String toString() {
        return mentor + " on " + date;
    }
}
