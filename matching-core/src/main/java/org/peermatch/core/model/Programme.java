package org.peermatch.core.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * @param members every member, in document order
 * @param history earlier interactions
 * @param decisions the committee's decisions
 * @param weights overrides of constraint weights, by constraint id (see the README's constraint table)
 * @param solver solver settings
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
        List<Member> members,
        List<Interaction> history,
        Decisions decisions,
        Map<String, Long> weights,
        SolverSettings solver) {

    /** A programme with the default immersion and co-development rules. */
    public Programme(String name, LocalDate start, LocalDate end, ZoneId timeZone, List<HalfDaySlot> halfDays,
            AccompanimentRules accompaniment, List<Member> members, List<Interaction> history, Decisions decisions,
            Map<String, Long> weights, SolverSettings solver) {
        this(name, start, end, timeZone, halfDays, accompaniment, ImmersionRules.DEFAULT, CodevelopmentRules.DEFAULT,
                members, history, decisions, weights, solver);
    }

    public Programme {
        halfDays = List.copyOf(halfDays);
        members = List.copyOf(members);
        history = List.copyOf(history);
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** @return the members who ask to take part in the mode as participants, in document order */
    public List<Member> participantsIn(Mode mode) {
        return members.stream().filter(member -> member.requests(mode)).toList();
    }

    /** @return the member with that id, or null */
    public Member member(String id) {
        for (Member member : members) {
            if (member.id().equals(id)) {
                return member;
            }
        }
        return null;
    }

    /** @return a copy with other solver settings */
    public Programme withSolver(SolverSettings newSolver) {
        return new Programme(name, start, end, timeZone, halfDays, accompaniment, immersion, codevelopment, members,
                history, decisions, weights, newSolver);
    }
}
