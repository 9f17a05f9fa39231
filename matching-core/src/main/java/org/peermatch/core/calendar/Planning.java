package org.peermatch.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ModeProposal;

/**
 * One run of {@link CalendarPlanner}: the committee's record first, then the workshops, immersion days and
 * co-development sessions the modes dated, each placed on the {@link Occupancy} at its date or the nearest fitting
 * half-day, then the accompaniment meetings ({@link MeetingSeries}). Maps keyed by member id serve look-ups only; everything output
 * follows lists.
 */
final class Planning {

    private final Programme programme;
    private final List<Assignment> assignments = new ArrayList<>();
    private ImmersionProposal immersion;
    private CodevelopmentProposal codevelopment;
    private final List<Session> workshops;
    private final Occupancy occupancy;
    private final SessionFacts facts;
    private final CommitteeRecord committeeRecord;
    private final List<HalfDaySlot> slots;
    private final int size;
    private final LocalDate from;
    private final int first;
    private final List<Session> sessions;
    private final List<UnplacedSession> unplaced = new ArrayList<>();
    private Map<String, PairFrame> frames = Map.of();

    Planning(Programme programme, List<ModeProposal> modes, List<Session> workshops) {
        this.programme = programme;
        for (ModeProposal mode : modes == null ? List.<ModeProposal>of() : modes) {
            switch (mode) {
                case AccompanimentProposal accompaniment -> assignments.addAll(accompaniment.assignments());
                case ImmersionProposal days -> immersion = days;
                case CodevelopmentProposal groups -> codevelopment = groups;
                default -> {
                    // Workshops come dated, as sessions of their own.
                }
            }
        }
        this.workshops = workshops == null ? List.of() : List.copyOf(workshops);
        this.occupancy = new Occupancy(programme);
        this.facts = new SessionFacts(programme);
        this.committeeRecord = new CommitteeRecord(programme, occupancy, facts);
        this.slots = occupancy.slots;
        this.size = occupancy.size;
        this.from = occupancy.from;
        this.first = occupancy.first;
        this.sessions = occupancy.sessions;
    }

    ProgrammeCalendar plan() {
        if (slots.isEmpty()) {
            return ProgrammeCalendar.EMPTY;
        }
        List<Session> record = committeeRecord.sessions();
        for (Session session : record) {
            if (session.status() != SessionState.CANCELLED) {
                occupancy.occupy(session, occupancy.positionOf(session));
            }
            sessions.add(session);
        }
        for (Session workshop : workshops) {
            if (!committeeRecord.matchesRecord(workshop)) {
                place(timed(workshop), "calendar.kind.workshop");
            }
        }
        if (immersion != null) {
            for (ImmersionPairing pairing : immersion.pairings()) {
                Session day = immersionDay(pairing);
                if (!committeeRecord.matchesRecord(day)) {
                    place(day, "calendar.kind.immersion");
                }
            }
        }
        if (codevelopment != null) {
            for (CodevelopmentGroup group : codevelopment.groups()) {
                for (CodevelopmentSession session : group.sessions()) {
                    Session planned = codevelopmentSession(group, session);
                    if (!committeeRecord.matchesRecord(planned)) {
                        place(planned, "calendar.kind.codevelopment");
                    }
                }
            }
        }
        MeetingSeries series = new MeetingSeries(occupancy, facts, assignments, unplaced);
        List<HoursBudget> budgets = series.plan(record);
        frames = series.frames();
        return new ProgrammeCalendar(ordered(uniqueIds(sessions)), unplaced, budgets);
    }

    /** @return after {@link #plan()}: per accompaniment pair with meetings to plan, its series' frame */
    Map<String, PairFrame> frames() {
        return frames;
    }

    /** @return the half-days, availability and closed days the run planned on */
    Occupancy occupancy() {
        return occupancy;
    }

    /** @return the facts sessions say of themselves (titles, due dates) */
    SessionFacts facts() {
        return facts;
    }

    private Session timed(Session session) {
        return new Session(session.id(), session.mode(), session.title(), session.members(), session.date(),
                session.halfDay(), Session.startOf(programme, session.date(), session.halfDay()),
                Session.endOf(programme, session.date(), session.halfDay()), session.room(), SessionState.PLANNED,
                null, session.reportDue(), session.hours(), session.notes());
    }

    private Session immersionDay(ImmersionPairing pairing) {
        return new Session("immersion-" + pairing.mentee() + "-" + pairing.mentor(), Mode.IMMERSION,
                facts.immersionTitle(pairing.mentee(), pairing.mentor()), List.of(pairing.mentee(), pairing.mentor()),
                pairing.day(), null, Session.startOf(programme, pairing.day(), null),
                Session.endOf(programme, pairing.day(), null), null, SessionState.PLANNED, null,
                pairing.reportDue(), 0, List.of());
    }

