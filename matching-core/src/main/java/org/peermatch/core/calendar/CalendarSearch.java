package org.peermatch.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineSession;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.plan.SolverLimits;

/**
 * The whole year dated as one problem: the greedy calendar of {@link CalendarPlanner} improved by a Timefold local
 * search over every 1:1 accompaniment meeting at once.
 *
 * <p>{@link #build} plans the greedy calendar and makes it the search's start: each 1:1 meeting the greedy pass
 * planned or could not date is a {@link DatedSession} whose values are the half-days, from the re-planning date on,
 * not closed, on which both are available and no pinned session takes either of them. A meeting the greedy pass left
 * undated because an immersion day, a co-development session or a workshop takes its pair's only free value is dated
 * first by moving that session to its nearest free value within its {@link ModeWindows} (one step single moves cannot
 * take). The committee's held and fixed sessions and the sessions of other modes are then pinned.
 * {@link #solverConfig} moves one session at a time (to another value or undated) under the rules of
 * {@link CalendarConstraint}: nobody double-booked, no room twice, a pair's meetings at least the minimum cadence
 * apart (hard); every session dated (medium); each pair's cadence within its maximum, each resource person's weekly
 * limit, meetings spread over the weeks, sessions of other modes near their modes' days (soft). Ending
 * with the programme's limits, it is deterministic with a move limit. {@link #calendar} turns the best plan back into
 * a calendar: a meeting left undated gets the first free value that keeps the minimum cadence when one exists (a
 * last greedy pass), a pair whose meetings moved is numbered again in date order with its notes said again, and its
 * hours budget follows. A calendar whose best plan breaks a hard rule (only when weights switched one off) stays the
 * greedy one.
 *
 * <p>Cost: building O(meetings × half-days); each move re-weighs the meeting's day, pair and week.
 */
public final class CalendarSearch {

    private CalendarSearch() {
    }

    /**
     * Plans the greedy calendar and makes the search problem from it.
     *
     * @param programme the programme
     * @param modes the solved modes (see {@link CalendarPlanner#plan})
     * @param workshopSessions the workshops as their mode dates them
     * @return the problem, its 1:1 meetings where the greedy pass put them
     */
    public static CalendarPlan build(Programme programme, List<? extends ModeProposal> modes,
            List<Session> workshopSessions) {
        return build(programme, modes, workshopSessions, Baseline.NONE);
    }

