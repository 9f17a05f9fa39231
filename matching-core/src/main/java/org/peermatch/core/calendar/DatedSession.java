package org.peermatch.core.calendar;

import java.util.BitSet;
import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import org.peermatch.core.model.Mode;

/**
 * One session of the joint calendar search: its place number is the variable (null: undated). The 1:1
 * accompaniment meetings the greedy pass planned or could not date move; the rest is pinned (see
 * {@link CalendarSearch}).
 * A movable meeting's values are the places from the re-planning date on, not closed, on which both are available
 * and no pinned session takes either of them.
 */
@PlanningEntity
public class DatedSession {

    private String id;
    private Mode mode;
    private List<String> members;
    private BitSet memberBits;
    private int span;
    private String room;
    private boolean pinned;
    private CalendarFrame frame;
    private PairFrame pair;
    private List<Integer> candidates;
    private Integer publishedPosition;
    private Integer home;
    private Integer position;

    /** For Timefold's cloning. */
    public DatedSession() {
    }

    /**
     * @param id the session's id on the greedy calendar, unique in the search
     * @param mode which kind of session
     * @param members its member ids (a 1:1 meeting: participant, then resource person)
     * @param memberBits its members as numbers, to test for a shared member quickly
     * @param span how many places it takes from the first of its half-day or day (see {@link Occupancy#span})
     * @param room its room's id, or null
     * @param pinned whether it stays where it is
     * @param frame the grid
     * @param pair for a 1:1 meeting, its pair's series; null otherwise
     * @param candidates the half-day numbers it may take
     * @param position its half-day number (a whole day: the day's first), or null when undated
     */
    DatedSession(String id, Mode mode, List<String> members, BitSet memberBits, int span, String room,
            boolean pinned, CalendarFrame frame, PairFrame pair, List<Integer> candidates, Integer position) {
        this.id = id;
        this.mode = mode;
        this.members = List.copyOf(members);
        this.memberBits = memberBits;
        this.span = span;
        this.room = room;
        this.pinned = pinned;
        this.frame = frame;
        this.pair = pair;
        this.candidates = List.copyOf(candidates);
        this.position = position;
    }

    @PlanningId
    public String getId() {
        return id;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    /** Keeps it where it is for the search. */
    void pin() {
        this.pinned = true;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Integer> getCandidates() {
        return candidates;
    }

    /** @param kept its values from now on (its position, when dated, among them) */
    void setCandidates(List<Integer> kept) {
        this.candidates = List.copyOf(kept);
    }

    /** @return the half-day number the published proposal re-planned from gave this meeting, or null */
    public Integer getPublishedPosition() {
        return publishedPosition;
    }

    /** Marks the half-day the published proposal gave this meeting: moving it costs {@code keep-baseline-date}. */
    void setPublishedPosition(Integer publishedPosition) {
        this.publishedPosition = publishedPosition;
    }

    /** @return whether it was published on a half-day and now is on another one, or undated */
    public boolean leavesBaseline() {
        return publishedPosition != null && !publishedPosition.equals(position);
    }

    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    /** @return which kind of session */
    public Mode getMode() {
        return mode;
    }

    /** @return its member ids */
    public List<String> getMembers() {
        return members;
    }

    /** @return its room's id, or null */
    public String getRoom() {
        return room;
    }

    /** @return how many places it takes */
    int span() {
        return span;
    }

    /** @return the first place it takes (requires a position) */
    int firstPlace() {
        return position - position % span;
    }

    CalendarFrame frame() {
        return frame;
    }

    /** @return for a 1:1 meeting, its pair's series; null otherwise */
    PairFrame pair() {
        return pair;
    }

    /** @return whether it is a 1:1 meeting of a pair the search plans */
    boolean meeting() {
        return pair != null;
    }

    /** @return the pair's key (a 1:1 meeting), or its own id, so that other sessions form no pair */
    String pairKey() {
        return pair == null ? id : SessionFacts.pairKey(pair.participant(), pair.resource());
    }

    /** @return the resource person of a 1:1 meeting, else null */
    String resource() {
        return pair == null ? null : pair.resource();
    }

    /** @return its day number (requires a position) */
    int day() {
        return position / frame.slotCount();
    }

    /** @return its calendar week (requires a position) */
    int week() {
        return frame.weekOf(day());
    }

    /** @return its resource person and week, with the weekly limit (a dated 1:1 meeting) */
    ResourceWeek resourceWeek() {
        return new ResourceWeek(resource(), week(), frame.weeklyLimit());
    }

    /**
     * @param place where the greedy pass put a session of another mode that the search may move (its mode's day,
     *        unless someone was booked twice there)
     */
    void setHome(Integer place) {
        this.home = place;
    }

    /**
     * @return how many days a moved session of another mode lies from its home, at least 1 when it changed half-day
     *         within the same day; 0 when it stays, or is undated
     */
    int movedDays() {
        if (home == null || position == null || position.equals(home)) {
            return 0;
        }
        return Math.max(1, Math.abs(day() - home / frame.slotCount()));
    }

    /** @return whether both take a common place (both dated) */
    boolean overlaps(DatedSession other) {
        return takesAny(other.firstPlace(), other.span);
    }

    /** @return whether it takes one of the {@code count} places from {@code from} (dated) */
    boolean takesAny(int from, int count) {
        int own = firstPlace();
        return own < from + count && from < own + span;
    }

    /** @return whether someone takes part in both */
    boolean sharesMember(DatedSession other) {
        return memberBits.intersects(other.memberBits);
    }

    /** A resource person's calendar week, with the limit of meetings in it. */
    record ResourceWeek(String resource, int week, int limit) {
    }

    @Override
    public String toString() {
        return id + "@" + position;
    }
}
