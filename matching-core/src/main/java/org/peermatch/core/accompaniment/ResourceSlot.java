package org.peermatch.core.accompaniment;

import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One of a participant's resource persons: a participant has as many slots as resource persons they may meet,
 * and each of their needs is covered through one slot. Changing a slot's resource person moves all the needs it
 * covers at once, so the search can replace a participant's resource person in one step.
 */
@PlanningEntity
public class ResourceSlot {

    private String id;
    private Participant participant;
    private List<ResourcePerson> candidates;
    private boolean pinned;

    private ResourcePerson resource;

    /** The loads told of each change of the resource person (see {@link NeedAssignment}), or null. */
    private WorkingLoads watcher;
    private int watchedAs;

    /** For Timefold's cloning. */
    public ResourceSlot() {
    }

    /**
     * @param id unique id, e.g. {@code m01#1}
     * @param participant whose slot it is
     * @param candidates the resource persons this slot may take: those who break no rule of the pair itself
     *        (conflict of interest, common availability) and master at least one of the participant's needs
     * @param resource the initial resource person, or null
     * @param pinned whether the committee pinned its resource person
     */
    public ResourceSlot(String id, Participant participant, List<ResourcePerson> candidates, ResourcePerson resource,
            boolean pinned) {
        this.id = id;
        this.participant = participant;
        this.candidates = candidates;
        this.resource = resource;
        this.pinned = pinned;
    }

    @PlanningId
    public String getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    @ValueRangeProvider
    public List<ResourcePerson> getCandidates() {
        return candidates;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @PlanningVariable(allowsUnassigned = true)
    public ResourcePerson getResource() {
        return resource;
    }

    public void setResource(ResourcePerson resource) {
        this.resource = resource;
        if (watcher != null) {
            watcher.changed(watchedAs);
        }
    }

    /** Tells the loads (null: nobody) of each change of the resource person, with the participant's position. */
    void watch(WorkingLoads loads, int participantPosition) {
        watcher = loads;
        watchedAs = participantPosition;
    }

    @Override
    public String toString() {
        return id + " -> " + resource;
    }
}