    /**
     * As {@link #build(Programme, List, List)}, re-planning from a published proposal: each 1:1 meeting the
     * published calendar dated (the same session id: pair and meeting number) starts on its published half-day when
     * that half-day is still one of its values, and {@code keep-baseline-date} weighs every move away from it.
     *
     * @param baseline the published proposal ({@link Baseline#NONE}: from the greedy calendar only)
     * @return the problem, its 1:1 meetings where the published calendar or else the greedy pass put them
     */
    public static CalendarPlan build(Programme programme, List<? extends ModeProposal> modes,
            List<Session> workshopSessions, Baseline baseline) {
        Planning planning = new Planning(programme, List.copyOf(modes), workshopSessions);
        ProgrammeCalendar greedy = planning.plan();
        Map<String, PairFrame> frames = planning.frames();
        GreedyCalendar start = new GreedyCalendar(greedy, planning, frames);
        var overrides = ConstraintWeights.overrides(programme.weights(), CalendarConstraint.definitions());
        Occupancy occupancy = planning.occupancy();
        if (occupancy.size == 0) {
            return new CalendarPlan(List.of(), start, overrides);
        }
        CalendarFrame frame = new CalendarFrame(occupancy.slotCount,
                programme.start().getDayOfWeek().getValue() - 1,
                Math.max(1, programme.calendar().maxMeetingsPerWeekPerResource()),
                occupancy.size / occupancy.slotCount - 1);
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, BitSet> pinnedBusy = new HashMap<>();
        Map<String, List<Integer>> pinnedPairDays = new HashMap<>();
        List<DatedSession> sessions = new ArrayList<>();
        List<Session> movable = new ArrayList<>();
        List<DatedSession> movableModes = new ArrayList<>();
        for (Session session : greedy.sessions()) {
            if (session.status() == SessionState.CANCELLED) {
                continue;
            }
            int position = occupancy.positionOf(session);
            if (position < 0) {
                continue;
            }
            PairFrame pair = pairOf(session.mode(), session.members(), frames);
            if (pair != null && session.status() == SessionState.PLANNED) {
                movable.add(session);
                continue;
            }
            if (movableMode(session.mode()) && session.status() == SessionState.PLANNED) {
                // its values once every pinned session is known (below)
                DatedSession dated = new DatedSession(session.id(), session.mode(), session.members(),
                        bits(session.members(), numbers), occupancy.span(session), session.room(), false, frame, null,
                        List.of(position), position);
                dated.setHome(position);
                sessions.add(dated);
                movableModes.add(dated);
                continue;
            }
            sessions.add(new DatedSession(session.id(), session.mode(), session.members(),
                    bits(session.members(), numbers), occupancy.span(session), session.room(), true, frame, pair,
                    List.of(position), position));
            for (int index : occupancy.indices(session, position)) {
                for (String member : session.members()) {
                    pinnedBusy.computeIfAbsent(member, id -> new BitSet()).set(index);
                }
            }
            if (pair != null) {
                pinnedPairDays.computeIfAbsent(session.members().get(0) + "|" + session.members().get(1),
                        key -> new ArrayList<>()).add(position / occupancy.slotCount);
            }
        }
        Map<String, Integer> published = new HashMap<>();
        for (BaselineSession session : baseline.sessions()) {
            if (session.mode().equals(Mode.ACCOMPANIMENT.jsonName())) {
                // the published record names a date and half-day: its first place
                int position = occupancy.positionOf(session.date(), session.halfDay());
                if (position >= 0) {
                    published.put(session.id(), position);
                }
            }
        }
        Map<String, List<Integer>> candidatesOf = new HashMap<>();
        for (Session session : movable) {
            PairFrame pair = pairOf(session.mode(), session.members(), frames);
            int position = occupancy.positionOf(session);
            List<Integer> candidates = candidatesOf.computeIfAbsent(pairKey(pair), key -> candidates(occupancy, pair,
                    pinnedBusy, pinnedPairDays.getOrDefault(key, List.of())));
            if (!candidates.contains(position)) {
                candidates = new ArrayList<>(candidates);
                candidates.add(position);
            }
            sessions.add(published(new DatedSession(session.id(), Mode.ACCOMPANIMENT, session.members(),
                    bits(session.members(), numbers), 1, null, false, frame, pair, candidates, position),
                    published));
        }
        for (UnplacedSession session : greedy.unplaced()) {
            PairFrame pair = pairOf(session.mode(), session.members(), frames);
            if (pair != null) {
                List<Integer> candidates = candidatesOf.computeIfAbsent(pairKey(pair), key -> candidates(occupancy,
                        pair, pinnedBusy, pinnedPairDays.getOrDefault(key, List.of())));
                sessions.add(published(new DatedSession(session.id(), Mode.ACCOMPANIMENT, session.members(),
                        bits(session.members(), numbers), 1, null, false, frame, pair, candidates, null),
                        published));
            }
        }
        // Immersion days, co-development sessions and workshops may move near where the greedy pass put them (makeRoom).
        ModeWindows windows = new ModeWindows(occupancy, greedy);
        for (DatedSession session : movableModes) {
            int position = session.getPosition();
            List<Integer> candidates = new ArrayList<>(modeCandidates(occupancy, session.getMembers(),
                    session.getRoom(), session.span(), windows.of(session.getId(), position / occupancy.slotCount),
                    pinnedBusy));
            if (!candidates.contains(position)) {
                candidates.add(position);
            }
            session.setCandidates(candidates);
        }
        makeRoom(sessions, occupancy.slotCount);
        // The local search moves the meetings only; a session of another mode stays where the greedy pass or the
        // room-making step put it. Moving those freely too let the search drift published meetings when re-planning
        // with other weights (ReplanTest: 65 of 202 moved, against 25 before).
        Map<String, BitSet> modeBusy = new HashMap<>();
        for (DatedSession session : sessions) {
            if (!session.meeting() && !session.isPinned() && session.getPosition() != null) {
                session.pin();
                session.setCandidates(List.of(session.getPosition()));
                for (String member : session.getMembers()) {
                    modeBusy.computeIfAbsent(member, id -> new BitSet())
                            .set(session.firstPlace(), session.firstPlace() + session.span());
                }
            }
        }
        // ... and a meeting's values leave out the places those sessions take, as the pinned ones'
        for (DatedSession session : sessions) {
            if (session.meeting() && !session.isPinned()) {
                BitSet none = new BitSet();
                BitSet participant = modeBusy.getOrDefault(session.pair().participant(), none);
                BitSet resource = modeBusy.getOrDefault(session.pair().resource(), none);
                session.setCandidates(session.getCandidates().stream().filter(place -> place.equals(
                        session.getPosition()) || !participant.get(place) && !resource.get(place)).toList());
            }
        }
        return new CalendarPlan(sessions, start, overrides);
    }

