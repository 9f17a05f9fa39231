package org.peermatch.core.workshop;

import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One workshop of the programme: the planning entity. Its variables are who leads it on which theme (a
 * {@link Lead}), its half-day and its room (null when rooms are not planned). It takes place when it has a lead and
 * a half-day. Who attends is not a variable: {@link ThemeEnrolment} computes it from the workshops of each theme.
 * A workshop kept from an earlier calendar is pinned, with its own attendees.
 */
@PlanningEntity
public class PlannedWorkshop {

    private Integer id;
    private WorkshopFrame frame;
    private boolean pinned;
    private List<Demand> keptAttendees;
    private List<Lead> leadRange;
    private List<HalfDay> halfDayRange;
    private List<WorkshopRoom> roomRange;

    private Lead publishedLead;
    private HalfDay publishedHalfDay;
    private WorkshopRoom publishedRoom;

    private Lead lead;
    private HalfDay halfDay;
    private WorkshopRoom room;

    /** For Timefold's cloning. */
    public PlannedWorkshop() {
    }

    /**
     * A workshop to plan.
     *
     * @param id its number in the plan
     * @param frame the programme's workshop rules
     * @param leadRange the leads it may take
     * @param halfDayRange the half-days it may take
     * @param roomRange the rooms it may take (empty when rooms are not planned)
     */
    public PlannedWorkshop(int id, WorkshopFrame frame, List<Lead> leadRange, List<HalfDay> halfDayRange,
            List<WorkshopRoom> roomRange) {
        this(id, frame, false, List.of(), leadRange, halfDayRange, roomRange, null, null, null);
    }

    /** A workshop with every field given (kept workshops, tests). */
    public PlannedWorkshop(int id, WorkshopFrame frame, boolean pinned, List<Demand> keptAttendees,
            List<Lead> leadRange, List<HalfDay> halfDayRange, List<WorkshopRoom> roomRange, Lead lead,
            HalfDay halfDay, WorkshopRoom room) {
        this.id = id;
        this.frame = frame;
        this.pinned = pinned;
        this.keptAttendees = List.copyOf(keptAttendees);
        this.leadRange = leadRange;
        this.halfDayRange = halfDayRange;
        this.roomRange = roomRange;
        this.lead = lead;
        this.halfDay = halfDay;
        this.room = room;
    }

    @PlanningId
    public Integer getId() {
        return id;
    }

    public WorkshopFrame getFrame() {
        return frame;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    /** @return the attendees of a kept workshop (empty for a workshop to plan) */
    public List<Demand> getKeptAttendees() {
        return keptAttendees;
    }

    @ValueRangeProvider(id = "leads")
    public List<Lead> getLeadRange() {
        return leadRange;
    }

    @ValueRangeProvider(id = "halfDays")
    public List<HalfDay> getHalfDayRange() {
        return halfDayRange;
    }

    @ValueRangeProvider(id = "rooms")
    public List<WorkshopRoom> getRoomRange() {
        return roomRange;
    }

    @PlanningVariable(valueRangeProviderRefs = "leads", allowsUnassigned = true)
    public Lead getLead() {
        return lead;
    }

    public void setLead(Lead lead) {
        this.lead = lead;
    }

    @PlanningVariable(valueRangeProviderRefs = "halfDays", allowsUnassigned = true)
    public HalfDay getHalfDay() {
        return halfDay;
    }

    public void setHalfDay(HalfDay halfDay) {
        this.halfDay = halfDay;
    }

    @PlanningVariable(valueRangeProviderRefs = "rooms", allowsUnassigned = true)
    public WorkshopRoom getRoom() {
        return room;
    }

    public void setRoom(WorkshopRoom room) {
        this.room = room;
    }

    /**
     * Marks the published workshop (lead, half-day and room) this workshop starts from in a re-plan: changing any
     * of them costs {@code keep-baseline-workshop}.
     *
     * @param lead the published lead, among the lead range
     * @param halfDay the published half-day, among the half-day range
     * @param room the published room when it is still a room of the programme, else null
     */
    public void setPublished(Lead lead, HalfDay halfDay, WorkshopRoom room) {
        this.publishedLead = lead;
        this.publishedHalfDay = halfDay;
        this.publishedRoom = room;
    }

    /** @return the published lead a re-plan started this workshop from, or null */
    public Lead getPublishedLead() {
        return publishedLead;
    }

    /** @return the published half-day a re-plan started this workshop from, or null */
    public HalfDay getPublishedHalfDay() {
        return publishedHalfDay;
    }

    /** @return whether it was published and the plan changes its animator, theme, half-day or room, or drops it */
    public boolean leavesBaseline() {
        return publishedLead != null && (lead != publishedLead || halfDay != publishedHalfDay
                || (publishedRoom != null && room != publishedRoom));
    }

    /** @return whether it takes place: it has a lead and a half-day */
    public boolean held() {
        return lead != null && halfDay != null;
    }

    /** @return whether it takes place and was planned now (not kept), so every rule applies */
    public boolean heldAndPlanned() {
        return held() && !pinned;
    }

    /** @return its theme (requires a lead) */
    public WorkshopTheme theme() {
        return lead.theme();
    }

    /** @return its animator (requires a lead) */
    public Animator animator() {
        return lead.animator();
    }

    /** @return its half-day number (requires a half-day) */
    public int halfDayNumber() {
        return halfDay.number();
    }

    /**
     * @return the most participants it can enrol: the programme's maximum, the animator's own limit and the seats
     *         of its room besides the animator's (requires a lead)
     */
    public int capacity() {
        int capacity = frame.maxAttendance();
        if (lead.animator().limit() > 0) {
            capacity = Math.min(capacity, lead.animator().limit());
        }
        if (room != null) {
            capacity = Math.min(capacity, Math.max(0, room.capacity() - 1));
        }
        return capacity;
    }

    /** @return the most participants the rules allow: the maximum and the animator's own limit (requires a lead) */
    public int maximum() {
        int maximum = frame.maxAttendance();
        if (lead.animator().limit() > 0) {
            maximum = Math.min(maximum, lead.animator().limit());
        }
        return maximum;
    }

    @Override
    public String toString() {
        return "workshop " + id + (held() ? " (" + lead + ", " + halfDay + ")" : " (not held)");
    }
}
