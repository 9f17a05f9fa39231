package org.peermatch.core.solve;

import java.util.List;

import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.workshop.WorkshopProposal;

/**
 * What peer-match proposes to the steering committee for one programme: the accompaniment pairs with their
 * reasons, the needs left uncovered with why, loads, the score per constraint, the immersion days and the
 * co-development groups when the programme has participants in those modes, and how the search went. Writers only
 * format it.
 *
 * @param programme the programme's name
 * @param score the accompaniment score, e.g. {@code 0hard/-3medium/1250soft} (each other mode has its own)
 * @param hardScore the accompaniment's hard part (0 when every hard rule is met)
 * @param mediumScore the accompaniment's medium part (0 when every need is covered)
 * @param softScore the accompaniment's soft part
 * @param assignments the covered needs, by participant in document order
 * @param uncovered the needs left uncovered
 * @param loads per resource person offering accompaniment, in document order
 * @param violations hard rules broken, in domain words (empty when feasible)
 * @param constraints the score per accompaniment constraint, in catalog order
 * @param statistics how the search went, over all modes
 * @param immersion the immersion days, or null when no member requests immersion
 * @param codevelopment the co-development groups, or null when no member requests co-development
 * @param workshops the workshop programme, or null when no member requests workshops (or no theme is possible)
 * @param calendar every session of every mode on one calendar, or null when not planned (a proposal built by hand)
 * @param calendarViolations what the calendar breaks (double bookings, availability, closed days), found by
 *        {@link org.peermatch.core.calendar.CalendarCertifier}; empty when sound
 */
public record Proposal(String programme, String score, long hardScore, long mediumScore, long softScore,
        List<Assignment> assignments, List<UncoveredNeed> uncovered, List<ResourceLoad> loads,
        List<Violation> violations, List<ConstraintScore> constraints, SolveStatistics statistics,
        ImmersionProposal immersion, CodevelopmentProposal codevelopment, WorkshopProposal workshops,
        ProgrammeCalendar calendar, List<Violation> calendarViolations) {

    /** An accompaniment-only proposal. */
    public Proposal(String programme, String score, long hardScore, long mediumScore, long softScore,
            List<Assignment> assignments, List<UncoveredNeed> uncovered, List<ResourceLoad> loads,
            List<Violation> violations, List<ConstraintScore> constraints, SolveStatistics statistics) {
        this(programme, score, hardScore, mediumScore, softScore, assignments, uncovered, loads, violations,
                constraints, statistics, null, null, null, null, List.of());
    }

    public Proposal {
        assignments = List.copyOf(assignments);
        uncovered = List.copyOf(uncovered);
        loads = List.copyOf(loads);
        violations = List.copyOf(violations);
        constraints = List.copyOf(constraints);
        calendarViolations = List.copyOf(calendarViolations);
    }

    /** @return whether every hard rule of every mode is met */
    public boolean feasible() {
        return hardScore == 0 && violations.isEmpty() && (immersion == null || immersion.feasible())
                && (codevelopment == null || codevelopment.feasible()) && (workshops == null || workshops.feasible())
                && calendarViolations.isEmpty();
    }

    /**
     * @return whether every hard rule is met, every need covered, every mentee placed, every co-development
     *         participant in a group, every workshop held with a seat for every essential need on its theme, and
     *         every session on the calendar: the committee can take it as it is (a lesser need without a workshop
     *         seat is listed in the workshop section, not counted as a gap)
     */
    public boolean complete() {
        return feasible() && uncovered.isEmpty() && (immersion == null || immersion.unplaced().isEmpty())
                && (codevelopment == null || codevelopment.unplaced().isEmpty())
                && (workshops == null || workshops.complete())
                && (calendar == null || calendar.unplaced().isEmpty());
    }

    /**
     * @return every hard rule broken: accompaniment first, then immersion, co-development, workshops and the calendar
     */
    public List<Violation> allViolations() {
        List<Violation> all = new java.util.ArrayList<>(violations);
        if (immersion != null) {
            all.addAll(immersion.violations());
        }
        if (codevelopment != null) {
            all.addAll(codevelopment.violations());
        }
        if (workshops != null) {
            all.addAll(workshops.violations());
        }
        all.addAll(calendarViolations);
        return List.copyOf(all);
    }

    /** @return a copy with the other modes' results and the statistics over all modes */
    public Proposal withModes(ImmersionProposal newImmersion, CodevelopmentProposal newCodevelopment,
            WorkshopProposal newWorkshops, SolveStatistics newStatistics) {
        return new Proposal(programme, score, hardScore, mediumScore, softScore, assignments, uncovered, loads,
                violations, constraints, newStatistics, newImmersion, newCodevelopment, newWorkshops, calendar,
                calendarViolations);
    }

    /** @return a copy with the programme calendar planned from this proposal and what it breaks */
    public Proposal withCalendar(ProgrammeCalendar newCalendar, List<Violation> newCalendarViolations) {
        return new Proposal(programme, score, hardScore, mediumScore, softScore, assignments, uncovered, loads,
                violations, constraints, statistics, immersion, codevelopment, workshops, newCalendar,
                newCalendarViolations);
    }
}