    /**
     * Dates each meeting the greedy pass left undated on a value where only immersion days, co-development sessions
     * or workshops stand in its way and each of them has another value free nearby (the nearest): one step the
     * search's single moves cannot take, since moving the other session alone costs before the meeting gains.
     */
    private static void makeRoom(List<DatedSession> sessions, int slotCount) {
        for (DatedSession meeting : sessions) {
            if (!meeting.meeting() || meeting.getPosition() != null) {
                continue;
            }
            for (int candidate : meeting.getCandidates()) {
                List<DatedSession> inTheWay = inTheWay(sessions, meeting, candidate, slotCount);
                if (inTheWay == null || inTheWay.isEmpty()) {
                    continue;
                }
                meeting.setPosition(candidate);
                List<Integer> before = new ArrayList<>();
                boolean moved = true;
                for (DatedSession other : inTheWay) {
                    before.add(other.getPosition());
                    moved &= moveNearest(sessions, other, slotCount);
                }
                if (moved) {
                    break;
                }
                for (int i = 0; i < inTheWay.size(); i++) {
                    inTheWay.get(i).setPosition(before.get(i));
                }
                meeting.setPosition(null);
            }
        }
    }

    /**
     * @return the dated sessions a meeting at that place would overlap when all are movable sessions of other modes
     *         and the pair's minimum cadence holds there; null when something else stands in the way
     */
    private static List<DatedSession> inTheWay(List<DatedSession> sessions, DatedSession meeting, int place,
            int slotCount) {
        List<DatedSession> found = new ArrayList<>();
        for (DatedSession other : sessions) {
            if (other == meeting || other.getPosition() == null) {
                continue;
            }
            if (other.meeting() && other.pairKey().equals(meeting.pairKey())
                    && Math.abs(other.day() - place / slotCount) < meeting.pair().minGapDays()) {
                return null;
            }
            if (other.sharesMember(meeting) && other.takesAny(place, 1)) {
                if (other.isPinned() || other.meeting()) {
                    return null;
                }
                found.add(other);
            }
        }
        return found;
    }

    /** Moves a session of another mode to its free value nearest its day (then its half-day), if it has one. */
    private static boolean moveNearest(List<DatedSession> sessions, DatedSession session, int slotCount) {
        int from = session.getPosition();
        Comparator<Integer> nearest = Comparator.<Integer>comparingInt(c -> Math.abs(c / slotCount - from / slotCount))
                .thenComparingInt(c -> Math.abs(c - from));
        Integer best = null;
        for (int candidate : session.getCandidates()) {
            if (candidate != from && (best == null || nearest.compare(candidate, best) < 0)
                    && freeFor(sessions, session, candidate)) {
                best = candidate;
            }
        }
        session.setPosition(best == null ? from : best);
        return best != null;
    }