    private Session codevelopmentSession(CodevelopmentGroup group, CodevelopmentSession session) {
        String title = session.clients().isEmpty()
                ? programme.messages().get("calendar.title.codevelopment", group.number(), session.number())
                : programme.messages().get("calendar.title.codevelopmentClients", group.number(), session.number(),
                        CalendarWords.names(programme, session.clients()));
        return new Session("codevelopment-g" + group.number() + "-" + session.number(), Mode.CODEVELOPMENT, title,
                group.members(), session.date(), session.halfDay(),
                Session.startOf(programme, session.date(), session.halfDay()),
                Session.endOf(programme, session.date(), session.halfDay()), null, SessionState.PLANNED, null, null,
                0, List.of());
    }

    /**
     * Places a session its mode dated: at its date when it fits, else at the nearest fitting half-day (a whole day
     * for an immersion day) on or after the re-planning date, else not at all.
     */
    private void place(Session session, String kind) {
        if (session.date() == null) {
            unplaced.add(new UnplacedSession(session.id(), session.mode(), session.title(), session.members(),
                    session.hours(), programme.messages().get("calendar.unplaced.undated",
                            programme.messages().get(kind), CalendarWords.names(programme, session.members()))));
            return;
        }
        int original = occupancy.positionOf(session);
        String blocker = occupancy.blocker(session, original);
        if (blocker == null) {
            occupancy.occupy(session, original);
            sessions.add(session);
            return;
        }
        int anchor = original >= first ? original : occupancy.anchorOf(session.date());
        int step = occupancy.span(session);
        int found = -1;
        for (int distance = 0; found < 0 && distance <= size; distance += step) {
            int later = anchor + distance;
            int earlier = anchor - distance;
            if (later < size && later % step == 0 && occupancy.fits(session, later)) {
                found = later;
            } else if (distance > 0 && earlier >= first && occupancy.fits(session, earlier)) {
                found = earlier;
            }
        }
        if (found < 0) {
            unplaced.add(new UnplacedSession(session.id(), session.mode(), session.title(), session.members(),
                    session.hours(), programme.messages().get("calendar.unplaced.nowhere",
                            programme.messages().get(session.wholeDay() ? "calendar.unplaced.day"
                                    : "calendar.unplaced.halfDay"),
                            CalendarWords.date(programme.messages(), from),
                            CalendarWords.date(programme.messages(), programme.end()),
                            CalendarWords.names(programme, session.members()),
                            session.room() == null ? "" : programme.messages().get("calendar.unplaced.roomFree"),
                            CalendarWords.when(programme.messages(), session.date(), session.halfDay()), blocker)));
            return;
        }
        LocalDate date = occupancy.dateOf(found);
        String halfDay = session.wholeDay() ? null : occupancy.halfDayOf(found).id();
        List<String> notes = new ArrayList<>(session.notes());
        notes.add(programme.messages().get("calendar.note.moved",
                CalendarWords.when(programme.messages(), session.date(), session.halfDay()),
                CalendarWords.when(programme.messages(), date, halfDay), blocker));
        Session moved = new Session(session.id(), session.mode(), session.title(), session.members(), date, halfDay,
                Session.startOf(programme, date, halfDay), Session.endOf(programme, date, halfDay), session.room(),
                SessionState.PLANNED, null,
                session.reportDue() == null ? null
                        : session.mode() == Mode.IMMERSION
                                ? date.plusDays(programme.immersion().reportDueDays())
                                : session.reportDue(),
                session.hours(), notes);
        occupancy.occupy(moved, found);
        sessions.add(moved);
    }

    /** @return the sessions with duplicate ids made unique by a suffix ({@code -2}, {@code -3}…), in order */
    private static List<Session> uniqueIds(List<Session> all) {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        for (Session session : all) {
            taken.add(session.id());
        }
        List<Session> result = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        for (Session session : all) {
            String id = session.id();
            if (used.add(id)) {
                result.add(session);
                continue;
            }
            int k = seen.getOrDefault(session.id(), 1);
            String candidate;
            do {
                k++;
                candidate = session.id() + "-" + k;
            } while (taken.contains(candidate) || used.contains(candidate));
            seen.put(session.id(), k);
            used.add(candidate);
            result.add(session.withId(candidate));
        }
        return result;
    }

    /** @return the sessions by date, then half-day (whole days first), then id */
    List<Session> ordered(List<Session> all) {
        List<Session> result = new ArrayList<>(all);
        result.sort(Comparator.comparing(Session::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(session -> occupancy.slotOrder(session.halfDay()))
                .thenComparing(Session::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Session::id));
        return result;
    }
}
