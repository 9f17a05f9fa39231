package org.peermatch.core.workshop;

import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a workshop constraint matched, in domain words.
 *
 * @param members the ids of the people concerned (animator first, when there is one), may be empty
 * @param date the day concerned, or null when the match is not about one day
 * @param message the reason, e.g. "Ana Roux (m03) leads 3 workshops but offers 2"
 */
record WorkshopJustification(List<String> members, LocalDate date, String message)
        implements ConstraintJustification {

    public WorkshopJustification {
        members = List.copyOf(members);
    }

    static WorkshopJustification of(PlannedWorkshop workshop, String message) {
        return new WorkshopJustification(List.of(workshop.animator().getId()), workshop.getHalfDay().date(),
                message);
    }
}
