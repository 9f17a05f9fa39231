package org.peermatch.core.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.text.Messages;

/**
 * A whole programme document: the programme's frame, its members, their history, the committee's decisions and
 * how to solve. Immutable; lists keep the document's order.
 *
 * @param name the programme's name
 * @param start first day
 * @param end last day
 * @param timeZone where the programme takes place
 * @param halfDays the half-day slots of a day, e.g. AM and PM
 * @param accompaniment the rules of individual accompaniment
 * @param immersion the rules of immersion days
 * @param codevelopment the rules of co-development groups
 * @param workshop the rules of collective workshops
 * @param calendar the rules for dating meetings
 * @param closed days on which nothing takes place (holidays, closures)
 * @param rooms rooms for workshops (empty: rooms are not planned)
 * @param members every member, in document order
 * @param history earlier interactions
 * @param decisions the committee's decisions
 * @param weights overrides of constraint weights, by constraint id (see the README's constraint table)
 * @param solver solver settings
 * @param changes what happened to an earlier calendar, to plan the rest again
 * @param language the language of the proposal's texts, {@code en} or {@code fr}; null for the default (English)
 * @param applications the members' applications and the orientation rules, {@link Applications#NONE} when no
 *        member gives wishes
 * @param coordinator who coordinates the programme, or null: the calendar files name them as every session's
 *        organizer
 */