    private static boolean freeFor(List<DatedSession> sessions, DatedSession session, int place) {
        int first = place - place % session.span();
        for (DatedSession other : sessions) {
            boolean sameRoom = session.getRoom() != null && session.getRoom().equals(other.getRoom());
            if (other != session && other.getPosition() != null && (other.sharesMember(session) || sameRoom)
                    && other.takesAny(first, session.span())) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the planned sessions of that mode may move to make room for a 1:1 meeting */
    private static boolean movableMode(Mode mode) {
        return mode == Mode.IMMERSION || mode == Mode.CODEVELOPMENT || mode == Mode.WORKSHOP;
    }

    /**
     * @return the first places of the half-days (span: a whole day) inside the window, from the re-planning date on,
     *         open, on which every member is available, no pinned session takes any of them and the room (if any) can
     *         be used (the only sessions with rooms, the workshops, move with each other: makeRoom keeps them apart)
     */
    private static List<Integer> modeCandidates(Occupancy occupancy, List<String> members, String roomId, int span,
            int[] window, Map<String, BitSet> pinnedBusy) {
        Room room = roomId == null ? null : occupancy.room(roomId);
        List<Integer> candidates = new ArrayList<>();
        int from = Math.max(occupancy.first, window[0] * occupancy.slotCount);
        int to = Math.min(occupancy.size, (window[1] + 1) * occupancy.slotCount);
        for (int place = from + (span - from % span) % span; place + span <= to; place += span) {
            if (occupancy.closed.get(place, place + span).isEmpty() && free(occupancy, members, place, span,
                    pinnedBusy) && (room == null || !room.unavailable().contains(occupancy.dateOf(place)))) {
                candidates.add(place);
            }
        }
        return List.copyOf(candidates);
    }

    private static boolean free(Occupancy occupancy, List<String> members, int place, int span,
            Map<String, BitSet> pinnedBusy) {
        for (String member : members) {
            BitSet available = occupancy.availability(member);
            BitSet busy = pinnedBusy.get(member);
            for (int index = place; index < place + span; index++) {
                if (!available.get(index) || busy != null && busy.get(index)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return the meeting, started on its published half-day and marked when that half-day is one of its values */
    private static DatedSession published(DatedSession session, Map<String, Integer> published) {
        Integer position = published.get(session.getId());
        if (position != null && session.getCandidates().contains(position)) {
            session.setPosition(position);
            session.setPublishedPosition(position);
        }
        return session;
    }

    /**
     * The search: local search moving one 1:1 meeting at a time, from the greedy calendar.
     *
     * @param settings limits and seed (a move-count limit makes it reproducible)
     * @param environmentMode how much the solver checks itself (tests use {@code FULL_ASSERT})
     * @return the configuration of the calendar solver
     * @throws IllegalArgumentException when no limit is set: a solve must always end
     */
    public static SolverConfig solverConfig(SolverSettings settings, EnvironmentMode environmentMode) {
        return new SolverConfig()
                .withSolutionClass(CalendarPlan.class)
                .withEntityClasses(DatedSession.class)
                .withConstraintProviderClass(CalendarConstraintProvider.class)
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(SolverLimits.termination(settings))
                .withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(new ChangeMoveSelectorConfig()));
    }

    /**
     * @param plan the problem {@link #build} made, solved or not
     * @return the calendar: the greedy one with the 1:1 meetings where the plan dates them (see the class comment)
     */
    public static ProgrammeCalendar calendar(CalendarPlan plan) {
        GreedyCalendar start = plan.greedy();
        ProgrammeCalendar greedy = start.calendar();
        if (plan.getScore() != null && plan.getScore().hardScore() < 0 || !plan.hasMovable()) {
            return greedy;
        }
        Planning planning = start.planning();
        Occupancy occupancy = planning.occupancy();
        Programme programme = occupancy.programme;
        date(plan, occupancy);

        Map<String, Integer> greedyPositions = new HashMap<>();
        for (Session session : greedy.sessions()) {
            greedyPositions.put(session.id(), occupancy.positionOf(session));
        }
        Map<String, String> greedyReasons = new HashMap<>();
        for (UnplacedSession session : greedy.unplaced()) {
            greedyReasons.put(session.id(), session.reason());
        }
        Map<String, Integer> hoursOf = hoursOf(greedy);
        Map<String, List<DatedSession>> byPair = new LinkedHashMap<>();
        Map<String, List<Integer>> pairDays = new HashMap<>();
        Map<DatedSession.ResourceWeek, Integer> weekLoad = new HashMap<>();
        for (DatedSession session : plan.getSessions()) {
            if (!session.meeting() || session.getPosition() == null) {
                continue;
            }
            pairDays.computeIfAbsent(session.pairKey(), key -> new ArrayList<>()).add(session.day());
            weekLoad.merge(session.resourceWeek(), 1, Integer::sum);
        }
        Set<String> changed = new LinkedHashSet<>();
        Map<String, DatedSession> movedModes = new HashMap<>();
        for (DatedSession session : plan.getSessions()) {
            if (!session.meeting()) {
                // sessions of other modes the room-making step dated elsewhere than the greedy pass
                if (!java.util.Objects.equals(greedyPositions.get(session.getId()), session.getPosition())) {
                    movedModes.put(session.getId(), session);
                }
            } else if (!session.isPinned()) {
                byPair.computeIfAbsent(session.pairKey(), key -> new ArrayList<>()).add(session);
                Integer before = greedyPositions.get(session.getId());
                if (!java.util.Objects.equals(before, session.getPosition())) {
                    changed.add(session.pairKey());
                }
            }
        }
        if (changed.isEmpty() && movedModes.isEmpty()) {
            return greedy;
        }
        Set<String> replaced = new HashSet<>();
        List<Session> sessions = new ArrayList<>();
        Map<String, List<UnplacedSession>> newUnplaced = new LinkedHashMap<>();
        Map<String, Integer> unplacedHours = new HashMap<>();
        for (String key : changed) {
            List<DatedSession> meetings = new ArrayList<>(byPair.get(key));
            PairFrame pair = meetings.get(0).pair();
            List<Integer> hours = new ArrayList<>();
            for (DatedSession meeting : meetings) {
                replaced.add(meeting.getId());
                hours.add(hoursOf.getOrDefault(meeting.getId(), 0));
            }
            hours.sort(Comparator.reverseOrder());
            meetings.sort(Comparator.comparing(DatedSession::getPosition,
                    Comparator.nullsLast(Comparator.naturalOrder())));
            List<Integer> days = new ArrayList<>(pairDays.getOrDefault(key, List.of()));
            days.sort(null);
            List<UnplacedSession> undated = new ArrayList<>();
            int lost = 0;
            for (int k = 0; k < meetings.size(); k++) {
                DatedSession meeting = meetings.get(k);
                int number = pair.firstNumber() + k;
                String id = "accompaniment-" + pair.participant() + "-" + pair.resource() + "-" + number;
                String title = planning.facts().accompanimentTitle(number, pair.participant(), pair.resource());
                List<String> members = List.of(pair.participant(), pair.resource());
                if (meeting.getPosition() == null) {
                    String reason = greedyReasons.get(meeting.getId());
                    undated.add(new UnplacedSession(id, Mode.ACCOMPANIMENT, title, members, hours.get(k),
                            reason != null ? reason : takenReason(occupancy, pair, meeting)));
                    lost += hours.get(k);
                    continue;
                }
                sessions.add(meeting(planning, meeting, id, title, hours.get(k), days, weekLoad));
            }
            newUnplaced.put(key, undated);
            unplacedHours.put(key, lost);
        }
        List<UnplacedSession> unplaced = new ArrayList<>();
        for (Session session : greedy.sessions()) {
            DatedSession moved = movedModes.get(session.id());
            if (moved != null) {
                sessions.add(modeSession(occupancy, session, moved.getPosition()));
            } else if (!replaced.contains(session.id())) {
                sessions.add(session);
            }
        }
        Set<String> emitted = new HashSet<>();
        for (UnplacedSession session : greedy.unplaced()) {
            String key = SessionFacts.pairKey(session.members().get(0),
                    session.members().size() > 1 ? session.members().get(1) : "");
            if (session.mode() == Mode.ACCOMPANIMENT && changed.contains(key)) {
                if (emitted.add(key)) {
                    unplaced.addAll(newUnplaced.get(key));
                }
            } else {
                unplaced.add(session);
            }
        }
        for (Map.Entry<String, List<UnplacedSession>> entry : newUnplaced.entrySet()) {
            if (emitted.add(entry.getKey())) {
                unplaced.addAll(entry.getValue());
            }
        }
        List<HoursBudget> budgets = new ArrayList<>();
        for (HoursBudget budget : greedy.budgets()) {
            Integer lost = unplacedHours.get(SessionFacts.pairKey(budget.participant(), budget.resource()));
            budgets.add(lost == null ? budget : new HoursBudget(budget.participant(), budget.resource(),
                    budget.covered(), budget.held(), budget.lost(), budget.planned() + budget.unplaced() - lost,
                    lost));
        }
        return new ProgrammeCalendar(planning.ordered(sessions), unplaced, budgets);
    }

    /**
     * @param was the session where the greedy pass put it
     * @return an immersion day, co-development session or workshop where the room-making step put it, its notes
     *         saying so (an immersion day's report due date follows it)
     */
    private static Session modeSession(Occupancy occupancy, Session was, int position) {
        Programme programme = occupancy.programme;
        LocalDate date = occupancy.dateOf(position);
        String halfDay = was.wholeDay() ? null : occupancy.halfDayOf(position).id();
        List<String> notes = new ArrayList<>(was.notes());
        String when = CalendarWords.when(programme.messages(), date, halfDay);
        notes.add(programme.messages().get("calendar.note.moved",
                CalendarWords.when(programme.messages(), was.date(), was.halfDay()), when,
                programme.messages().get("calendar.note.searchReason")));
        LocalDate reportDue = was.mode() == Mode.IMMERSION ? date.plusDays(programme.immersion().reportDueDays()) : null;
        return new Session(was.id(), was.mode(), was.title(), was.members(), date, halfDay,
                Session.startOf(programme, date, halfDay),
                Session.endOf(programme, date, halfDay), was.room(), SessionState.PLANNED, null, reportDue, 0, notes);
    }

    /**
     * Dates each meeting the search left undated at its first value free for both that keeps the minimum cadence
     * from the pair's dated meetings, when one exists.
     */
    private static void date(CalendarPlan plan, Occupancy occupancy) {
        Map<String, BitSet> busy = new HashMap<>();
        Map<String, List<Integer>> pairDays = new HashMap<>();
        for (DatedSession session : plan.getSessions()) {
            if (session.getPosition() != null) {
                occupy(session, busy, pairDays);
            }
        }
        for (DatedSession session : plan.getSessions()) {
            if (session.isPinned() || session.getPosition() != null) {
                continue;
            }
            for (int candidate : session.getCandidates()) {
                if (free(session, candidate, busy, pairDays.getOrDefault(session.pairKey(), List.of()),
                        occupancy.slotCount)) {
                    session.setPosition(candidate);
                    occupy(session, busy, pairDays);
                    break;
                }
            }
        }
    }

    private static boolean free(DatedSession session, int candidate, Map<String, BitSet> busy, List<Integer> days,
            int slotCount) {
        for (String member : session.getMembers()) {
            if (busy.getOrDefault(member, new BitSet()).get(candidate)) {
                return false;
            }
        }
        int day = candidate / slotCount;
        for (int other : days) {
            if (Math.abs(day - other) < session.pair().minGapDays()) {
                return false;
            }
        }
        return true;
    }

    private static void occupy(DatedSession session, Map<String, BitSet> busy, Map<String, List<Integer>> pairDays) {
        int from = session.firstPlace();
        int to = from + session.span();
        for (String member : session.getMembers()) {
            busy.computeIfAbsent(member, id -> new BitSet()).set(from, to);
        }
        if (session.meeting()) {
            pairDays.computeIfAbsent(session.pairKey(), key -> new ArrayList<>()).add(session.day());
        }
    }

    /** @return a dated meeting of a pair whose meetings moved, with its notes said again */
    private static Session meeting(Planning planning, DatedSession meeting, String id, String title, int hours,
            List<Integer> days, Map<DatedSession.ResourceWeek, Integer> weekLoad) {
        Occupancy occupancy = planning.occupancy();
        Programme programme = occupancy.programme;
        PairFrame pair = meeting.pair();
        int day = meeting.day();
        int previous = -1;
        for (int other : days) {
            if (other < day) {
                previous = other;
            }
        }
        List<String> notes = new ArrayList<>();
        if (pair.topicsNote() != null) {
            notes.add(pair.topicsNote());
        }
        if (previous >= 0 && day - previous > pair.maxGapDays() && pair.maxGapDays() < Integer.MAX_VALUE / 4) {
            notes.add(programme.messages().get("calendar.note.late",
                    programme.messages().get("calendar.weeks", (day - previous + 6) / 7),
                    programme.calendar().maxWeeksBetweenMeetings()));
        }
        int load = weekLoad.getOrDefault(meeting.resourceWeek(), 0);
        if (load > meeting.frame().weeklyLimit()) {
            notes.add(programme.messages().get("calendar.note.weeklyLimit",
                    CalendarWords.who(programme, pair.resource()), load, meeting.frame().weeklyLimit()));
        }
        if (pair.tooShortNote() != null) {
            notes.add(pair.tooShortNote());
        }
        LocalDate date = occupancy.dateOf(meeting.getPosition());
        String halfDay = occupancy.halfDayOf(meeting.getPosition()).id();
        Session session = new Session(id, Mode.ACCOMPANIMENT, title, meeting.getMembers(), date, halfDay,
                occupancy.startOf(meeting.getPosition()), occupancy.meetingEnd(meeting.getPosition(), hours), null,
                SessionState.PLANNED, null, null, hours, notes);
        return planning.facts().withDueDates(session, null);
    }

    /** @return why a meeting the search could not date has none: every common half-day is taken */
    private static String takenReason(Occupancy occupancy, PairFrame pair, DatedSession meeting) {
        Programme programme = occupancy.programme;
        return programme.messages().get("calendar.unplaced.taken",
                CalendarWords.date(programme.messages(), occupancy.from),
                CalendarWords.date(programme.messages(), programme.end()),
                programme.messages().get("calendar.unplaced.both", CalendarWords.who(programme, pair.participant()),
                        CalendarWords.who(programme, pair.resource())),
                meeting.getCandidates().size());
    }

    /** @return the hours of every 1:1 meeting of the greedy calendar, dated or not, by id */
    private static Map<String, Integer> hoursOf(ProgrammeCalendar greedy) {
        Map<String, Integer> hours = new HashMap<>();
        for (Session session : greedy.sessions()) {
            hours.put(session.id(), session.hours());
        }
        for (UnplacedSession session : greedy.unplaced()) {
            hours.put(session.id(), session.hours());
        }
        return hours;
    }

    /** @return the half-days a meeting of the pair may take (see the class comment), in order */
    private static List<Integer> candidates(Occupancy occupancy, PairFrame pair, Map<String, BitSet> pinnedBusy,
            List<Integer> pinnedDays) {
        BitSet none = new BitSet();
        BitSet participantBusy = pinnedBusy.getOrDefault(pair.participant(), none);
        BitSet resourceBusy = pinnedBusy.getOrDefault(pair.resource(), none);
        List<Integer> candidates = new ArrayList<>();
        for (int i = occupancy.first; i < occupancy.size; i++) {
            int day = i / occupancy.slotCount;
            boolean spaced = true;
            for (int other : pinnedDays) {
                spaced &= Math.abs(day - other) >= pair.minGapDays();
            }
            if (spaced && !occupancy.closed.get(i) && occupancy.availability(pair.participant()).get(i)
                    && occupancy.availability(pair.resource()).get(i) && !participantBusy.get(i)
                    && !resourceBusy.get(i)) {
                candidates.add(i);
            }
        }
        return List.copyOf(candidates);
    }

    private static PairFrame pairOf(Mode mode, List<String> members, Map<String, PairFrame> frames) {
        return mode == Mode.ACCOMPANIMENT && members.size() >= 2
                ? frames.get(SessionFacts.pairKey(members.get(0), members.get(1)))
                : null;
    }

    private static String pairKey(PairFrame pair) {
        return SessionFacts.pairKey(pair.participant(), pair.resource());
    }

    private static BitSet bits(List<String> members, Map<String, Integer> numbers) {
        BitSet bits = new BitSet();
        for (String member : members) {
            bits.set(numbers.computeIfAbsent(member, id -> numbers.size()));
        }
        return bits;
    }
}
