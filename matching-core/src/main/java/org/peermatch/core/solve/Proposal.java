package org.peermatch.core.solve;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.orientation.OrientationProposal;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.workshop.WorkshopProposal;

/**
 * What peer-match proposes to the steering committee for one programme: one {@link ModeProposal} per mode planned
 * (accompaniment always, then immersion, co-development and workshops when members request them), every session
 * of every mode on one calendar, and how the search went. Writers only format it.
 *
 * @param programme the programme's name
 * @param modes what each mode planned, in the order accompaniment, immersion, co-development, workshops; a mode
 *        no member requests is absent
 * @param calendar every session of every mode on one calendar, or null when not planned (a proposal built by hand)
 * @param calendarViolations what the calendar breaks (double bookings, availability, closed days), found by
 *        {@link org.peermatch.core.calendar.CalendarCertifier}; empty when sound
 * @param statistics how the search went, over all modes, or null when the proposal carries none
 * @param orientation who was admitted with which modes, before the modes were planned; null when no member applies
 *        with wishes
 */
public record Proposal(String programme, List<ModeProposal> modes, ProgrammeCalendar calendar,
        List<Violation> calendarViolations, SolveStatistics statistics, OrientationProposal orientation) {

    /** A proposal without orientation: every member's modes were decided in the document. */
    public Proposal(String programme, List<ModeProposal> modes, ProgrammeCalendar calendar,
            List<Violation> calendarViolations, SolveStatistics statistics) {
        this(programme, modes, calendar, calendarViolations, statistics, null);
    }

    public Proposal {
        modes = List.copyOf(modes);
        calendarViolations = List.copyOf(calendarViolations);
    }

    /** @return a proposal of these modes, without a calendar */
    public static Proposal of(String programme, List<? extends ModeProposal> modes, SolveStatistics statistics) {
        return new Proposal(programme, List.copyOf(modes), null, List.of(), statistics);
    }

    /** @return the mode's proposal of that type, or null when the mode was not planned */
    public <P extends ModeProposal> P mode(Class<P> type) {
        for (ModeProposal mode : modes) {
            if (type.isInstance(mode)) {
                return type.cast(mode);
            }
        }
        return null;
    }

    /** @return the accompaniment pairs, uncovered needs and loads, or null when not planned */
    public AccompanimentProposal accompaniment() {
        return mode(AccompanimentProposal.class);
    }

    /** @return the immersion days, or null when no member requests immersion */
    public ImmersionProposal immersion() {
        return mode(ImmersionProposal.class);
    }

    /** @return the co-development groups, or null when no member requests co-development */
    public CodevelopmentProposal codevelopment() {
        return mode(CodevelopmentProposal.class);
    }

    /** @return the workshop programme, or null when no member requests workshops (or no theme is possible) */
    public WorkshopProposal workshops() {
        return mode(WorkshopProposal.class);
    }

    /** @return whether every hard rule of the orientation, of every mode and of the calendar is met */
    public boolean feasible() {
        if (orientation != null && !orientation.feasible()) {
            return false;
        }
        for (ModeProposal mode : modes) {
            if (!mode.feasible()) {
                return false;
            }
        }
        return calendarViolations.isEmpty();
    }

    /**
     * @return whether every hard rule is met, every mode planned everything it must (see
     *         {@link ModeProposal#complete()}: every need covered, every mentee placed, every co-development member
     *         in a group, every workshop held with a seat for every essential need on its theme) and every session
     *         is on the calendar: the committee can take it as it is
     */
    public boolean complete() {
        if (!feasible()) {
            return false;
        }
        for (ModeProposal mode : modes) {
            if (!mode.complete()) {
                return false;
            }
        }
        return calendar == null || calendar.unplaced().isEmpty();
    }

    /**
     * @return every hard rule broken: the orientation's, each mode's in the order of {@link #modes()}, then the
     *         calendar's
     */
    public List<Violation> allViolations() {
        List<Violation> all = new ArrayList<>();
        if (orientation != null) {
            all.addAll(orientation.violations());
        }
        for (ModeProposal mode : modes) {
            all.addAll(mode.violations());
        }
        all.addAll(calendarViolations);
        return List.copyOf(all);
    }

    /** @return a copy with the programme calendar planned from this proposal and what it breaks */
    public Proposal withCalendar(ProgrammeCalendar newCalendar, List<Violation> newCalendarViolations) {
        return new Proposal(programme, modes, newCalendar, newCalendarViolations, statistics, orientation);
    }

    /** @return a copy with the orientation that decided the modes of the applicants */
    public Proposal withOrientation(OrientationProposal newOrientation) {
        return new Proposal(programme, modes, calendar, calendarViolations, statistics, newOrientation);
    }
}