public record Programme(
        String name,
        LocalDate start,
        LocalDate end,
        ZoneId timeZone,
        List<HalfDaySlot> halfDays,
        AccompanimentRules accompaniment,
        ImmersionRules immersion,
        CodevelopmentRules codevelopment,
        WorkshopRules workshop,
        CalendarRules calendar,
        List<ClosedPeriod> closed,
        List<Room> rooms,
        List<Member> members,
        List<Interaction> history,
        Decisions decisions,
        Map<String, Long> weights,
        SolverSettings solver,
        CalendarChanges changes,
        String language,
        Applications applications,
        Coordinator coordinator) {

    /** A programme without a coordinator. */
    public Programme(String name, LocalDate start, LocalDate end, ZoneId timeZone, List<HalfDaySlot> halfDays,
            AccompanimentRules accompaniment, ImmersionRules immersion, CodevelopmentRules codevelopment,
            WorkshopRules workshop, CalendarRules calendar, List<ClosedPeriod> closed, List<Room> rooms,
            List<Member> members, List<Interaction> history, Decisions decisions, Map<String, Long> weights,
            SolverSettings solver, CalendarChanges changes, String language, Applications applications) {
        this(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, workshop, calendar,
                closed, rooms, members, history, decisions, weights, solver, changes, language, applications, null);
    }

    /** A programme in the default language (English), without applications. */
    public Programme(String name, LocalDate start, LocalDate end, ZoneId timeZone, List<HalfDaySlot> halfDays,
            AccompanimentRules accompaniment, ImmersionRules immersion, CodevelopmentRules codevelopment,
            WorkshopRules workshop, CalendarRules calendar, List<ClosedPeriod> closed, List<Room> rooms,
            List<Member> members, List<Interaction> history, Decisions decisions, Map<String, Long> weights,
            SolverSettings solver, CalendarChanges changes) {
        this(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, workshop, calendar,
                closed, rooms, members, history, decisions, weights, solver, changes, null, Applications.NONE);
    }

    /** A programme in a language, without applications: the members' requests are the whole plan. */
    public Programme(String name, LocalDate start, LocalDate end, ZoneId timeZone, List<HalfDaySlot> halfDays,
            AccompanimentRules accompaniment, ImmersionRules immersion, CodevelopmentRules codevelopment,
            WorkshopRules workshop, CalendarRules calendar, List<ClosedPeriod> closed, List<Room> rooms,
            List<Member> members, List<Interaction> history, Decisions decisions, Map<String, Long> weights,
            SolverSettings solver, CalendarChanges changes, String language) {
        this(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, workshop, calendar,
                closed, rooms, members, history, decisions, weights, solver, changes, language, Applications.NONE);
    }

    /** A programme in the default language (English) with applications. */
    public Programme(String name, LocalDate start, LocalDate end, ZoneId timeZone, List<HalfDaySlot> halfDays,
            AccompanimentRules accompaniment, ImmersionRules immersion, CodevelopmentRules codevelopment,
            WorkshopRules workshop, CalendarRules calendar, List<ClosedPeriod> closed, List<Room> rooms,
            List<Member> members, List<Interaction> history, Decisions decisions, Map<String, Long> weights,
            SolverSettings solver, CalendarChanges changes, Applications applications) {
        this(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, workshop, calendar,
                closed, rooms, members, history, decisions, weights, solver, changes, null, applications);
    }

    /** A programme with the default immersion and co-development rules. */
    public Programme(String name, LocalDate start, LocalDate end, ZoneId timeZone, List<HalfDaySlot> halfDays,
            AccompanimentRules accompaniment, List<Member> members, List<Interaction> history, Decisions decisions,
            Map<String, Long> weights, SolverSettings solver) {
        this(name, start, end, timeZone, halfDays, accompaniment, ImmersionRules.DEFAULT, CodevelopmentRules.DEFAULT,
                members, history, decisions, weights, solver);
    }

    /** A programme with the default workshop and calendar rules, no closed days, rooms or earlier calendar. */
    public Programme(String name, LocalDate start, LocalDate end, ZoneId timeZone, List<HalfDaySlot> halfDays,
            AccompanimentRules accompaniment, ImmersionRules immersion, CodevelopmentRules codevelopment,
            List<Member> members, List<Interaction> history, Decisions decisions, Map<String, Long> weights,
            SolverSettings solver) {
        this(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, WorkshopRules.DEFAULT,
                CalendarRules.DEFAULT, List.of(), List.of(), members, history, decisions, weights, solver,
                CalendarChanges.NONE);
    }

    public Programme {
        halfDays = List.copyOf(halfDays);
        closed = List.copyOf(closed);
        rooms = List.copyOf(rooms);
        members = MemberList.of(members);
        history = List.copyOf(history);
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        if (language != null) {
            language = Messages.forLanguage(language).language();
        }
        applications = applications == null ? Applications.NONE : applications;
    }

    /** @return the sentences of the programme's language: French for {@code fr}, else English */
    public Messages messages() {
        return language == null ? Messages.english() : Messages.forLanguage(language);
    }

    /** @return a copy whose texts are in that language ({@code en}, {@code fr}; null for the default) */
    public Programme withLanguage(String newLanguage) {
        return new Programme(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, workshop,
                calendar, closed, rooms, members, history, decisions, weights, solver, changes, newLanguage,
                applications, coordinator);
    }

    /** @return the members who ask to take part in the mode as participants, in document order */
    public List<Member> participantsIn(Mode mode) {
        return members.stream().filter(member -> member.requests(mode)).toList();
    }

    /** @return the room with that id, or null */
    public Room room(String id) {
        for (Room room : rooms) {
            if (room.id().equals(id)) {
                return room;
            }
        }
        return null;
    }

    /** @return the member with that id, or null (constant time: {@link MemberList} keeps an index by id) */
    public Member member(String id) {
        return ((MemberList) members).byId(id);
    }

    /** @return a copy with other solver settings */
    public Programme withSolver(SolverSettings newSolver) {
        return new Programme(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, workshop,
                calendar, closed, rooms, members, history, decisions, weights, newSolver, changes, language,
                applications, coordinator);
    }

    /** @return a copy with other weight overrides, by constraint id */
    public Programme withWeights(Map<String, Long> newWeights) {
        return new Programme(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, workshop,
                calendar, closed, rooms, members, history, decisions, newWeights, solver, changes, language,
                applications, coordinator);
    }

    /** @return a copy with other committee decisions (pinned and forbidden pairs) */
    public Programme withDecisions(Decisions newDecisions) {
        return new Programme(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, workshop,
                calendar, closed, rooms, members, history, newDecisions, weights, solver, changes, language,
                applications, coordinator);
    }

    /** @return a copy with another coordinator (null: none) */
    public Programme withCoordinator(Coordinator newCoordinator) {
        return new Programme(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, workshop,
                calendar, closed, rooms, members, history, decisions, weights, solver, changes, language,
                applications, newCoordinator);
    }

    /** @return a copy with other closed days */
    public Programme withClosed(List<ClosedPeriod> newClosed) {
        return new Programme(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, workshop,
                calendar, newClosed, rooms, members, history, decisions, weights, solver, changes, language,
                applications, coordinator);
    }

    /**
     * @param newHalfDays the half-days of a day, e.g. longer ones that hold two 1:1 meetings back to back
     * @param newCalendar the calendar rules, e.g. another {@code meetingHours}
     * @return a copy with other half-days and calendar rules
     */
    public Programme withDay(List<HalfDaySlot> newHalfDays, CalendarRules newCalendar) {
        return new Programme(name, start, end, timeZone, newHalfDays, accompaniment, immersion, codevelopment,
                workshop, newCalendar, closed, rooms, members, history, decisions, weights, solver, changes, language,
                applications, coordinator);
    }

    /**
     * @param newMembers the members, e.g. with the requests the orientation stage decided
     * @param newApplications the applications to keep
     * @return a copy with other members and applications
     */
    public Programme withMembers(List<Member> newMembers, Applications newApplications) {
        return new Programme(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, workshop,
                calendar, closed, rooms, newMembers, history, decisions, weights, solver, changes, language,
                newApplications, coordinator);
    }

    /** @return whether the programme is closed that day (a holiday or a closure) */
    public boolean isClosed(LocalDate day) {
        for (ClosedPeriod period : closed) {
            if (period.contains(day)) {
                return true;
            }
        }
        return false;
    }
}
